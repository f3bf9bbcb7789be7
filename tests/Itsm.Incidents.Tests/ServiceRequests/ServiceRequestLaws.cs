using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>The kit's aggregate laws on random service request histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ServiceRequestArbitraries)], MaxTest = 10_000)]
public class ServiceRequestLaws : AggregateLawTests<ServiceRequestScenario, ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger, ServiceRequestEvent>
{
    protected override Arbitrary<ServiceRequestScenario> Generator => ServiceRequestArbitraries.Scenarios();

    protected override IReadOnlyList<ServiceRequestTrigger> NotCommands => [ServiceRequestTrigger.Submit, ServiceRequestTrigger.RequestApproval, ServiceRequestTrigger.ConcludeApproved, ServiceRequestTrigger.ConcludeRejected, ServiceRequestTrigger.AutoClose];
}
