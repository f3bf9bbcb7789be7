using System;
using System.Linq;
using Itsm.Core;
using NodaTime;
using static Itsm.Documents.Tests.Records.RecordFixtures;

namespace Itsm.Documents.Tests.Specifications;

public class RecordSpecsTests
{
    [Fact]
    public void DueForDisposal_AreRecordsWhoseRetentionEnded_WithoutLegalHold_NotDisposed_ToDelete()
    {
        var older = Declared("REC-older", day: 0);
        var newer = Declared("REC-newer", day: 10);
        var held = Declared("REC-held");
        held.PlaceLegalHold(Mr, Day(1), "dispute", "CASE-1");
        var disposed = Declared("REC-disposed");
        disposed.Dispose(Dc, ThreeYearsOn, "retention ended");
        var review = Declared("REC-review", retention: OneYearThenReview);
        var keep = Declared("REC-keep", retention: OneYearThenKeep);
        var awaiting = Declared("REC-awaiting", retention: TwoYearsAfterContractEnd);
        var records = new[] { newer, held, disposed, review, keep, awaiting, older };

        Assert.Empty(new RecordsDueForDisposalSpec(ThreeYearsOn - Duration.FromSeconds(1)).Evaluate(records));
        Assert.Equal(["REC-older"], new RecordsDueForDisposalSpec(ThreeYearsOn).Evaluate(records).Select(r => r.Id.Value));
        Assert.Equal(["REC-older", "REC-newer"], new RecordsDueForDisposalSpec(ThreeYearsOn + Duration.FromDays(20)).Evaluate(records).Select(r => r.Id.Value));
        Assert.Equal(["REC-review"], new RecordsDueForReviewSpec(OneYearOn).Evaluate(records).Select(r => r.Id.Value));
        Assert.Equal([held], new RecordsUnderLegalHoldSpec().Evaluate(records));
    }

    [Fact]
    public void Compliance_RetainedPastRetention_FindsRecordsNotDisposedOrReviewedInTime()
    {
        var overdue = DueForDisposal("REC-overdue");
        var review = Declared("REC-review", retention: OneYearThenReview);
        var held = DueForDisposal("REC-held");
        held.PlaceLegalHold(Top, ThreeYearsOn, "investigation", "ORDER-9");
        var extended = DueForDisposal("REC-extended");
        extended.ExtendRetention(Dc, ThreeYearsOn, Period.FromYears(1), "claim pending");
        var keep = Declared("REC-keep", retention: OneYearThenKeep);
        var records = new[] { overdue, review, held, extended, keep };
        var at = ThreeYearsOn + Duration.FromDays(31);

        Assert.Equal(["REC-overdue", "REC-review"], new RecordsRetainedPastRetentionSpec(at, Duration.FromDays(30)).Evaluate(records).Select(r => r.Id.Value));
        Assert.Equal(["REC-review"], new RecordsRetainedPastRetentionSpec(ThreeYearsOn, Duration.FromDays(30)).Evaluate(records).Select(r => r.Id.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordsRetainedPastRetentionSpec(at, Duration.FromDays(-1)));
    }

    [Fact]
    public void Compliance_LegalHoldsWithoutReference_FindsHoldsThatNameNoLegalGround()
    {
        var withReference = Declared("REC-1");
        withReference.PlaceLegalHold(Mr, Day(1), "dispute", "CASE-1");
        var without = Declared("REC-2");
        without.PlaceLegalHold(Mr, Day(1), "someone asked");
        var released = Declared("REC-3");
        released.PlaceLegalHold(Mr, Day(1), "someone asked");
        released.ReleaseLegalHold(Mr, Day(2), "nothing came of it");

        Assert.Equal([without], new LegalHoldsWithoutReferenceSpec().Evaluate([withReference, without, released]));
    }

    [Fact]
    public void Compliance_RetainedPastRetention_FindsAnImportedHistory()
    {
        var declared = Declared("REC-imported");
        var due = new DocumentRecordDueForDisposal(ThreeYearsOn, Actor.System) { Version = 2 };

        var imported = DocumentRecord.FromEvents([.. declared.Events, due], DocumentRecordSettings.Default);

        Assert.True(new RecordsRetainedPastRetentionSpec(ThreeYearsOn + Duration.FromDays(400), Duration.FromDays(30)).IsSatisfiedBy(imported));
    }
}
