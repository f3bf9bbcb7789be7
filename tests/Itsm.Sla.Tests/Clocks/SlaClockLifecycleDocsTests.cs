using Itsm.Sla.Clocks;
using Itsm.Tests.Shared;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>Keeps the lifecycle diagram in docs/sla.md in step with the Stateless configuration.</summary>
public class SlaClockLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("sla.md", "SlaClock", SlaClock.LifecycleDiagram());
}
