using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The normal model: request to closure, its guards, and the change manager's decisions.</summary>
public class ChangeTests
{
    [Fact]
    public void ALowRiskNormalChange_GoesFromRequestToClosure_DecidedByTheChangeManager()
    {
        var change = Requested();
        Assert.Equal(ChangeState.Draft, change.State);
        change.Submit(Requester, Mon(9, 5));
        change.StartAssessment(Manager, Mon(9, 10));
        change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(LowRisk));
        Assert.Equal(new RiskAssessment(0, RiskLevel.Low), change.Risk);
        change.RecordPlans(Requester, Mon(9, 30), SomePlans, Implementer.Id);
        change.Plan(Manager, Mon(9, 40));
        change.RequestAuthorization(Manager, Mon(9, 50));
        Assert.Equal((ChangeState.AwaitingAuthorization, ChangeAuthority.ChangeManager, (CabRule?)null), (change.State, change.Authority, change.Board));

        change.Authorize(Manager, Mon(10), "routine patch");
        change.Schedule(Manager, Mon(10, 10), Window(1, 18, 20), ChangeSchedule.Empty);
        Assert.Equal((ChangeState.Scheduled, Implementer.Id), (change.State, change.Implementer));
        change.StartImplementation(Implementer, Day(1, 18));
        change.Complete(Implementer, Day(1, 19), ChangeOutcome.Successful, "patched and tested");
        Assert.Equal(ChangeState.Review, change.State);
        change.RecordReview(Manager, Day(2, 10), "no incidents after the patch");
        change.Close(Manager, Day(2, 10, 5));

        Assert.Equal(ChangeState.Closed, change.State);
        Assert.Equal(new ChangeDecision(ChangeAuthority.ChangeManager, true, Manager, Mon(10), "routine patch"), change.Decision);
        Assert.Equal(13, change.Version);
    }

    [Fact]
    public void ARequest_NamesWhatItAffects_AndIsNormalOrEmergency()
    {
        var none = Assert.Throws<ArgumentException>(() =>
            Change.Request(new Id<Kinds.Change>("CHG-9"), ChangeModel.Normal, "t", "d", [], [], Settings, Requester, Mon(9)));
        Assert.Contains("at least one affected service or configuration item", none.Message, StringComparison.Ordinal);
        Assert.Equal("model", Assert.Throws<ArgumentException>(() =>
            Change.Request(new Id<Kinds.Change>("CHG-9"), ChangeModel.Standard, "t", "d", [new Id<Kinds.Service>("email")], [], Settings, Requester, Mon(9))).ParamName);
        Assert.Throws<CommandNotAuthorizedException>(() =>
            Change.Request(new Id<Kinds.Change>("CHG-9"), ChangeModel.Normal, "t", "d", [new Id<Kinds.Service>("email")], [], Settings, Cab1, Mon(9)));
    }

    [Fact]
    public void PlanningNeedsTheAssessment_AndAuthorisationNeedsThePlans()
    {
        var change = Requested();
        change.Submit(Requester, Mon(9, 5));
        change.StartAssessment(Manager, Mon(9, 10));
        var unassessed = Assert.Throws<InvalidTransitionException>(() => change.Plan(Manager, Mon(9, 20)));
        Assert.Contains(ChangeLifecycle.AssessedBeforePlanned, unassessed.Message, StringComparison.Ordinal);

        change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(LowRisk));
        change.Plan(Manager, Mon(9, 40));
        var unplanned = Assert.Throws<InvalidTransitionException>(() => change.RequestAuthorization(Manager, Mon(9, 50)));
        Assert.Contains(ChangeLifecycle.PlansBeforeAuthorization, unplanned.Message, StringComparison.Ordinal);
        Assert.Equal([ChangeLifecycle.PlansBeforeAuthorization], change.UnmetRules(ChangeTrigger.RequestAuthorization, Manager, Mon(9, 50)));

        change.RecordPlans(Requester, Mon(9, 45), SomePlans, Implementer.Id);
        Assert.True(change.CanFire(ChangeTrigger.RequestAuthorization, Manager, Mon(9, 50)));
    }

    [Fact]
    public void TheAssessmentAndPlans_AreRecordedOnlyWhilePreparing()
    {
        var change = Authorized();

        Assert.Throws<InvalidTransitionException>(() => change.RecordAssessment(Requester, Mon(11), AssessmentWith(MediumRisk)));
        Assert.Throws<InvalidTransitionException>(() => change.RecordPlans(Requester, Mon(11), SomePlans, Implementer.Id));
        Assert.Equal(RiskLevel.Low, change.Risk!.Level);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000_000_000_001)]
    public void AnAssessment_WithACostOutOfRange_IsRefused_AndChangesNothing(long cost)
    {
        var change = Requested();
        long version = change.Version;

        var error = Assert.Throws<ArgumentException>(() => change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(LowRisk) with { Cost = cost }));

        Assert.Equal("assessment", error.ParamName);
        Assert.Contains(cost.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Equal(version, change.Version);
        Assert.Null(change.Assessment);
    }

    [Fact]
    public void AnAssessment_WithAnswersTheModelDoesNotKnow_IsRefused()
    {
        var change = Requested();
        var answers = Answers(0, 0, 0, 0, 0, 0).ToDictionary(e => e.Key, e => e.Value);
        answers["colour"] = 1;

        var error = Assert.Throws<ArgumentException>(() => change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(answers)));

        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Null(change.Assessment);
    }

    [Fact]
    public void TheChangeManager_DecidesOnlyWhatIsTheirs_AndABoard_OnlyByVotes()
    {
        var cabChange = AwaitingAuthorization(MediumRisk);
        Assert.Equal(ChangeAuthority.Cab, cabChange.Authority);
        var refused = Assert.Throws<InvalidTransitionException>(() => cabChange.Authorize(Manager, Mon(10), "looks fine"));
        Assert.Contains(ChangeLifecycle.ManagerDecides, refused.Message, StringComparison.Ordinal);

        var managerChange = AwaitingAuthorization(LowRisk);
        Assert.Throws<InvalidTransitionException>(() => managerChange.Vote(Cab1, Mon(10), CabVote.Approve));
        Assert.Throws<InvalidTransitionException>(() => managerChange.Decide(Manager, Mon(10), "the board agreed"));
    }

    [Fact]
    public void TheRequester_NeverApprovesTheirOwnChange()
    {
        var requester = new Actor("cm-r", "Change Manager Who Requested", [Roles.ChangeManager]);
        var change = Change.Request(new Id<Kinds.Change>("CHG-2"), ChangeModel.Normal, "t", "d", [new Id<Kinds.Service>("email")], [], Settings, requester, Mon(9));
        change.Submit(requester, Mon(9, 5));
        change.StartAssessment(requester, Mon(9, 10));
        change.RecordAssessment(requester, Mon(9, 20), AssessmentWith(LowRisk));
        change.RecordPlans(requester, Mon(9, 30), SomePlans, Implementer.Id);
        change.Plan(requester, Mon(9, 40));
        change.RequestAuthorization(requester, Mon(9, 50));

        var error = Assert.Throws<CommandNotAuthorizedException>(() => change.Authorize(requester, Mon(10), "mine, and fine"));
        Assert.Contains(ChangeRoles.IndependentApprover, error.Message, StringComparison.Ordinal);
        change.Authorize(Manager, Mon(10), "fine");
        Assert.Equal(ChangeState.Authorized, change.State);
    }

    [Fact]
    public void Schedule_RefusesAnEmptyOrPastWindow_AndAnImplementerWhoApproved()
    {
        var change = Authorized();

        Assert.Equal("window", Assert.Throws<ArgumentException>(() => change.Schedule(Manager, Mon(11), new Interval(Day(1, 18), Day(1, 18)), ChangeSchedule.Empty)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => change.Schedule(Manager, Mon(11), new Interval(Mon(9), Mon(10)), ChangeSchedule.Empty)).ParamName);
        var approver = Assert.Throws<ArgumentException>(() => change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty, Manager.Id));
        Assert.Equal("implementer", approver.ParamName);
        Assert.Equal(ChangeState.Authorized, change.State);

        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty, "impl-2");
        Assert.Equal("impl-2", change.Implementer);
        change.Reschedule(Manager, Mon(12), Window(2, 18, 20), "freeze on Tuesday", ChangeSchedule.Empty);
        Assert.Equal(Window(2, 18, 20), change.Window);
    }

    [Fact]
    public void AFailedChange_RecordsItsRemedy_AndIsReviewedBeforeItCloses()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        change.StartImplementation(Implementer, Day(1, 18));

        var error = Assert.Throws<ArgumentException>(() => change.Complete(Implementer, Day(1, 19), ChangeOutcome.Failed, "the relay did not start"));
        Assert.Equal("remedy", error.ParamName);
        Assert.Equal(ChangeState.Implementing, change.State);

        change.Complete(Implementer, Day(1, 19), ChangeOutcome.Failed, "the relay did not start", "restored the snapshot");
        var unreviewed = Assert.Throws<InvalidTransitionException>(() => change.Close(Manager, Day(2, 9)));
        Assert.Contains(ChangeLifecycle.ReviewBeforeClose, unreviewed.Message, StringComparison.Ordinal);
        change.RecordReview(Manager, Day(2, 9), "the relay needs a newer library first");
        change.Close(Manager, Day(2, 10));
        Assert.Equal((ChangeOutcome.Failed, "restored the snapshot", ChangeState.Closed), (change.Outcome, change.Remedy, change.State));
    }

    [Fact]
    public void Cancel_IsAllowedUpToScheduled_NeverOnceImplementing()
    {
        var scheduled = Authorized();
        scheduled.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        Assert.True(scheduled.CanFire(ChangeTrigger.Cancel, Manager, Mon(12)));

        var implementing = Authorized();
        implementing.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        implementing.StartImplementation(Implementer, Day(1, 18));
        Assert.Throws<InvalidTransitionException>(() => implementing.Cancel(Manager, Day(1, 18, 30), "too late"));

        scheduled.Cancel(Manager, Mon(12), "superseded by a vendor update");
        Assert.Equal((ChangeState.Cancelled, "superseded by a vendor update"), (scheduled.State, scheduled.CancelReason));
    }

    [Fact]
    public void TheRequesterWithdrawsTheirOwnChange_NobodyElseButTheChangeManager()
    {
        var draft = Requested();
        Assert.Throws<CommandNotAuthorizedException>(() => draft.Cancel(Implementer, Mon(9, 5), "not mine"));
        draft.Cancel(Requester, Mon(9, 5), "no longer needed");
        Assert.Equal(ChangeState.Cancelled, draft.State);
    }

    [Fact]
    public void Links_AreRecordedOnce_AndACausedIncidentMayFollowTheClosure()
    {
        var change = Requested();
        change.LinkFixedProblem(Manager, Mon(9, 1), new Id<Kinds.Problem>("PRB-7"));
        change.LinkFixedKnownError(Manager, Mon(9, 2), new Id<Kinds.KnownError>("KE-3"));
        Assert.Throws<ArgumentException>(() => change.LinkFixedProblem(Manager, Mon(9, 3), new Id<Kinds.Problem>("PRB-7")));
        Assert.Equal(ChangeState.Draft, change.State);

        var closed = Authorized();
        closed.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        closed.StartImplementation(Implementer, Day(1, 18));
        closed.Complete(Implementer, Day(1, 19), ChangeOutcome.WithIssues, "patched; one queue restarted");
        closed.RecordReview(Manager, Day(2, 9), "fine");
        closed.Close(Manager, Day(2, 10));
        closed.LinkCausedIncident(Manager, Day(3, 9), new Id<Kinds.Incident>("INC-42"));

        Assert.Equal(["PRB-7"], change.FixedProblems.Select(p => p.Value));
        Assert.Equal(["KE-3"], change.FixedKnownErrors.Select(k => k.Value));
        Assert.Equal(["INC-42"], closed.CausedIncidents.Select(i => i.Value));
    }

    [Fact]
    public void ACommandDatedBeforeTheLast_IsRefused_AndChangesNothing()
    {
        var change = Requested();
        change.Submit(Requester, Mon(9, 5));

        Assert.Throws<ArgumentOutOfRangeException>(() => change.StartAssessment(Manager, Mon(9, 4)));
        Assert.Equal((ChangeState.Submitted, 2L), (change.State, change.Version));
    }

    [Fact]
    public void FromEvents_RebuildsTheChange()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);

        var again = Change.FromEvents(change.Events, Settings);

        Assert.Equal((change.State, change.Risk, change.Decision, change.Window, change.Implementer, change.Version), (again.State, again.Risk, again.Decision, again.Window, again.Implementer, again.Version));
    }
}
