using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>Keeps the lifecycle diagram in docs/incidents.md in step with the Stateless configuration.</summary>
public class IncidentLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("incidents.md", "Incident", Incident.LifecycleDiagram());
}
