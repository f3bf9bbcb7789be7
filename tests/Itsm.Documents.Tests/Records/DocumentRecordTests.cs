using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Documents.Tests.Records.RecordFixtures;

namespace Itsm.Documents.Tests.Records;

/// <summary>The record's declaration, metadata and content rules. Day 0 is Monday 2026-03-02 (UTC).</summary>
public partial class DocumentRecordTests
{
    [Fact]
    public void Declare_RecordsTheRecord_Active_WithItsRetentionEnd()
    {
        var record = Declared();

        Assert.Equal(DocumentRecordState.Active, record.State);
        Assert.Equal(("REC-1", "Incident review INC-1", "incident report", Po, "dms://records/inc-1", Hash), (record.Id.Value, record.Title, record.RecordClass, record.Owner, record.Location, record.ContentHash));
        Assert.Equal((Date(0), ThreeYearsOn, Day(0), Dc), (record.RetentionStartsOn!.Value, record.RetentionEndsAt!.Value, record.DeclaredAt, record.DeclaredBy));
        Assert.Equal(ThreeYearsThenDelete, record.Retention);
        Assert.False(record.IsUnderLegalHold);
        Assert.Empty(record.Corrections);
        var declared = Assert.IsType<DocumentRecordDeclared>(Assert.Single(record.Events));
        Assert.Equal((Dc, 1L, Hash), (declared.Actor, declared.Version, declared.ContentHash));
    }

    [Fact]
    public void Declare_RefusesMissingFacts_BadHashes_AndActorsWithoutARole()
    {
        var settings = DocumentRecordSettings.Default;
        var id = new Id<Kinds.Record>("REC-X");
        Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(default, "t", "c", Po, Hash, "l", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(id, " ", "c", Po, Hash, "l", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(id, "t", "", Po, Hash, "l", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(id, "t", "c", Po, Hash, " ", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Contains("64 lower-case hexadecimal digits", Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(id, "t", "c", Po, Hash.ToUpperInvariant(), "l", ThreeYearsThenDelete, settings, Dc, Day(0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DocumentRecord.Declare(id, "t", "c", Po, Hash[1..], "l", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Throws<ArgumentNullException>(() => DocumentRecord.Declare(id, "t", "c", null!, Hash, "l", ThreeYearsThenDelete, settings, Dc, Day(0)));
        Assert.Throws<ArgumentNullException>(() => DocumentRecord.Declare(id, "t", "c", Po, Hash, "l", null!, settings, Dc, Day(0)));
        Assert.Equal("Declare", Assert.Throws<CommandNotAuthorizedException>(() => DocumentRecord.Declare(id, "t", "c", Po, Hash, "l", ThreeYearsThenDelete, settings, Mr, Day(0))).Command);
        Assert.Equal(DocumentRecordState.Active, DocumentRecord.Declare(id, "t", "c", Po, Hash, "l", ThreeYearsThenDelete, settings, Po, Day(0)).State);
    }

    [Fact]
    public void HashContent_IsTheSha256InLowerCaseHex_AndMatchesContentChecksIntegrity()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentRecord.HashContent("abc"u8));
        Assert.True(DocumentRecord.IsContentHash(Hash));
        Assert.False(DocumentRecord.IsContentHash(null));
        Assert.False(DocumentRecord.IsContentHash(new string('g', 64)));

        var record = Declared();
        Assert.True(record.MatchesContent("incident review of INC-1"u8));
        Assert.False(record.MatchesContent("incident review of INC-2"u8));
    }

    [Fact]
    public void RetentionEnds_AtTheStartOfTheDayInTheSettingsTimeZone()
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var record = DocumentRecord.Declare(new Id<Kinds.Record>("REC-Z"), "t", "c", Po, Hash, "l", ThreeYearsThenDelete, new DocumentRecordSettings { TimeZone = shanghai }, Dc,
            Instant.FromUtc(2026, 3, 2, 20, 0));

        // 20:00 UTC is already 2026-03-03 in Shanghai; three years on starts at 2029-03-03 00:00 there, 2029-03-02 16:00 UTC.
        Assert.Equal((new LocalDate(2026, 3, 3), Instant.FromUtc(2029, 3, 2, 16, 0)), (record.RetentionStartsOn!.Value, record.RetentionEndsAt!.Value));
    }

    [Fact]
    public void RecordRetentionTrigger_StartsARetentionThatRunsFromAnEvent_Once()
    {
        var record = Declared(retention: TwoYearsAfterContractEnd);
        Assert.Null(record.RetentionEndsAt);
        Assert.Null(record.NextDueAt(Day(2000)));
        Assert.Contains(DocumentRecordLifecycle.RetentionEnded, record.UnmetRules(DocumentRecordTrigger.Dispose, Dc, Day(2000)));

        record.RecordRetentionTrigger(Po, Day(40), Date(30), "contract C-7 ended");

        Assert.Equal((Date(30), Instant.FromUtc(2028, 4, 1, 0, 0), "contract C-7 ended"), (record.RetentionStartsOn!.Value, record.RetentionEndsAt!.Value, record.RetentionTriggerNote));
        Assert.Equal(DocumentRecordLifecycle.TriggerOnce, Assert.Throws<InvalidTransitionException>(() => record.RecordRetentionTrigger(Po, Day(41), Date(31), "again")).Rule);
    }

    [Fact]
    public void RecordRetentionTrigger_IsRefusedForARetentionFromDeclaration_AndForAFutureDay()
    {
        Assert.Contains(DocumentRecordLifecycle.FromEvent, Assert.Throws<InvalidTransitionException>(() => Declared().RecordRetentionTrigger(Po, Day(1), Date(1), "n/a")).Rule, StringComparison.Ordinal);

        var record = Declared(retention: TwoYearsAfterContractEnd);
        Assert.Contains("once it has happened", Assert.Throws<ArgumentException>(() => record.RecordRetentionTrigger(Po, Day(1), Date(2), "contract C-7 ends")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => record.RecordRetentionTrigger(Po, Day(1), Date(1), " "));
        Assert.Throws<CommandNotAuthorizedException>(() => record.RecordRetentionTrigger(Mr, Day(1), Date(1), "contract C-7 ended"));
        Assert.Equal(1L, record.Version);
    }

    [Fact]
    public void CorrectMetadata_KeepsTheOriginalValuesVisible()
    {
        var record = Declared();
        record.CorrectMetadata(Dc, Day(1), "typo in the title", title: "Incident review INC-11");
        record.CorrectMetadata(Dc, Day(2), "moved to the archive", location: "archive://box-4", owner: Mr);

        Assert.Equal(("Incident review INC-11", "archive://box-4", Mr, "incident report"), (record.Title, record.Location, record.Owner, record.RecordClass));
        Assert.Equal(2, record.Corrections.Count);
        Assert.Equal(new RecordMetadata("Incident review INC-1", "incident report", "dms://records/inc-1", Po), record.Corrections[0].Before);
        Assert.Equal(new RecordMetadata("Incident review INC-11", "incident report", "dms://records/inc-1", Po), record.Corrections[0].After);
        Assert.Equal(("moved to the archive", Dc, Day(2)), (record.Corrections[1].Reason, record.Corrections[1].By, record.Corrections[1].At));
        Assert.Equal("Incident review INC-1", Assert.IsType<DocumentRecordDeclared>(record.Events[0]).Title);
        var second = Assert.IsType<DocumentRecordMetadataCorrected>(record.Events[2]);
        Assert.Equal((null, null, "archive://box-4", Mr), (second.Title, second.RecordClass, second.Location, second.Owner));
        Assert.Equal(Hash, record.ContentHash);
    }

    [Fact]
    public void CorrectMetadata_ThatChangesNothing_OrWithoutAReason_OrByAnotherRole_IsRefused()
    {
        var record = Declared();

        Assert.Contains("changes at least one of", Assert.Throws<ArgumentException>(() => record.CorrectMetadata(Dc, Day(1), "r", title: record.Title, owner: Po)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => record.CorrectMetadata(Dc, Day(1), "r"));
        Assert.Throws<ArgumentException>(() => record.CorrectMetadata(Dc, Day(1), " ", title: "x"));
        Assert.Throws<ArgumentException>(() => record.CorrectMetadata(Dc, Day(1), "r", location: " "));
        Assert.Throws<CommandNotAuthorizedException>(() => record.CorrectMetadata(Po, Day(1), "r", title: "x"));
        Assert.Equal(1L, record.Version);
    }

    [Fact]
    public void AppendContent_AddsEntriesThatAreNeverEditedOrRemoved_WhileActive()
    {
        var record = Declared();
        string signed = DocumentRecord.HashContent("signature page"u8);
        record.AppendContent(Po, Day(1), signed, "signature page");
        record.AppendContent(Dc, Day(2), DocumentRecord.HashContent("annex"u8), "annex");

        Assert.Equal(new RecordContentEntry(1, signed, "signature page", Day(1), Po), record.ContentEntries[0]);
        Assert.Equal(2, record.ContentEntries[1].Sequence);
        Assert.Equal(Hash, record.ContentHash);
        Assert.Throws<ArgumentException>(() => record.AppendContent(Dc, Day(3), "abc", "bad hash"));
        Assert.Throws<ArgumentException>(() => record.AppendContent(Dc, Day(3), signed, " "));

        record.Advance(Actor.System, ThreeYearsOn);
        Assert.Throws<InvalidTransitionException>(() => record.AppendContent(Dc, ThreeYearsOn, signed, "too late"));
    }

    [Fact]
    public void Commands_NeverGoBackInTime_AndARecordIsDeclaredOnce()
    {
        var record = Declared(day: 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => record.CorrectMetadata(Dc, Day(4), "r", title: "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => record.Advance(Actor.System, Day(4)));
        Assert.Contains("a record is declared once, by its first event", record.UnmetRules(DocumentRecordTrigger.Declare, Dc, Day(6)));
        Assert.Equal(1L, record.Version);
    }
}
