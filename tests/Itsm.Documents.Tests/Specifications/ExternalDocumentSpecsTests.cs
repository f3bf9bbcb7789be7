using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Documents.Tests.ExternalDocuments.ExternalDocumentFixtures;

namespace Itsm.Documents.Tests.Specifications;

public class ExternalDocumentSpecsTests
{
    [Fact]
    public void WithOverdueCheck_AreDocumentsInUsePastTheirCheckDate_MostOverdueFirst()
    {
        var soon = Accepted("EXT-soon", day: 0);                 // check due day 90
        var later = Accepted("EXT-later", day: 5);               // check due day 95
        var notAccepted = Identified("EXT-new");
        var withdrawn = Accepted("EXT-gone");
        withdrawn.Withdraw(Dc, Day(1), "no longer applicable");
        var documents = new[] { later, withdrawn, notAccepted, soon };

        Assert.Empty(new ExternalDocumentsWithOverdueCheckSpec(Day(90, 23)).Evaluate(documents));
        Assert.Equal(["EXT-soon"], new ExternalDocumentsWithOverdueCheckSpec(Day(91)).Evaluate(documents).Select(d => d.Id.Value));
        Assert.Equal(["EXT-soon", "EXT-later"], new ExternalDocumentsWithOverdueCheckSpec(Day(200)).Evaluate(documents).Select(d => d.Id.Value));

        soon.RecordCurrencyCheck(Dc, Day(200), CurrencyCheckResult.Current, Date(290));
        Assert.False(new ExternalDocumentsWithOverdueCheckSpec(Day(200)).IsSatisfiedBy(soon));
    }

    [Fact]
    public void Compliance_NotCheckedWithinInterval_FindsOverdueChecks_AndLapsesInTheHistory()
    {
        var onTime = Accepted("EXT-on-time");
        onTime.RecordCurrencyCheck(Dc, Day(80), CurrencyCheckResult.Current, Date(170));
        var lapsed = Accepted("EXT-lapsed");
        lapsed.RecordCurrencyCheck(Dc, Day(120), CurrencyCheckResult.Current, Date(210));
        var overdue = Accepted("EXT-overdue");
        var spec = new ExternalDocumentsNotCheckedWithinIntervalSpec(Day(100));

        Assert.Equal(["EXT-lapsed", "EXT-overdue"], spec.Evaluate([onTime, lapsed, overdue]).Select(d => d.Id.Value));
        Assert.False(new ExternalDocumentsNotCheckedWithinIntervalSpec(Day(80)).IsSatisfiedBy(overdue));
    }

    [Fact]
    public void Compliance_NotCheckedWithinInterval_FindsAnImportedHistoryWhoseCheckWasRecordedOverdue()
    {
        var accepted = Accepted();
        var overdue = new ExternalDocumentCheckOverdue(Day(92), Actor.System, Date(90)) { Version = 3 };
        var checkedLate = new ExternalDocumentCurrencyChecked(Day(93), Dc, CurrencyCheckResult.Current, "found in the issuer's catalogue", Date(180), Instant.FromUtc(2026, 8, 30, 0, 0)) { Version = 4 };

        var imported = ExternalDocument.FromEvents([.. accepted.Events, overdue, checkedLate], ExternalDocumentSettings.Default);

        Assert.True(new ExternalDocumentsNotCheckedWithinIntervalSpec(Day(94)).IsSatisfiedBy(imported));
        Assert.Equal(1, imported.MissedChecks);
    }

    [Fact]
    public void Compliance_ObsoleteInUse_FindsDocumentsWhoseNewEditionWasFoundButNotRegistered()
    {
        var obsolete = Accepted("EXT-obsolete");
        obsolete.RecordCurrencyCheck(Dc, Day(30), CurrencyCheckResult.NewEditionAvailable, Date(60));
        var superseded = Accepted("EXT-superseded");
        superseded.RecordCurrencyCheck(Dc, Day(30), CurrencyCheckResult.NewEditionAvailable, Date(60));
        superseded.Supersede(Dc, Day(31), new Id<Kinds.ExternalDocument>("EXT-new"), "2025 edition registered");
        var current = Accepted("EXT-current");
        current.RecordCurrencyCheck(Dc, Day(30), CurrencyCheckResult.Current, Date(60));

        Assert.Equal([obsolete], new ObsoleteExternalDocumentsInUseSpec().Evaluate([obsolete, superseded, current, Identified("EXT-x")]));
    }
}
