using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Documents.Tests.ExternalDocuments.ExternalDocumentFixtures;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The external document's commands, one rule each. Day 0 is Monday 2026-03-02 (UTC).</summary>
public class ExternalDocumentTests
{
    [Fact]
    public void Identify_RegistersTheDocument_Identified()
    {
        var document = Identified();

        Assert.Equal(ExternalDocumentState.Identified, document.State);
        Assert.Equal(("EXT-1", ExternalDocumentKind.Standard, "ISO", "ISO/IEC 20000-1", "2018", Owner, "all services"),
            (document.Id.Value, document.Kind, document.Issuer, document.Reference, document.Edition, document.Owner, document.Applicability));
        Assert.False(document.IsInUse);
        Assert.Null(document.NextDueAt(Day(400)));
        var identified = Assert.IsType<ExternalDocumentIdentified>(Assert.Single(document.Events));
        Assert.Equal((Dc, 1L), (identified.Actor, identified.Version));
    }

    [Fact]
    public void Identify_RefusesMissingFacts_AndActorsWhoAreNotDocumentControllers()
    {
        var settings = ExternalDocumentSettings.Default;
        var id = new Id<Kinds.ExternalDocument>("EXT-X");
        Assert.Throws<ArgumentException>(() => ExternalDocument.Identify(default, ExternalDocumentKind.Law, "i", "r", "e", "t", Owner, "a", settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => ExternalDocument.Identify(id, (ExternalDocumentKind)42, "i", "r", "e", "t", Owner, "a", settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => ExternalDocument.Identify(id, ExternalDocumentKind.Law, " ", "r", "e", "t", Owner, "a", settings, Dc, Day(0)));
        Assert.Throws<ArgumentException>(() => ExternalDocument.Identify(id, ExternalDocumentKind.Law, "i", "r", "", "t", Owner, "a", settings, Dc, Day(0)));
        Assert.Contains("says where and how it applies", Assert.Throws<ArgumentException>(() => ExternalDocument.Identify(id, ExternalDocumentKind.Law, "i", "r", "e", "t", Owner, " ", settings, Dc, Day(0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ExternalDocument.Identify(id, ExternalDocumentKind.Law, "i", "r", "e", "t", null!, "a", settings, Dc, Day(0)));
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => ExternalDocument.Identify(id, ExternalDocumentKind.Law, "i", "r", "e", "t", Owner, "a", settings, Po, Day(0)));
        Assert.Equal("Identify", refused.Command);
    }

    [Fact]
    public void AcceptForUse_ByTheOwnerOrAProcessOwner_SetsTheNextCheck()
    {
        var byOwner = Identified();
        byOwner.AcceptForUse(Owner, Day(0, 10), Date(90));

        Assert.Equal(ExternalDocumentState.AcceptedForUse, byOwner.State);
        Assert.Equal((Owner, Day(0, 10), Date(90)), (byOwner.AcceptedBy, byOwner.AcceptedAt, byOwner.NextCheckOn));
        Assert.Equal(Instant.FromUtc(2026, 6, 1, 0, 0), byOwner.CheckOverdueFrom);
        Assert.True(byOwner.IsInUse);

        var byProcessOwner = Identified("EXT-2");
        byProcessOwner.AcceptForUse(Po, Day(0, 10), Date(90));
        Assert.Equal(ExternalDocumentState.AcceptedForUse, byProcessOwner.State);
    }

    [Fact]
    public void AcceptForUse_BySomeoneElse_IsRefusedWithTheRule_AndChangesNothing()
    {
        var document = Identified();

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => document.AcceptForUse(Dc, Day(0, 10), Date(90)));

        Assert.Contains(ExternalDocumentRoles.OwnerOrProcessOwnerAccepts, refused.Message, StringComparison.Ordinal);
        Assert.Equal((ExternalDocumentState.Identified, 1L), (document.State, document.Version));
        Assert.Contains(ExternalDocumentRoles.OwnerOrProcessOwnerAccepts, document.UnmetRules(ExternalDocumentTrigger.AcceptForUse, Other, Day(0, 10)));
        Assert.True(document.CanFire(ExternalDocumentTrigger.AcceptForUse, Owner, Day(0, 10)));
    }

    [Fact]
    public void AcceptForUse_RefusesACheckDateNotAfterToday_OrMoreThanTheLongestIntervalAhead()
    {
        var document = Identified();

        Assert.Contains("is after the day of the command", Assert.Throws<ArgumentException>(() => document.AcceptForUse(Owner, Day(0, 10), Date(0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => document.AcceptForUse(Owner, Day(0, 10), new LocalDate(2027, 3, 3)));
        document.AcceptForUse(Owner, Day(0, 10), new LocalDate(2027, 3, 2));
        Assert.Equal(2L, document.Version);

        var quarterly = Identified("EXT-2", settings: new ExternalDocumentSettings { MaxCheckInterval = Period.FromMonths(3) });
        Assert.Throws<ArgumentException>(() => quarterly.AcceptForUse(Owner, Day(0, 10), Date(100)));
    }

    [Fact]
    public void CheckDates_AreDaysInTheSettingsTimeZone()
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var document = Identified(settings: new ExternalDocumentSettings { TimeZone = shanghai });

        // 2026-03-02 20:00 UTC is already 2026-03-03 in Shanghai: a check on 2026-03-03 would be today, so it is refused.
        Assert.Throws<ArgumentException>(() => document.AcceptForUse(Owner, Instant.FromUtc(2026, 3, 2, 20, 0), new LocalDate(2026, 3, 3)));
        document.AcceptForUse(Owner, Instant.FromUtc(2026, 3, 2, 20, 0), new LocalDate(2026, 3, 4));

        Assert.Equal(Instant.FromUtc(2026, 3, 4, 16, 0), document.CheckOverdueFrom);
    }

    [Fact]
    public void RecordCurrencyCheck_IsRepeatable_AndSetsTheNextCheck()
    {
        var document = Accepted();
        document.RecordCurrencyCheck(Dc, Day(80), CurrencyCheckResult.Current, Date(170), "ISO catalogue");
        document.RecordCurrencyCheck(Dc, Day(160), CurrencyCheckResult.Current, Date(250));

        Assert.Equal(ExternalDocumentState.CurrencyChecked, document.State);
        Assert.Equal(new CurrencyCheck(Day(160), Dc, CurrencyCheckResult.Current, null, false), document.LastCheck);
        Assert.Equal((2, 0, Date(250)), (document.CheckCount, document.MissedChecks, document.NextCheckOn));
    }

    [Fact]
    public void RecordCurrencyCheck_BeforeAcceptance_OrByAnotherRole_IsRefused()
    {
        var document = Identified();
        Assert.Throws<InvalidTransitionException>(() => document.RecordCurrencyCheck(Dc, Day(1), CurrencyCheckResult.Current, Date(90)));

        var accepted = Accepted();
        Assert.Throws<CommandNotAuthorizedException>(() => accepted.RecordCurrencyCheck(Owner, Day(1), CurrencyCheckResult.Current, Date(90)));
        Assert.Throws<ArgumentException>(() => accepted.RecordCurrencyCheck(Dc, Day(1), CurrencyCheckResult.Current, Date(90), " "));
        Assert.Throws<ArgumentException>(() => accepted.RecordCurrencyCheck(Dc, Day(1), (CurrencyCheckResult)7, Date(90)));
        Assert.Equal(2L, accepted.Version);
    }

    [Fact]
    public void Advance_RecordsAnOverdueCheckOncePerCheckDate()
    {
        var document = Accepted();
        Assert.Equal(Instant.FromUtc(2026, 6, 1, 0, 0), document.NextDueAt(Day(1)));
        Assert.Empty(document.Advance(Actor.System, Day(90, 23)));

        var overdue = Assert.IsType<ExternalDocumentCheckOverdue>(Assert.Single(document.Advance(Actor.System, Day(91))));

        Assert.Equal((Date(90), Actor.System), (overdue.DueOn, overdue.Actor));
        Assert.True(document.IsCheckOverdue);
        Assert.Equal(1, document.MissedChecks);
        Assert.Null(document.NextDueAt(Day(92)));
        Assert.Empty(document.Advance(Actor.System, Day(120)));
        Assert.Contains(ExternalDocumentLifecycle.OverdueOnce, document.UnmetRules(ExternalDocumentTrigger.MarkCheckOverdue, Actor.System, Day(120)));
    }

    [Fact]
    public void Advance_BeforeTheCheckDatePasses_HasNothingToDo_AndOnlyTheSystemAdvances()
    {
        var document = Accepted();

        Assert.Contains(ExternalDocumentLifecycle.CheckDatePassed, document.UnmetRules(ExternalDocumentTrigger.MarkCheckOverdue, Actor.System, Day(90)));
        Assert.Throws<CommandNotAuthorizedException>(() => document.Advance(Dc, Day(100)));
        Assert.Equal(2L, document.Version);
    }

    [Fact]
    public void ALateCheck_ClearsTheOverdueFlag_AndIsCountedOnce()
    {
        var document = Accepted();
        document.Advance(Actor.System, Day(95));
        document.RecordCurrencyCheck(Dc, Day(100), CurrencyCheckResult.Current, Date(190));

        Assert.False(document.IsCheckOverdue);
        Assert.True(document.LastCheck!.WasLate);
        Assert.Equal(1, document.MissedChecks);

        // A late check without an Advance in between counts too.
        document.RecordCurrencyCheck(Dc, Day(200), CurrencyCheckResult.Current, Date(290));
        Assert.Equal(2, document.MissedChecks);
    }

    [Fact]
    public void Supersede_NamesTheNewEdition_AndEndsTheDocument()
    {
        var document = Accepted();
        document.RecordCurrencyCheck(Dc, Day(80), CurrencyCheckResult.NewEditionAvailable, Date(110));
        document.Supersede(Dc, Day(85), new Id<Kinds.ExternalDocument>("EXT-2"), "ISO/IEC 20000-1:2025 published");

        Assert.Equal(ExternalDocumentState.Superseded, document.State);
        Assert.Equal((new Id<Kinds.ExternalDocument>("EXT-2"), "ISO/IEC 20000-1:2025 published", Day(85)), (document.SupersededBy!.Value, document.EndReason, document.EndedAt));
        Assert.False(document.IsInUse);
        Assert.Null(document.NextDueAt(Day(200)));
        Assert.Empty(document.Advance(Actor.System, Day(200)));
        Assert.Throws<InvalidTransitionException>(() => document.Withdraw(Dc, Day(201), "twice"));
    }

    [Fact]
    public void Supersede_ByItself_OrWithoutAReason_IsRefused()
    {
        var document = Accepted();

        Assert.Throws<ArgumentException>(() => document.Supersede(Dc, Day(1), document.Id, "r"));
        Assert.Throws<ArgumentException>(() => document.Supersede(Dc, Day(1), default, "r"));
        Assert.Throws<ArgumentException>(() => document.Supersede(Dc, Day(1), new Id<Kinds.ExternalDocument>("EXT-2"), " "));
        Assert.Equal(ExternalDocumentState.AcceptedForUse, document.State);
    }

    [Fact]
    public void Withdraw_EndsTheDocument_FromAnyLiveState()
    {
        var identified = Identified();
        identified.Withdraw(Mr, Day(1), "not applicable after all");
        Assert.Equal((ExternalDocumentState.Withdrawn, "not applicable after all"), (identified.State, identified.EndReason));

        var accepted = Accepted("EXT-2");
        accepted.Withdraw(Dc, Day(1), "customer contract ended");
        Assert.Equal(ExternalDocumentState.Withdrawn, accepted.State);
        Assert.Throws<CommandNotAuthorizedException>(() => Accepted("EXT-3").Withdraw(Owner, Day(1), "r"));
    }

    [Fact]
    public void Commands_NeverGoBackInTime()
    {
        var document = Accepted();

        Assert.Throws<ArgumentOutOfRangeException>(() => document.Withdraw(Dc, Day(0, 9), "r"));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.Advance(Actor.System, Day(0, 9)));
        Assert.Contains(document.UnmetRules(ExternalDocumentTrigger.Withdraw, Dc, Day(0, 9)), r => r.StartsWith("commands never go back in time", StringComparison.Ordinal));
        Assert.Equal(2L, document.Version);
    }

    [Fact]
    public void UnmetRules_RefusesASecondRegistering()
    {
        Assert.Contains("an external document is registered once, by its first event", Accepted().UnmetRules(ExternalDocumentTrigger.Identify, Dc, Day(1)));
    }

    [Fact]
    public void IsCheckOverdueAt_ReadsTheCheckDate_WithoutAdvance()
    {
        var document = Accepted();

        Assert.False(document.IsCheckOverdueAt(Day(90, 23)));
        Assert.True(document.IsCheckOverdueAt(Day(91)));
        Assert.False(Identified("EXT-2").IsCheckOverdueAt(Day(500)));
    }

    [Fact]
    public void FromEvents_RebuildsTheSameDocument()
    {
        var document = Accepted();
        document.Advance(Actor.System, Day(95));
        document.RecordCurrencyCheck(Dc, Day(96), CurrencyCheckResult.NewEditionAvailable, Date(120), "new edition announced");
        document.Supersede(Dc, Day(100), new Id<Kinds.ExternalDocument>("EXT-2"), "new edition registered");

        var rebuilt = ExternalDocument.FromEvents(document.Events, ExternalDocumentSettings.Default);

        Assert.Equal(Testing.ExternalDocumentScenario.Fingerprint(document), Testing.ExternalDocumentScenario.Fingerprint(rebuilt));
        Assert.Empty(rebuilt.UncommittedEvents);
    }

    [Fact]
    public void FromEvents_RefusesImpossibleHistories()
    {
        var document = Accepted();
        var events = document.Events.ToList();

        Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([], ExternalDocumentSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([events[1] with { Version = 1 }], ExternalDocumentSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([events[0], events[0] with { Version = 2 }], ExternalDocumentSettings.Default));

        var early = new ExternalDocumentCheckOverdue(Day(50), Actor.System, Date(90)) { Version = 3 };
        Assert.Equal(ExternalDocumentLifecycle.CheckDatePassed, Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([.. events, early], ExternalDocumentSettings.Default)).Rule);

        var overdue = new ExternalDocumentCheckOverdue(Day(95), Actor.System, Date(90)) { Version = 3 };
        var twice = overdue with { Version = 4 };
        Assert.Equal(ExternalDocumentLifecycle.OverdueOnce, Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([.. events, overdue, twice], ExternalDocumentSettings.Default)).Rule);

        var wrongDay = new ExternalDocumentAcceptedForUse(Day(0, 10), Owner, Date(90), Day(200)) { Version = 2 };
        Assert.Equal("a check becomes overdue at the start of the day after its check date", Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([events[0], wrongDay], ExternalDocumentSettings.Default)).Rule);

        var checkWhileIdentified = new ExternalDocumentCurrencyChecked(Day(1), Dc, CurrencyCheckResult.Current, null, Date(90), Instant.FromUtc(2026, 6, 1, 0, 0)) { Version = 2 };
        Assert.Contains("does not allow RecordCurrencyCheck while Identified", Assert.Throws<InvalidHistoryException>(() => ExternalDocument.FromEvents([events[0], checkWhileIdentified], ExternalDocumentSettings.Default)).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_RefuseAnIntervalWithATimePart_OrZero()
    {
        Assert.Throws<ArgumentException>(() => new ExternalDocumentSettings { MaxCheckInterval = Period.FromHours(5) });
        Assert.Throws<ArgumentException>(() => new ExternalDocumentSettings { MaxCheckInterval = Period.Zero });
        Assert.Throws<ArgumentNullException>(() => new ExternalDocumentSettings { TimeZone = null! });
    }
}
