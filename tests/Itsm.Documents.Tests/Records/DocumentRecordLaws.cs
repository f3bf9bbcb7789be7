using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.Records;

/// <summary>The kit's aggregate laws on random record histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 10_000)]
public class DocumentRecordLaws : AggregateLawTests<RecordScenario, DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger, DocumentRecordEvent>
{
    protected override Arbitrary<RecordScenario> Generator => RecordArbitraries.Scenarios();

    protected override IReadOnlyList<DocumentRecordTrigger> NotCommands => [DocumentRecordTrigger.Declare, DocumentRecordTrigger.MarkDueForDisposal, DocumentRecordTrigger.MarkReviewDue];
}
