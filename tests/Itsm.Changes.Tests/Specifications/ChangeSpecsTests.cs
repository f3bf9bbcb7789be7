using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Interval = NodaTime.Interval;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;
using Itsm.Tests.Shared;

namespace Itsm.Changes.Tests.Specifications;

public class ChangeSpecsTests
{
    private static Change ImplementedNow(string id)
    {
        var change = Requested(ChangeModel.Emergency, id);
        change.Submit(Requester, Mon(9, 5));
        change.RecordPlans(Requester, Mon(9, 10), SomePlans, Implementer.Id);
        change.ImplementNow(Manager, Mon(9, 15), "mail is down");
        return change;
    }

    [Fact]
    public void EmergencyChangesWithoutRetrospectiveApproval_AreThosePastTheirDeadline()
    {
        var late = ImplementedNow("CHG-L");
        var approved = ImplementedNow("CHG-A");
        approved.ApproveRetrospectively(Cab1, Mon(12), "agreed");

        Assert.Empty(new EmergencyChangesWithoutRetrospectiveApprovalSpec(Day(1, 9, 14)).Evaluate([late, approved]));
        Assert.Equal([late], new EmergencyChangesWithoutRetrospectiveApprovalSpec(Day(1, 9, 15)).Evaluate([late, approved]));
    }

    [Fact]
    public void OpenChanges_LeaveOutTheEnded()
    {
        var open = Requested(id: "CHG-O");
        var cancelled = Requested(id: "CHG-C");
        cancelled.Cancel(Requester, Mon(9, 1), "not needed");

        Assert.Equal([open], new OpenChangesSpec().Evaluate([cancelled, open]));
    }

    [Fact]
    public void TheScheduleRegister_ListsTheChangesWhoseWindowsOverlapThePeriod()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);

        Assert.Equal([change], new ChangeScheduleRegisterSpec(Window(1, 19, 23)).Evaluate([change, Requested(id: "CHG-D")]));
        Assert.Empty(new ChangeScheduleRegisterSpec(Window(1, 20, 23)).Evaluate([change]));
        Assert.Empty(new ChangeScheduleRegisterSpec(Window(1, 10, 18)).Evaluate([change]));
    }

    [Fact]
    public void TheCabMinutes_AreTheBoardsDecisionsInThePeriod()
    {
        var decided = AwaitingAuthorization(MediumRisk);
        decided.Vote(Cab1, Mon(10), CabVote.Approve);
        decided.Vote(Cab2, Mon(10, 1), CabVote.Approve);
        decided.Vote(Cab3, Mon(10, 2), CabVote.Approve);
        decided.Decide(Manager, Mon(11), "unanimous");
        var byManager = Authorized();

        Assert.Equal([decided], new CabMinutesSpec(new Interval(Mon(11), Mon(12))).Evaluate([decided, byManager]));
        Assert.Empty(new CabMinutesSpec(new Interval(Mon(10), Mon(11))).Evaluate([decided]));
    }
}

/// <summary>The compliance rules that the lifecycle enforces find nothing in any history the commands can make.</summary>
[ScaledProperties(Arbitrary = [typeof(ChangeArbitraries)], Cases = 2_000)]
public class ChangeComplianceProperties
{
    [Property]
    public Property NoHistoryBreaksTheEnforcedComplianceRules(ChangeScenario scenario)
    {
        var (change, _) = scenario.Play();

        Assert.False(new ChangesImplementedWithoutAuthorizationSpec().IsSatisfiedBy(change));
        Assert.False(new FailedChangesWithoutBackoutRecordSpec().IsSatisfiedBy(change));
        Assert.False(new ChangesClosedWithoutReviewSpec().IsSatisfiedBy(change));
        return true.ToProperty()
            .Classify(change.State is ChangeState.Implementing or ChangeState.Review or ChangeState.Closed, "implemented")
            .Classify(change.Outcome == ChangeOutcome.Failed, "failed")
            .Classify(change.State == ChangeState.Closed, "closed");
    }
}
