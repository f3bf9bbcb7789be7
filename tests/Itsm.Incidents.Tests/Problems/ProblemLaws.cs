using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The kit's aggregate laws on random problem histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class ProblemLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(ProblemScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(ProblemScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(ProblemScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(ProblemScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>(
            Histories.Sample(ProblemArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(ProblemEvent),
            ProblemTrigger.Log, ProblemTrigger.Close);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
