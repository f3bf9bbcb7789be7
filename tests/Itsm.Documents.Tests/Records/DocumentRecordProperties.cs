using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Documents.Tests.Records;

/// <summary>The record's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 10_000)]
public class DocumentRecordProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(RecordScenario scenario) => AggregateLaws.AcceptedCommandsKeepTheInvariants(scenario, AssertInvariants);

    private static void AssertInvariants(DocumentRecord record)
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
        Assert.Equal(record.Events.Count, record.Version);
        Assert.Equal(Enumerable.Range(1, record.Events.Count).Select(i => (long)i), record.Events.Select(e => e.Version));
        Assert.True(record.Events.Zip(record.Events.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Equal(
            state == DocumentRecordState.Active && record.Retention.ActionAfter != RetentionAction.Keep && record.RetentionEndsAt is { } end ? Instant.Max(end, record.LastCommandAt) : null,
            record.NextDueAt(record.LastCommandAt));
    }
}

/// <summary>The records register against the records it is built from.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 1_000)]
public class RecordsRegisterProperties
{
    [Property]
    public void ARegisterBuiltFromTheEventsOfManyRecords_SaysWhatEachRecordSays(RecordScenario[] scenarios)
    {
        // Each scenario plays the same id; the declaration is renamed so that every record has its own.
        var records = scenarios.Select((scenario, i) =>
        {
            var events = scenario.Play().Record.Events.ToList();
            events[0] = ((DocumentRecordDeclared)events[0]) with { Id = new Id<Kinds.Record>("REC-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)) };
            return DocumentRecord.FromEvents(events, RecordScenario.Settings);
        }).ToList();

        var register = RecordsRegister.From(records.Select(r => r.Events));

        Assert.Equal(records.Select(r => r.Id), register.Entries.Select(e => e.Id));
        foreach (var record in records)
        {
            Assert.True(register.TryGet(record.Id, out var entry));
            Assert.Equal(RecordsRegisterTests.EntryOf(record), entry);
        }

        Assert.Equal(records.Where(r => r.IsDisposed).Select(r => r.Tombstone).OrderBy(t => t!.DisposedAt).ThenBy(t => t!.Id.Value, System.StringComparer.Ordinal), register.Tombstones);
        var at = RecordScenario.Start + Duration.FromDays(900);
        Assert.Equal(new RecordsDueForDisposalSpec(at).Evaluate(records).Select(r => r.Id), register.DueForDisposalAt(at).Select(e => e.Id));
    }
}
