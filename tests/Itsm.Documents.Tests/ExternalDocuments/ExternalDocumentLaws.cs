using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The kit's aggregate laws on random external document histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 10_000)]
public class ExternalDocumentLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(ExternalDocumentScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(ExternalDocumentScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(ExternalDocumentScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(ExternalDocumentScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>(
            Histories.Sample(ExternalDocumentArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(ExternalDocumentEvent),
            ExternalDocumentTrigger.Identify, ExternalDocumentTrigger.MarkCheckOverdue);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
