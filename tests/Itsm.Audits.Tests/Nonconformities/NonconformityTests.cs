using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Json;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Audits.Tests.Nonconformities;

/// <summary>Corrective action: containment, analysis, typed actions, verification, effectiveness and escalation.</summary>
public class NonconformityTests
{
    private static readonly Actor Representative = NonconformityScenario.Actors[0];
    private static readonly Actor ProcessOwner = NonconformityScenario.Actors[1];
    private static readonly Actor ActionOwner = NonconformityScenario.Actors[2];
    private static readonly Actor Auditor = NonconformityScenario.Actors[3];
    private static readonly Instant Monday = NonconformityScenario.Start;

    private static Instant Day(int day, int hour) => Instant.FromUtc(2026, 3, day, hour, 0);

    /// <summary>Accepted, contained, analysed and planned (a correction due Tuesday 12:00, a corrective action Thursday 12:00).</summary>
    private static Nonconformity Planned()
    {
        var nc = NonconformityScenario.Report();
        nc.Accept(ProcessOwner, Day(2, 9));
        nc.Contain(ProcessOwner, Day(2, 10), "the three changes authorised retrospectively");
        nc.Analyse(ProcessOwner, Day(2, 11), new NonconformityAnalysis("the pipeline deploys without checking authorisation", true, "every pipeline"));
        nc.ApprovePlan(Representative, Day(2, 12),
        [
            new PlannedAction(ActionType.Correction, "authorise the three changes", "own-1", Day(3, 12)),
            new PlannedAction(ActionType.Corrective, "block unauthorised deployments", "own-1", Day(5, 12)),
        ]);
        return nc;
    }

    [Fact]
    public void ANonconformity_IsClosedOnlyAfterItsActionsAreDone_Verified_AndFoundEffectiveAfterTheWindow()
    {
        var nc = Planned();
        nc.StartImplementation(ProcessOwner, Day(2, 13));
        nc.CompleteAction(ActionOwner, Day(3, 10), 1, "approved by the board");
        Assert.Contains(NonconformityLifecycle.ActionsDone, Assert.Throws<InvalidTransitionException>(() => nc.VerifyImplementation(Auditor, Day(3, 11))).Message, StringComparison.Ordinal);
        nc.CompleteAction(ActionOwner, Day(4, 10), 2, "gate in place");
        Assert.Throws<CommandNotAuthorizedException>(() => nc.VerifyImplementation(new Actor("own-1", "Action Owner", [Roles.ManagementRepresentative]), Day(4, 11)));
        nc.VerifyImplementation(Auditor, Day(4, 11));

        Assert.Equal(Day(6, 11), nc.EffectivenessCheckDueAt);   // two business days (18 hours of 09:00-18:00) after Wednesday 11:00
        Assert.Contains(NonconformityLifecycle.WindowPassed, Assert.Throws<InvalidTransitionException>(() => nc.StartEffectivenessCheck(Auditor, Day(6, 10))).Message, StringComparison.Ordinal);
        nc.StartEffectivenessCheck(Auditor, Day(6, 11));
        nc.RecordEffectiveness(Auditor, Day(6, 12), effective: true, "no unauthorised deployment since");

        Assert.Equal(NonconformityState.Closed, nc.State);
        Assert.Null(nc.NextDueAt(Day(9, 9)));
    }

    [Fact]
    public void AnIneffectiveCheck_SendsItBackToAnalysis_AndANewPlanAddsActions()
    {
        var nc = Planned();
        nc.CompleteAction(ActionOwner, Day(2, 14), 1, "done");
        nc.CompleteAction(ActionOwner, Day(2, 15), 2, "done");
        nc.StartImplementation(ProcessOwner, Day(2, 16));
        nc.VerifyImplementation(Representative, Day(2, 17));
        nc.StartEffectivenessCheck(Representative, Day(4, 17));
        nc.RecordEffectiveness(Representative, Day(4, 17), effective: false, "two more unauthorised deployments");

        Assert.Equal(NonconformityState.Analysed, nc.State);
        nc.ApprovePlan(Representative, Day(5, 9), [new PlannedAction(ActionType.Corrective, "audit the gate weekly", "po-1", Day(12, 9))]);
        Assert.Equal([1, 2, 3], nc.Actions.Select(a => a.Number));
        Assert.Equal([3], nc.OpenActions.Select(a => a.Number));
        Assert.Throws<ArgumentException>(() => nc.CompleteAction(Representative, Day(5, 10), 1, "again"));
    }

    [Fact]
    public void APlan_NeedsACorrectiveAction_WithOwnersAndDueDatesAfterIt()
    {
        var nc = NonconformityScenario.Report();
        nc.Accept(ProcessOwner, Day(2, 9));
        nc.ContainWithoutCorrection(ProcessOwner, Day(2, 10), "no change was harmful");
        Assert.Equal("no change was harmful", nc.NoCorrectionReason);
        nc.Analyse(ProcessOwner, Day(2, 11), new NonconformityAnalysis("cause", false, "this pipeline only"));

        var correctionOnly = Assert.Throws<ArgumentException>(() => nc.ApprovePlan(Representative, Day(2, 12), [new PlannedAction(ActionType.Correction, "fix", "own-1", Day(3, 9))]));
        Assert.Contains("corrective action", correctionOnly.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => nc.ApprovePlan(Representative, Day(2, 12), [new PlannedAction(ActionType.Corrective, "fix", "own-1", Day(2, 12))]));
        Assert.Throws<ArgumentException>(() => nc.ApprovePlan(Representative, Day(2, 12), [new PlannedAction(ActionType.Corrective, "fix", " ", Day(3, 9))]));
        Assert.Throws<ArgumentException>(() => nc.ApprovePlan(Representative, Day(2, 12), []));
        Assert.Throws<CommandNotAuthorizedException>(() => nc.ApprovePlan(ProcessOwner, Day(2, 12), [new PlannedAction(ActionType.Corrective, "fix", "own-1", Day(3, 9))]));
        Assert.Equal(NonconformityState.Analysed, nc.State);
    }

    [Fact]
    public void OnlyTheOwnerOrTheRepresentative_CompletesAnAction()
    {
        var nc = Planned();
        Assert.Contains(NonconformityLifecycle.OwnerCompletes, Assert.Throws<CommandNotAuthorizedException>(() => nc.CompleteAction(ProcessOwner, Day(2, 13), 1, "done")).Message, StringComparison.Ordinal);
        nc.CompleteAction(Representative, Day(2, 13), 1, "done on the owner's behalf");
        Assert.True(nc.Actions[0].IsDone);
    }

    [Fact]
    public void AnOverdueAction_ClimbsTheLadder_OneBusinessDayPerRung()
    {
        var nc = Planned();
        nc.StartImplementation(ProcessOwner, Day(2, 13));

        Assert.Equal(Day(3, 12), nc.NextDueAt(Day(2, 13)));
        Assert.Empty(nc.Advance(Actor.System, Day(3, 11)));
        var first = nc.Advance(Actor.System, Day(3, 12));
        Assert.Equal([EscalationLevel.Owner], first.Cast<NonconformityActionEscalated>().Select(e => e.Level));
        Assert.Equal(Day(4, 12), nc.NextDueAt(Day(3, 12)));

        var later = nc.Advance(Actor.System, Day(9, 9)).Cast<NonconformityActionEscalated>().ToList();
        Assert.Equal(
            [(1, EscalationLevel.Manager, Day(4, 12)), (1, EscalationLevel.ManagementRepresentative, Day(5, 12)), (1, EscalationLevel.TopManagement, Day(6, 12)), (2, EscalationLevel.Owner, Day(5, 12)), (2, EscalationLevel.Manager, Day(6, 12))],
            later.Select(e => (e.Action, e.Level, e.DueAt)));
        Assert.Empty(nc.Advance(Actor.System, Day(9, 9)));

        nc.CompleteAction(ActionOwner, Day(9, 10), 2, "done");
        Assert.Null(nc.NextDueAt(Day(9, 10)));
        Assert.Throws<CommandNotAuthorizedException>(() => nc.Advance(Representative, Day(9, 11)));
    }

    [Fact]
    public void ARejectedNonconformity_SaysWhy_AndGoesNoFurther()
    {
        var nc = NonconformityScenario.Report();
        Assert.Throws<ArgumentException>(() => nc.Reject(ProcessOwner, Day(2, 9), " "));
        nc.Reject(ProcessOwner, Day(2, 9), "the changes were standard changes");
        Assert.Throws<InvalidTransitionException>(() => nc.Contain(ProcessOwner, Day(2, 10), "x"));
    }

    [Fact]
    public void SettingsAreValidatedWhenBuilt()
    {
        var calendar = NonconformityScenario.Settings.Calendar;
        Assert.Equal("escalationStep", Assert.Throws<ArgumentOutOfRangeException>(() => new NonconformitySettings(calendar, Duration.Zero, Duration.Zero)).ParamName);
        Assert.Equal("effectivenessWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new NonconformitySettings(calendar, Duration.FromHours(1), Duration.FromDays(367))).ParamName);
    }

    [Fact]
    public void ANonconformity_RoundTripsThroughJson_AndNeedsItsSettings()
    {
        var nc = Planned();
        nc.StartImplementation(ProcessOwner, Day(2, 13));
        nc.Advance(Actor.System, Day(4, 9));
        string json = ItsmJson.Serialize(nc, NonconformityScenario.JsonOptions);

        Assert.Equal(json, ItsmJson.Serialize(ItsmJson.Deserialize<Nonconformity>(json, NonconformityScenario.JsonOptions), NonconformityScenario.JsonOptions));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Nonconformity>(json));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Nonconformity>(json.Replace("\"level\": \"Owner\"", "\"level\": \"Manager\"", StringComparison.Ordinal), NonconformityScenario.JsonOptions));
        Assert.Equal(Monday, nc.ReportedAt);
    }

    [Fact]
    public void AtTheEndOfTheCalendar_AnUnreachableRungIsNeverDue_AndAnUnreachableWindowRefusesTheVerification()
    {
        var settings = new NonconformitySettings(NonconformityScenario.Settings.Calendar, Duration.FromHours(9), Duration.FromHours(90));
        var t = Instant.FromUtc(2249, 12, 27, 10, 0);
        var nc = Nonconformity.Report(new("NC-END"), NonconformitySource.Complaint, "CMP-1", "8.2", "late reply", "mail", NonconformitySeverity.Minor, settings, Auditor, t);
        nc.Accept(ProcessOwner, t);
        nc.Contain(ProcessOwner, t, "replied");
        nc.Analyse(ProcessOwner, t, new NonconformityAnalysis("queue unwatched", false, "this queue"));
        nc.ApprovePlan(Representative, t, [new PlannedAction(ActionType.Corrective, "watch the queue", "own-1", Instant.FromUtc(2249, 12, 31, 17, 0))]);
        nc.StartImplementation(ProcessOwner, t);

        Assert.Single(nc.Advance(Actor.System, Instant.FromUtc(2249, 12, 31, 17, 0)));
        Assert.Null(nc.NextDueAt(Instant.FromUtc(2249, 12, 31, 17, 0)));
        nc.CompleteAction(ActionOwner, Instant.FromUtc(2249, 12, 31, 17, 30), 1, "watched");
        long version = nc.Version;
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => nc.VerifyImplementation(Representative, Instant.FromUtc(2249, 12, 31, 17, 45))).ParamName);
        Assert.Equal((NonconformityState.Implementing, version), (nc.State, nc.Version));
    }

    [Fact]
    public void TheActionTracker_ListsOpenActionsByDue_WithTheirOverdueAndNextRung()
    {
        var nc = Planned();
        nc.StartImplementation(ProcessOwner, Day(2, 13));
        nc.Advance(Actor.System, Day(3, 12));

        var rows = ActionTracker.OpenActions([nc, NonconformityScenario.Report()], Day(3, 13));

        Assert.Equal([(1, true, (Instant?)Day(4, 12)), (2, false, (Instant?)Day(5, 12))], rows.Select(r => (r.Action.Number, r.Overdue, r.NextRungDueAt)));
    }
}
