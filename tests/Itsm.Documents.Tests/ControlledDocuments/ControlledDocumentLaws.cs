using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>The kit's aggregate laws on random controlled-document histories (revisions and copies), 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(DocumentArbitraries)], MaxTest = 10_000)]
public class ControlledDocumentLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(DocumentScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(DocumentScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(DocumentScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(DocumentScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>(
            Histories.Sample(DocumentArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(DocumentEvent),
            DocumentTrigger.Create, DocumentTrigger.ConcludeApproved, DocumentTrigger.ConcludeChangesRequested, DocumentTrigger.BecomeEffective, DocumentTrigger.Supersede, DocumentTrigger.RecallCopy);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
