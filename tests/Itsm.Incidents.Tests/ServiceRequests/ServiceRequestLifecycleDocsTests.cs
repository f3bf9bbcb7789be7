using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>Keeps the lifecycle diagram in docs/service-requests.md in step with the Stateless configuration.</summary>
public class ServiceRequestLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("service-requests.md", "ServiceRequest", ServiceRequest.LifecycleDiagram());
}
