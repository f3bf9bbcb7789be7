using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.Records;

/// <summary>The kit's aggregate laws on random record histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 10_000)]
public class DocumentRecordLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(RecordScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(RecordScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(RecordScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(RecordScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>(
            Histories.Sample(RecordArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(DocumentRecordEvent),
            DocumentRecordTrigger.Declare, DocumentRecordTrigger.MarkDueForDisposal, DocumentRecordTrigger.MarkReviewDue);

        Assert.True(coverage.IsComplete, coverage.ToString());
    }
}
