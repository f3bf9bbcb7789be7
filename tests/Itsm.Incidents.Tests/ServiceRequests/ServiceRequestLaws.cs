using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>The kit's aggregate laws on random service request histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ServiceRequestArbitraries)], MaxTest = 10_000)]
public class ServiceRequestLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(ServiceRequestScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(ServiceRequestScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(ServiceRequestScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(ServiceRequestScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>(
            Histories.Sample(ServiceRequestArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(ServiceRequestEvent),
            ServiceRequestTrigger.Submit, ServiceRequestTrigger.RequestApproval, ServiceRequestTrigger.ConcludeApproved, ServiceRequestTrigger.ConcludeRejected, ServiceRequestTrigger.AutoClose);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
