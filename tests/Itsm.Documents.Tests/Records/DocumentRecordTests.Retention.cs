using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using NodaTime;
using static Itsm.Documents.Tests.Records.RecordFixtures;

namespace Itsm.Documents.Tests.Records;

/// <summary>The record's retention, legal hold and disposal rules.</summary>
public partial class DocumentRecordTests
{
    [Fact]
    public void Advance_WhenRetentionEnds_MakesADeleteRecordDueForDisposal()
    {
        var record = Declared();
        Assert.Equal(ThreeYearsOn, record.NextDueAt(Day(1)));
        Assert.Empty(record.Advance(Actor.System, ThreeYearsOn - Duration.FromSeconds(1)));
        Assert.False(record.IsDueForDisposalAt(ThreeYearsOn - Duration.FromSeconds(1)));
        Assert.True(record.IsDueForDisposalAt(ThreeYearsOn));

        var due = Assert.IsType<DocumentRecordDueForDisposal>(Assert.Single(record.Advance(Actor.System, ThreeYearsOn)));

        Assert.Equal((DocumentRecordState.DueForDisposal, Actor.System), (record.State, due.Actor));
        Assert.Null(record.NextDueAt(ThreeYearsOn));
        Assert.Empty(record.Advance(Actor.System, ThreeYearsOn + Duration.FromDays(1)));
        Assert.Throws<CommandNotAuthorizedException>(() => record.Advance(Dc, ThreeYearsOn + Duration.FromDays(1)));
    }

    [Fact]
    public void Advance_WhenRetentionEnds_MakesAReviewDue_AndAReviewExtendsOrDisposes()
    {
        var extended = Declared(retention: OneYearThenReview);
        Assert.IsType<DocumentRecordReviewDue>(Assert.Single(extended.Advance(Actor.System, OneYearOn + Duration.FromDays(3))));
        Assert.Equal(DocumentRecordState.ReviewDue, extended.State);

        extended.ExtendRetention(Po, OneYearOn + Duration.FromDays(5), Period.FromYears(2), "still needed for the audit");

        Assert.Equal(DocumentRecordState.Active, extended.State);
        Assert.Equal(Instant.FromUtc(2029, 3, 7, 0, 0), extended.RetentionEndsAt);
        Assert.Equal(Instant.FromUtc(2029, 3, 7, 0, 0), extended.NextDueAt(OneYearOn));

        var disposed = Declared("REC-2", retention: OneYearThenReview);
        disposed.Advance(Actor.System, OneYearOn);
        disposed.Dispose(Dc, OneYearOn + Duration.FromDays(1), "review: no longer needed");
        Assert.Equal(DocumentRecordState.Disposed, disposed.State);
    }

    [Fact]
    public void Advance_WhenRetentionEnds_KeepsAKeepRecord_WhichIsNeverDisposed()
    {
        var record = Declared(retention: OneYearThenKeep);

        Assert.Null(record.NextDueAt(Day(1)));
        Assert.Empty(record.Advance(Actor.System, OneYearOn + Duration.FromDays(400)));
        Assert.Equal(DocumentRecordState.Active, record.State);
        var refused = Assert.Throws<InvalidTransitionException>(() => record.Dispose(Dc, OneYearOn + Duration.FromDays(400), "tidy up"));
        Assert.Contains(DocumentRecordLifecycle.KeptNeverDisposed, refused.Rule, StringComparison.Ordinal);
        Assert.False(record.IsDueForDisposalAt(OneYearOn + Duration.FromDays(400)));
    }

    [Fact]
    public void Dispose_BeforeTheRetentionPeriodEnds_IsRefusedWithTheRule_AndChangesNothing()
    {
        var record = Declared();

        var refused = Assert.Throws<InvalidTransitionException>(() => record.Dispose(Dc, ThreeYearsOn - Duration.FromSeconds(1), "early"));

        Assert.Equal("a record is disposed only after its retention period ends", refused.Rule);
        Assert.Equal((DocumentRecordState.Active, 1L), (record.State, record.Version));
        Assert.True(record.CanFire(DocumentRecordTrigger.Dispose, Dc, ThreeYearsOn));
        Assert.False(record.CanFire(DocumentRecordTrigger.Dispose, Po, ThreeYearsOn));
    }

    [Fact]
    public void Dispose_AfterTheRetentionEnds_LeavesATombstone_AndIsFinal()
    {
        var record = DueForDisposal();
        record.CorrectMetadata(Dc, ThreeYearsOn + Duration.FromDays(1), "class renamed", recordClass: "incident review");

        record.Dispose(Dc, ThreeYearsOn + Duration.FromDays(2), "retention of three years ended");

        Assert.Equal(DocumentRecordState.Disposed, record.State);
        Assert.True(record.IsDisposed);
        Assert.Equal(
            new RecordTombstone(record.Id, "Incident review INC-1", "incident review", ThreeYearsOn + Duration.FromDays(2), Dc, "retention of three years ended", Hash),
            record.Tombstone);
        Assert.Throws<InvalidTransitionException>(() => record.CorrectMetadata(Dc, ThreeYearsOn + Duration.FromDays(3), "r", title: "x"));
        Assert.Throws<InvalidTransitionException>(() => record.PlaceLegalHold(Mr, ThreeYearsOn + Duration.FromDays(3), "dispute"));
        Assert.Throws<InvalidTransitionException>(() => record.Dispose(Dc, ThreeYearsOn + Duration.FromDays(3), "again"));
        Assert.Throws<ArgumentException>(() => DueForDisposal("REC-2").Dispose(Dc, ThreeYearsOn, " "));
        Assert.Null(record.NextDueAt(ThreeYearsOn + Duration.FromDays(3)));
    }

    [Fact]
    public void Dispose_WithoutAdvance_IsAllowedOnceTheRetentionEnds()
    {
        var record = Declared();

        record.Dispose(Dc, ThreeYearsOn, "retention ended");

        Assert.Equal(DocumentRecordState.Disposed, record.State);
    }

    [Fact]
    public void ALegalHold_BlocksDisposal_UntilItIsReleased()
    {
        var record = Declared();
        record.PlaceLegalHold(Mr, Day(100), "customer dispute", "CASE-2026-17");
        Assert.Equal(new LegalHold("customer dispute", "CASE-2026-17", Mr, Day(100)), record.LegalHold);

        // The retention still ends; only the disposal waits.
        Assert.Single(record.Advance(Actor.System, ThreeYearsOn));
        Assert.Equal(DocumentRecordState.DueForDisposal, record.State);
        Assert.False(record.IsDueForDisposalAt(ThreeYearsOn));
        var refused = Assert.Throws<InvalidTransitionException>(() => record.Dispose(Dc, ThreeYearsOn, "retention ended"));
        Assert.Equal("a record under legal hold is not disposed", refused.Rule);
        Assert.Equal(3L, record.Version);

        record.ReleaseLegalHold(Top, ThreeYearsOn + Duration.FromDays(10), "dispute settled");
        record.Dispose(Dc, ThreeYearsOn + Duration.FromDays(11), "retention ended");
        Assert.Equal((DocumentRecordState.Disposed, 1), (record.State, record.LegalHoldCount));
    }

    [Fact]
    public void LegalHolds_AreOneAtATime_ReleasedOnlyWhenInPlace_AndPlacedByManagement()
    {
        var record = Declared();
        Assert.Equal(DocumentRecordLifecycle.HoldInPlace, Assert.Throws<InvalidTransitionException>(() => record.ReleaseLegalHold(Mr, Day(1), "r")).Rule);
        Assert.Throws<CommandNotAuthorizedException>(() => record.PlaceLegalHold(Dc, Day(1), "dispute"));
        Assert.Throws<ArgumentException>(() => record.PlaceLegalHold(Mr, Day(1), " "));
        Assert.Throws<ArgumentException>(() => record.PlaceLegalHold(Mr, Day(1), "dispute", " "));

        record.PlaceLegalHold(Mr, Day(1), "dispute");

        Assert.Null(record.LegalHold!.Reference);
        Assert.Equal(DocumentRecordLifecycle.OneHold, Assert.Throws<InvalidTransitionException>(() => record.PlaceLegalHold(Top, Day(2), "investigation")).Rule);
        Assert.Equal(2L, record.Version);
    }

    [Fact]
    public void ExtendRetention_NeverShortensIt_AndNeedsAnEnd()
    {
        var record = Declared();
        Assert.Contains("ends its retention later than now", Assert.Throws<ArgumentException>(() => record.ExtendRetention(Dc, Day(1), Period.FromYears(1), "shorter")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => record.ExtendRetention(Dc, Day(1), Period.FromHours(5), "hours"));
        Assert.Throws<ArgumentException>(() => record.ExtendRetention(Dc, Day(1), Period.FromYears(5), " "));

        record.ExtendRetention(Dc, Day(1), Period.FromYears(5), "regulation changed");
        Assert.Equal(Instant.FromUtc(2031, 3, 3, 0, 0), record.RetentionEndsAt);

        var awaiting = Declared("REC-2", retention: TwoYearsAfterContractEnd);
        Assert.Equal(DocumentRecordLifecycle.HasEnd, Assert.Throws<InvalidTransitionException>(() => awaiting.ExtendRetention(Dc, Day(1), Period.FromYears(5), "r")).Rule);
    }

    [Fact]
    public void ExtendRetention_OfARecordDueForDisposal_MakesItActiveAgain()
    {
        var record = DueForDisposal();

        record.ExtendRetention(Po, ThreeYearsOn + Duration.FromDays(1), Period.FromMonths(6), "needed for a claim");

        Assert.Equal(DocumentRecordState.Active, record.State);
        Assert.False(record.IsDueForDisposalAt(ThreeYearsOn + Duration.FromDays(2)));
        Assert.Equal(DocumentRecordLifecycle.RetentionEnded, Assert.Throws<InvalidTransitionException>(() => record.Dispose(Dc, ThreeYearsOn + Duration.FromDays(2), "r")).Rule);
    }

    [Fact]
    public void FromEvents_RebuildsTheSameRecord()
    {
        var record = Declared(retention: TwoYearsAfterContractEnd);
        record.AppendContent(Po, Day(1), DocumentRecord.HashContent("annex"u8), "annex");
        record.CorrectMetadata(Dc, Day(2), "typo", title: "Incident review INC-11");
        record.RecordRetentionTrigger(Po, Day(3), Date(3), "contract C-7 ended");
        record.PlaceLegalHold(Mr, Day(4), "dispute", "CASE-1");
        record.ReleaseLegalHold(Mr, Day(5), "settled");
        record.Advance(Actor.System, Day(800));
        record.Dispose(Dc, Day(801), "retention ended");

        var rebuilt = DocumentRecord.FromEvents(record.Events, DocumentRecordSettings.Default);

        Assert.Equal(Testing.RecordScenario.Fingerprint(record), Testing.RecordScenario.Fingerprint(rebuilt));
    }

    [Fact]
    public void FromEvents_RefusesImpossibleHistories()
    {
        var record = Declared();
        record.PlaceLegalHold(Mr, Day(1), "dispute", "CASE-1");
        var events = record.Events.ToList();
        var settings = DocumentRecordSettings.Default;

        Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([], settings));
        Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([events[0], events[0] with { Version = 2 }], settings));

        var underHold = new DocumentRecordDisposed(ThreeYearsOn, Dc, "r") { Version = 3 };
        Assert.Equal(DocumentRecordLifecycle.NotUnderLegalHold, Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([.. events, underHold], settings)).Rule);

        var early = new DocumentRecordDisposed(Day(2), Dc, "r") { Version = 2 };
        Assert.Equal(DocumentRecordLifecycle.RetentionEnded, Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([events[0], early], settings)).Rule);

        var secondHold = new DocumentRecordLegalHoldPlaced(Day(2), Mr, "again", null) { Version = 3 };
        Assert.Equal(DocumentRecordLifecycle.OneHold, Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([.. events, secondHold], settings)).Rule);

        var declared = (DocumentRecordDeclared)events[0];
        Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([declared with { ContentHash = "abc" }], settings));
        Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([declared with { RetentionEndsAt = Day(40) }], settings));
        Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([declared with { RetentionStartsOn = null, RetentionEndsAt = null }], settings));

        var dueEarly = new DocumentRecordDueForDisposal(Day(3), Actor.System) { Version = 2 };
        Assert.Equal(DocumentRecordLifecycle.EndsBeforeDue, Assert.Throws<InvalidHistoryException>(() => DocumentRecord.FromEvents([events[0], dueEarly], settings)).Rule);
    }
}
