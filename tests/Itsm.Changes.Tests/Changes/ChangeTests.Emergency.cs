using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The emergency model: the emergency board's reduced quorum, or implement-now with a retrospective approval.</summary>
public class ChangeEmergencyTests
{
    private static Change ImplementedNow()
    {
        var change = Requested(ChangeModel.Emergency);
        change.Submit(Requester, Mon(9, 5));
        change.RecordPlans(Requester, Mon(9, 10), SomePlans, Implementer.Id);
        change.ImplementNow(Manager, Mon(9, 15), "mail is down for everyone");
        return change;
    }

    [Fact]
    public void AnEmergencyChange_IsDecidedByTheEmergencyBoard_WithItsReducedQuorum()
    {
        var change = AwaitingAuthorization(LowRisk, ChangeModel.Emergency);
        Assert.Equal((ChangeAuthority.EmergencyCab, Settings.EmergencyCab), (change.Authority, change.Board));

        change.Vote(Ecab2, Mon(10), CabVote.Approve);

        Assert.True(change.Decide(Manager, Mon(10, 5), "one member is the emergency quorum"));
        Assert.Equal(ChangeState.Authorized, change.State);
    }

    [Fact]
    public void ImplementNow_IsForEmergencyChangesWithPlans_AndSetsTheRetrospectiveDeadlineInBusinessTime()
    {
        var normal = Requested();
        normal.Submit(Requester, Mon(9, 5));
        normal.RecordPlans(Requester, Mon(9, 10), SomePlans, Implementer.Id);
        Assert.Contains(ChangeLifecycle.EmergencyOnly, Assert.Throws<InvalidTransitionException>(() => normal.ImplementNow(Manager, Mon(9, 15), "urgent")).Message, StringComparison.Ordinal);

        var unplanned = Requested(ChangeModel.Emergency);
        unplanned.Submit(Requester, Mon(9, 5));
        Assert.Contains(ChangeLifecycle.PlansBeforeImplementNow, Assert.Throws<InvalidTransitionException>(() => unplanned.ImplementNow(Manager, Mon(9, 15), "urgent")).Message, StringComparison.Ordinal);

        // Mon 09:15 plus 8 business hours on 09:00-17:00: 7 h 45 min on Monday, 15 min on Tuesday.
        var change = ImplementedNow();
        Assert.Equal((ChangeState.Implementing, Mon(9, 15), Day(1, 9, 15)), (change.State, change.ImplementedNowAt, change.RetrospectiveApprovalDueAt));
    }

    [Fact]
    public void AnEmergencyChangeImplementedAtOnce_NeverClosesWithoutItsRetrospectiveApprovalAndReview()
    {
        var change = ImplementedNow();
        change.Complete(Implementer, Mon(10), ChangeOutcome.Successful, "relay restarted on the patched build");

        var error = Assert.Throws<InvalidTransitionException>(() => change.Close(Manager, Mon(11)));
        Assert.Contains(ChangeLifecycle.ReviewBeforeClose, error.Message, StringComparison.Ordinal);
        Assert.Contains(ChangeLifecycle.RetrospectiveBeforeClose, error.Message, StringComparison.Ordinal);

        change.RecordReview(Manager, Mon(11), "restored in 45 minutes");
        Assert.Equal([ChangeLifecycle.RetrospectiveBeforeClose], change.UnmetRules(ChangeTrigger.Close, Manager, Mon(12)));
        Assert.Throws<CommandNotAuthorizedException>(() => change.ApproveRetrospectively(Implementer, Mon(12), "it worked"));
        change.ApproveRetrospectively(Cab1, Mon(12), "the right call");
        change.Close(Manager, Mon(13));

        Assert.Equal(ChangeState.Closed, change.State);
        Assert.Equal(new ChangeDecision(ChangeAuthority.EmergencyCab, true, Cab1, Mon(12), "the right call"), change.RetrospectiveApproval);
    }

    [Fact]
    public void Advance_ReportsAMissedRetrospectiveApproval_OnceAtItsDeadline()
    {
        var change = ImplementedNow();
        Assert.Equal(Day(1, 9, 15), change.NextDueAt(Mon(10)));
        Assert.Empty(change.Advance(Actor.System, Day(1, 9, 14)));

        var overdue = Assert.Single(change.Advance(Actor.System, Day(1, 9, 15)));

        Assert.Equal(new ChangeRetrospectiveApprovalOverdue(Day(1, 9, 15), Actor.System, Day(1, 9, 15)) { Version = change.Version }, overdue);
        Assert.True(change.IsRetrospectiveApprovalOverdue);
        Assert.Empty(change.Advance(Actor.System, Day(2, 9)));
        Assert.Null(change.NextDueAt(Day(2, 9)));
    }

    [Fact]
    public void AnApprovalInTime_LeavesNothingToReport()
    {
        var change = ImplementedNow();
        change.ApproveRetrospectively(OtherManager, Mon(16), "agreed");

        Assert.Null(change.NextDueAt(Mon(16)));
        Assert.Empty(change.Advance(Actor.System, Day(3, 9)));
        Assert.Throws<InvalidTransitionException>(() => change.ApproveRetrospectively(Cab1, Day(3, 10), "again"));
    }

    [Fact]
    public void OnlyAChangeImplementedAtOnce_IsApprovedRetrospectively()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        change.StartImplementation(Implementer, Day(1, 18));

        var error = Assert.Throws<InvalidTransitionException>(() => change.ApproveRetrospectively(Cab1, Day(1, 18, 30), "fine"));

        Assert.Contains(ChangeLifecycle.ImplementedNowOnly, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_KeepsTheRetrospectiveObligation()
    {
        var change = ImplementedNow();
        change.Advance(Actor.System, Day(1, 10));

        var again = Change.FromEvents(change.Events, Settings);

        Assert.Equal((change.RetrospectiveApprovalDueAt, true, (Instant?)null), (again.RetrospectiveApprovalDueAt, again.IsRetrospectiveApprovalOverdue, again.NextDueAt(Day(2, 9))));
        Assert.Equal(change.Events.Count, again.Events.Count);
        Assert.True(change.Events.Zip(again.Events).All(p => p.First.Equals(p.Second)));
    }
}
