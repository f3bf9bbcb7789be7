using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The problem's commands, one rule each. Day 0 is Monday 2026-03-02 (UTC).</summary>
public partial class ProblemTests
{
    [Fact]
    public void Log_RecordsTheProblem_New_WithTheActorOnTheEvent()
    {
        var problem = Logged(owner: PmPo, priority: Priority.P2);

        Assert.Equal(ProblemState.New, problem.State);
        Assert.Equal(("PRB-1", "Mail delivery fails", Email, Priority.P2, PmPo, Day(0)), (problem.Id.Value, problem.Title, problem.Service, problem.Priority, problem.Owner, problem.LoggedAt));
        Assert.Equal([Mx01], problem.ConfigurationItems);
        Assert.True(problem.IsOpen);
        var logged = Assert.IsType<ProblemLogged>(Assert.Single(problem.Events));
        Assert.Equal((Pm, 1L), (logged.Actor, logged.Version));
    }

    [Fact]
    public void Log_RefusesMissingFacts_AndActorsWithoutARole()
    {
        Assert.Throws<ArgumentException>(() => Problem.Log(new Id<Kinds.Problem>("P"), " ", "d", Email, [], Priority.P3, Pm, ProblemSettings.Default, Pm, Day(0)));
        Assert.Throws<ArgumentException>(() => Problem.Log(new Id<Kinds.Problem>("P"), "t", "d", default, [], Priority.P3, Pm, ProblemSettings.Default, Pm, Day(0)));
        Assert.Contains("use P1 to P5", Assert.Throws<ArgumentException>(() => Problem.Log(new Id<Kinds.Problem>("P"), "t", "d", Email, [], Priority.None, Pm, ProblemSettings.Default, Pm, Day(0))).Message, StringComparison.Ordinal);
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => Problem.Log(new Id<Kinds.Problem>("P"), "t", "d", Email, [], Priority.P3, Pm, ProblemSettings.Default, Desk, Day(0)));
        Assert.Equal("Log", refused.Command);
    }

    [Fact]
    public void StartAssessment_MovesNewToAssessing_Once()
    {
        var problem = Logged();
        problem.StartAssessment(Pm, Day(0, 10));

        Assert.Equal(ProblemState.Assessing, problem.State);
        Assert.Throws<InvalidTransitionException>(() => problem.StartAssessment(Pm, Day(0, 11)));
    }

    [Fact]
    public void StartRootCauseAnalysis_WithoutIncidentOrTrendJustification_IsRefusedAndChangesNothing()
    {
        var problem = Logged();
        problem.StartAssessment(Pm, Day(0, 10));

        var refused = Assert.Throws<InvalidTransitionException>(() => problem.StartRootCauseAnalysis(Pm, Day(0, 11)));

        Assert.Equal("root cause analysis starts only with at least one linked incident or a recorded trend justification", refused.Rule);
        Assert.Equal((ProblemState.Assessing, 2L), (problem.State, problem.Version));
        Assert.Contains(refused.Rule, problem.UnmetRules(ProblemTrigger.StartRootCauseAnalysis, Pm, Day(0, 11)));
    }

    [Fact]
    public void StartRootCauseAnalysis_WithALinkedIncident_Starts()
    {
        var problem = InAnalysis();

        Assert.Equal(ProblemState.RootCauseAnalysis, problem.State);
        Assert.Equal([Inc(1)], problem.LinkedIncidents);
    }

    [Fact]
    public void StartRootCauseAnalysis_WithATrendJustification_Starts()
    {
        var problem = Logged();
        problem.StartAssessment(Pm, Day(0, 10));
        Assert.Throws<ArgumentException>(() => problem.RecordTrendJustification(Resolver, Day(0, 11), ""));
        problem.RecordTrendJustification(Resolver, Day(0, 11), "queue alarms on mx-01 rose from 2 to 30 a week");

        problem.StartRootCauseAnalysis(Pm, Day(0, 12));

        Assert.Equal(ProblemState.RootCauseAnalysis, problem.State);
        Assert.Empty(problem.LinkedIncidents);
        Assert.Equal("queue alarms on mx-01 rose from 2 to 30 a week", problem.TrendJustification);
    }

    [Fact]
    public void LinkIncident_TheSameIncidentTwice_IsRefusedWithTheRule()
    {
        var problem = InAnalysis();
        Assert.True(problem.IsLinked(Inc(1)));

        var refused = Assert.Throws<ArgumentException>(() => problem.LinkIncident(Desk, Day(0, 11), Inc(1)));

        Assert.Contains("Incident 'INC-1' is already linked to problem 'PRB-1'; an incident is linked once.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Version);
        problem.LinkIncident(Desk, Day(0, 11), Inc(2));
        Assert.Equal([Inc(1), Inc(2)], problem.LinkedIncidents);
    }

    [Fact]
    public void LinkIncident_AfterResolution_IsRefused_ARecurrenceIsRecordedInstead()
    {
        var problem = Resolved();

        Assert.Throws<InvalidTransitionException>(() => problem.LinkIncident(Desk, Day(6), Inc(9)));
    }

    [Fact]
    public void IdentifyKnownError_NeedsARootCauseOrAWorkaround()
    {
        var problem = InAnalysis();

        var neither = Assert.Throws<ArgumentException>(() => problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "stuck mail", null, null));
        Assert.Contains("records its root cause, a workaround, or both", neither.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "stuck mail", " ", "flush"));
        Assert.Throws<ArgumentException>(() => problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "", "cause", null));
        Assert.Throws<ArgumentException>(() => problem.IdentifyKnownError(Resolver, Day(1), default, "stuck mail", "cause", null));
        Assert.Equal((ProblemState.RootCauseAnalysis, 4L), (problem.State, problem.Version));
    }

    [Fact]
    public void IdentifyKnownError_CreatesADraftKnownErrorWithTheProblemsFacts_AndKeepsItsId()
    {
        var problem = InAnalysis();

        var knownError = problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "Outbound mail stuck in queue", "queue disk full", "flush the queue");

        Assert.Equal(ProblemState.KnownErrorIdentified, problem.State);
        Assert.Equal(Ke(1), problem.KnownErrorId);
        Assert.Equal([Ke(1)], problem.KnownErrors);
        Assert.Equal(("queue disk full", "flush the queue", Day(1)), (problem.RootCause, problem.Workaround, problem.RootCauseRecordedAt));
        Assert.Equal(KnownErrorState.Draft, knownError.State);
        Assert.Equal(
            (Ke(1), problem.Id, "Outbound mail stuck in queue", "queue disk full", "flush the queue", Email, Day(1)),
            (knownError.Id, knownError.Problem, knownError.Symptom, knownError.RootCause, knownError.Workaround, knownError.Service, knownError.DraftedAt));
        Assert.Equal([Mx01], knownError.ConfigurationItems);
        Assert.Equal(Resolver, Assert.IsType<KnownErrorDrafted>(Assert.Single(knownError.Events)).Actor);
        Assert.False(knownError.IsPublished);
    }

    [Fact]
    public void IdentifyKnownError_WithAWorkaroundOnly_HasNoRootCauseYet()
    {
        var (problem, knownError) = Identified(rootCause: null);

        Assert.Null(problem.RootCause);
        Assert.Null(problem.RootCauseRecordedAt);
        Assert.Null(knownError.RootCause);
    }

    [Fact]
    public void IdentifyKnownError_WhenTheKnownErrorPolicyRefusesTheActor_RecordsNothingOnEitherRecord()
    {
        // The host lets only problem managers draft known errors; the problem's own policy still lets resolvers identify.
        var settings = ProblemSettings.Default with
        {
            KnownErrors = new KnownErrorSettings { Roles = KnownErrorRoles.Default.ToBuilder().Allow(KnownErrorTrigger.Draft, Roles.ProblemManager).Build() },
        };
        var problem = InAnalysis(settings: settings);
        Assert.False(problem.CanFire(ProblemTrigger.IdentifyKnownError, Resolver, Day(1)));

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "stuck mail", "cause", "flush"));

        Assert.Equal("KnownError", refused.RecordType);
        Assert.Equal((ProblemState.RootCauseAnalysis, 4L, (Id<Kinds.KnownError>?)null), (problem.State, problem.Version, problem.KnownErrorId));
        Assert.True(problem.CanFire(ProblemTrigger.IdentifyKnownError, Pm, Day(1)));
    }

    [Fact]
    public void IdentifyKnownError_OutsideRootCauseAnalysis_IsRefused()
    {
        var problem = Logged();

        Assert.Throws<InvalidTransitionException>(() => problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "stuck mail", "cause", null));
    }

    [Fact]
    public void RecordRootCause_AfterAWorkaroundOnly_RecordsWhen_ThenOnlyOnce()
    {
        var (problem, _) = Identified(rootCause: null);

        problem.RecordRootCause(Resolver, Day(3), "queue disk full");

        Assert.Equal(("queue disk full", Day(3)), (problem.RootCause, problem.RootCauseRecordedAt));
        var again = Assert.Throws<InvalidTransitionException>(() => problem.RecordRootCause(Resolver, Day(4), "something else"));
        Assert.Equal("a root cause is recorded once per analysis; reanalyse the problem to change it", again.Rule);
    }

    [Fact]
    public void StartFix_NeedsAChangeId_AndTheChangeManagerLinksIt()
    {
        var (problem, _) = Identified();

        Assert.Contains("names the change", Assert.Throws<ArgumentException>(() => problem.StartFix(Cm, Day(2), default)).Message, StringComparison.Ordinal);
        Assert.Throws<CommandNotAuthorizedException>(() => problem.StartFix(Resolver, Day(2), new Id<Kinds.Change>("CHG-7")));
        problem.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7"));

        Assert.Equal(ProblemState.FixInProgress, problem.State);
        Assert.Equal(new Id<Kinds.Change>("CHG-7"), problem.Change);
    }

    [Fact]
    public void StartFix_BeforeAKnownErrorIsIdentified_IsRefused()
    {
        var problem = InAnalysis();

        Assert.Throws<InvalidTransitionException>(() => problem.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7")));
    }

    [Fact]
    public void Resolve_StartsTheObservationPeriod_AndNextDueAtSaysWhenItEnds()
    {
        var problem = Resolved();

        Assert.Equal(ProblemState.Resolved, problem.State);
        Assert.Equal(Day(5, 12), problem.ResolvedAt);
        Assert.Equal(Day(35, 12), problem.ObservationEndsAt);
        Assert.Equal(Day(35, 12), problem.NextDueAt(Day(6)));
        Assert.Equal(Day(36), problem.NextDueAt(Day(36)));
    }

    [Fact]
    public void Advance_ClosesOnlyWhenTheObservationPeriodHasPassed()
    {
        var problem = Resolved();

        Assert.Empty(problem.Advance(Actor.System, Day(35, 11)));
        Assert.Equal(ProblemState.Resolved, problem.State);
        Assert.False(problem.CanFire(ProblemTrigger.Close, Actor.System, Day(35, 11)));
        Assert.Contains("a problem closes only when its observation period has passed without recurrence", problem.UnmetRules(ProblemTrigger.Close, Actor.System, Day(35, 11)));

        var closed = Assert.IsType<ProblemClosed>(Assert.Single(problem.Advance(Actor.System, Day(35, 12))));

        Assert.Equal((Actor.System, Day(35, 12)), (closed.Actor, closed.At));
        Assert.Equal(ProblemState.Closed, problem.State);
        Assert.Equal(Day(35, 12), problem.ClosedAt);
        Assert.False(problem.IsOpen);
        Assert.Null(problem.NextDueAt(Day(36)));
        Assert.Empty(problem.Advance(Actor.System, Day(40)));
    }

    [Fact]
    public void Advance_ByAPerson_IsRefused()
    {
        var problem = Resolved();

        Assert.Throws<CommandNotAuthorizedException>(() => problem.Advance(Pm, Day(40)));
        Assert.Equal(ProblemState.Resolved, problem.State);
    }

    [Fact]
    public void ObservationPeriod_ComesFromTheSettings()
    {
        var settings = ProblemSettings.Default with { ObservationPeriod = Duration.FromDays(7) };
        var problem = InAnalysis(settings: settings);
        problem.IdentifyKnownError(Resolver, Day(1), Ke(1), "stuck mail", "cause", null);
        problem.StartFix(Cm, Day(1), new Id<Kinds.Change>("CHG-1"));
        problem.Resolve(Pm, Day(2), "fixed");

        Assert.Equal(Day(9), problem.ObservationEndsAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProblemSettings.Default with { ObservationPeriod = Duration.FromDays(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => ProblemSettings.Default with { ObservationPeriod = Duration.FromDays(5000) });
    }

    [Fact]
    public void RecordRecurrence_DuringObservation_SendsTheProblemBackToAnalysis_AndClearsTheAnalysis()
    {
        var problem = Resolved();

        problem.RecordRecurrence(Desk, Day(20), Inc(2));

        Assert.Equal(ProblemState.RootCauseAnalysis, problem.State);
        Assert.Equal([Inc(1), Inc(2)], problem.LinkedIncidents);
        Assert.Equal([Inc(2)], problem.Recurrences);
        Assert.Equal(1, problem.ReanalysisCount);
        Assert.Equal(
            (null, null, null, null, null, null, null),
            (problem.RootCause, problem.RootCauseRecordedAt, problem.Workaround, problem.KnownErrorId, problem.Change, problem.ResolvedAt, problem.ObservationEndsAt));
        Assert.Null(problem.NextDueAt(Day(40)));
        Assert.Empty(problem.Advance(Actor.System, Day(40)));

        // The next analysis identifies a new known error; the old id is refused.
        Assert.Throws<ArgumentException>(() => problem.IdentifyKnownError(Resolver, Day(41), Ke(1), "stuck mail", "cause", null));
        problem.IdentifyKnownError(Resolver, Day(41), Ke(2), "stuck mail", "a second queue", "flush both queues");
        Assert.Equal([Ke(1), Ke(2)], problem.KnownErrors);
    }

    [Fact]
    public void RecordRecurrence_AfterTheObservationPeriod_OrOfALinkedIncident_IsRefused()
    {
        var problem = Resolved();

        Assert.Throws<ArgumentException>(() => problem.RecordRecurrence(Desk, Day(20), Inc(1)));
        var late = Assert.Throws<InvalidTransitionException>(() => problem.RecordRecurrence(Desk, Day(35, 12), Inc(2)));
        Assert.Equal("a recurrence is recorded only within the observation period after the resolution", late.Rule);
        Assert.Equal(ProblemState.Resolved, problem.State);
    }

    [Fact]
    public void Reanalyse_FromAKnownErrorAFixOrAResolution_GoesBackToAnalysis_WithAReason()
    {
        var (identified, _) = Identified();
        Assert.Throws<ArgumentException>(() => identified.Reanalyse(Pm, Day(2), " "));
        identified.Reanalyse(Pm, Day(2), "the disk was not full after all");
        Assert.Equal((ProblemState.RootCauseAnalysis, 1), (identified.State, identified.ReanalysisCount));

        var fixing = Identified().Problem;
        fixing.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7"));
        fixing.Reanalyse(Pm, Day(3), "the change did not help");
        Assert.Equal(ProblemState.RootCauseAnalysis, fixing.State);

        var resolved = Resolved();
        resolved.Reanalyse(Pm, Day(40), "review found another cause");
        Assert.Equal(ProblemState.RootCauseAnalysis, resolved.State);

        Assert.Throws<InvalidTransitionException>(() => InAnalysis().Reanalyse(Pm, Day(1), "nothing to reanalyse"));
    }

    [Fact]
    public void MarkDuplicate_OfItself_IsRefused_OfAnotherProblem_EndsIt()
    {
        var problem = InAnalysis();

        Assert.Contains("cannot duplicate itself", Assert.Throws<ArgumentException>(() => problem.MarkDuplicate(Pm, Day(1), problem.Id)).Message, StringComparison.Ordinal);
        problem.MarkDuplicate(Pm, Day(1), new Id<Kinds.Problem>("PRB-0"));

        Assert.Equal(ProblemState.Duplicate, problem.State);
        Assert.Equal(new Id<Kinds.Problem>("PRB-0"), problem.DuplicateOf);
        Assert.Throws<InvalidTransitionException>(() => problem.LinkIncident(Desk, Day(2), Inc(3)));
    }

    [Fact]
    public void MarkDuplicate_OnceAKnownErrorExists_IsRefused()
    {
        var (problem, _) = Identified();

        Assert.Throws<InvalidTransitionException>(() => problem.MarkDuplicate(Pm, Day(2), new Id<Kinds.Problem>("PRB-0")));
    }

    [Fact]
    public void Cancel_NeedsAReason_AndIsFinal()
    {
        var problem = Logged();

        Assert.Throws<ArgumentException>(() => problem.Cancel(Pm, Day(1), ""));
        Assert.Throws<CommandNotAuthorizedException>(() => problem.Cancel(Resolver, Day(1), "logged twice"));
        problem.Cancel(Pm, Day(1), "not a problem: a one-off user error");

        Assert.Equal((ProblemState.Cancelled, "not a problem: a one-off user error"), (problem.State, problem.CancellationReason));
        Assert.Throws<InvalidTransitionException>(() => problem.StartAssessment(Pm, Day(2)));
    }

    [Fact]
    public void Commands_BackInTime_AreRefused()
    {
        var problem = InAnalysis();

        Assert.Throws<ArgumentOutOfRangeException>(() => problem.LinkIncident(Desk, Day(0, 9, 30), Inc(5)));
        Assert.Contains(problem.UnmetRules(ProblemTrigger.LinkIncident, Desk, Day(0, 9, 30)), r => r.StartsWith("commands never go back in time", StringComparison.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => problem.Advance(Actor.System, Day(0, 9, 30)));
    }

    [Fact]
    public void UnmetRules_ListsTheRolePolicyAndTheLifecycleTogether()
    {
        var problem = Logged();

        var unmet = problem.UnmetRules(ProblemTrigger.StartFix, Resolver, Day(1));

        Assert.Equal(2, unmet.Count);
        Assert.StartsWith("StartFix needs one of the roles change-manager, problem-manager", unmet[0], StringComparison.Ordinal);
        Assert.Equal("StartFix is not a command a Problem accepts while New", unmet[1]);
        Assert.True(problem.CanFire(ProblemTrigger.StartAssessment, Pm, Day(1)));
        Assert.False(problem.CanFire(ProblemTrigger.Log, Pm, Day(1)));
    }

    [Fact]
    public void Events_CarryTheActorOfEachCommand()
    {
        var problem = Resolved();

        Assert.Equal(
            [Pm, Pm, Desk, Pm, Resolver, Cm, Pm],
            problem.Events.Select(e => e.Actor));
    }
}
