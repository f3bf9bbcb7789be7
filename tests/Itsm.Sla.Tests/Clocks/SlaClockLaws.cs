using FsCheck;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The kit's aggregate laws on random SLA clock histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(SlaClockArbitraries)], MaxTest = 10_000)]
public class SlaClockLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(ClockScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(ClockScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(ClockScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(ClockScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<SlaClock, ClockCommand, SlaClockTrigger>(
            Histories.Sample(SlaClockArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(SlaClockEvent),
            []);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
