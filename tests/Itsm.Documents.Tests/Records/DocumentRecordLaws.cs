using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Core.Actors;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.Records;

/// <summary>The kit's aggregate laws on random record histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(RecordArbitraries)], Cases = 2_000)]
public class DocumentRecordLaws : AggregateLawTests<RecordScenario, DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger, DocumentRecordEvent>
{
    protected override Arbitrary<RecordScenario> Generator => RecordArbitraries.Scenarios();

    protected override IReadOnlyList<DocumentRecordTrigger> NotCommands => [DocumentRecordTrigger.Declare, DocumentRecordTrigger.MarkDueForDisposal, DocumentRecordTrigger.MarkReviewDue];

    protected override void AssertInvariants(DocumentRecord record)
    {
        var state = record.State;
        Assert.True(System.Enum.IsDefined(state));

        // Append-only: the declared content and the declared values never change; corrections chain from them.
        var declared = Assert.IsType<DocumentRecordDeclared>(record.Events[0]);
        Assert.Equal(declared.ContentHash, record.ContentHash);
        var original = new RecordMetadata(declared.Title, declared.RecordClass, declared.Location, declared.Owner);
        Assert.Equal(original, record.Corrections.Count == 0 ? record.Metadata : record.Corrections[0].Before);
        Assert.True(record.Corrections.Zip(record.Corrections.Skip(1)).All(p => p.First.After == p.Second.Before));
        Assert.Equal(record.Metadata, record.Corrections.Count == 0 ? original : record.Corrections[^1].After);
        Assert.Equal(Enumerable.Range(1, record.ContentEntries.Count), record.ContentEntries.Select(e => e.Sequence));

        // Retention: an end once the trigger is known; due or review only after it, by the policy's action.
        Assert.Equal(record.RetentionStartsOn is not null, record.RetentionEndsAt is not null);
        if (record.Retention.Trigger == RetentionTrigger.FromDeclaration)
        {
            Assert.NotNull(record.RetentionEndsAt);
        }

        if (state is DocumentRecordState.DueForDisposal or DocumentRecordState.ReviewDue)
        {
            Assert.True(record.LastCommandAt >= record.RetentionEndsAt);
            Assert.Equal(state == DocumentRecordState.DueForDisposal ? RetentionAction.Delete : RetentionAction.Review, record.Retention.ActionAfter);
        }

        // Disposal: only after the end, never under legal hold, never for Keep, always with a tombstone.
        Assert.Equal(state == DocumentRecordState.Disposed, record.Tombstone is not null);
        if (record.Tombstone is { } tombstone)
        {
            Assert.False(record.IsUnderLegalHold);
            Assert.True(tombstone.DisposedAt >= record.RetentionEndsAt);
            Assert.NotEqual(RetentionAction.Keep, record.Retention.ActionAfter);
            Assert.Equal((record.Id, record.Title, record.RecordClass, record.ContentHash), (tombstone.Id, tombstone.Title, tombstone.RecordClass, tombstone.ContentHash));
            Assert.False(string.IsNullOrWhiteSpace(tombstone.Reason));
            Assert.True(tombstone.DisposedBy.HasRole(Roles.DocumentController));
        }

        Assert.True(record.LegalHoldCount >= (record.IsUnderLegalHold ? 1 : 0));
        Assert.Equal(
            state == DocumentRecordState.Active && record.Retention.ActionAfter != RetentionAction.Keep && record.RetentionEndsAt is { } end ? Instant.Max(end, record.LastCommandAt) : null,
            record.NextDueAt(record.LastCommandAt));
    }
}
