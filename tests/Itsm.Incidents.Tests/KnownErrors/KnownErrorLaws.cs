using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.KnownErrors;

/// <summary>The kit's aggregate laws on random known error histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class KnownErrorLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(KnownErrorScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(KnownErrorScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(KnownErrorScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(KnownErrorScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>(
            Histories.Sample(ProblemArbitraries.KnownErrorScenarios(), 2000),
            record => record.Events,
            typeof(KnownErrorEvent),
            KnownErrorTrigger.Draft);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
