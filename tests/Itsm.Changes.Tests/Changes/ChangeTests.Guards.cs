using System;
using Itsm.Core;
using Itsm.Core.Ids;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The guards and refusals not met on the main paths, each at its boundary.</summary>
public class ChangeGuardTests
{
    [Fact]
    public void OnlyAStandardChange_IsScheduledStraightFromItsSubmission()
    {
        var change = Requested();
        change.Submit(Requester, Mon(9, 5));

        var error = Assert.Throws<InvalidTransitionException>(() => change.Schedule(Manager, Mon(9, 10), Window(1, 18, 20), ChangeSchedule.Empty, Implementer.Id));

        Assert.Contains(ChangeLifecycle.StandardOnly, error.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Submitted, change.State);
    }

    [Fact]
    public void AStandardChange_TakesNoAssessmentNorPlansOfItsOwn()
    {
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-9"), "Restart a queue", SomePlans, Requester, Mon(8));
        template.Approve(Manager, Mon(8, 1), Day(10, 0), "routine");
        var change = Change.FromTemplate(new Id<Kinds.Change>("CHG-S"), template, "restart q1", [], [new Id<Kinds.ConfigurationItem>("mx-01")], Settings, Requester, Mon(9));

        Assert.Contains(ChangeLifecycle.NotStandard, Assert.Throws<InvalidTransitionException>(() => change.RecordAssessment(Requester, Mon(9, 1), AssessmentWith(LowRisk))).Message, StringComparison.Ordinal);
        Assert.Contains(ChangeLifecycle.NotStandard, Assert.Throws<InvalidTransitionException>(() => change.RecordPlans(Requester, Mon(9, 1), SomePlans, Implementer.Id)).Message, StringComparison.Ordinal);
        Assert.Equal(SomePlans, change.Plans);
    }

    [Fact]
    public void TheChangeManager_RejectsALowRiskChange_WhichThenEnds()
    {
        var change = AwaitingAuthorization(LowRisk);
        change.Reject(Manager, Mon(10), "wait for the quarterly release");

        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal(new ChangeDecision(ChangeAuthority.ChangeManager, false, Manager, Mon(10), "wait for the quarterly release"), change.Decision);
        Assert.Throws<InvalidTransitionException>(() => change.Cancel(Manager, Mon(11), "nothing left to cancel"));
        Assert.Throws<InvalidTransitionException>(() => change.LinkFixedProblem(Manager, Mon(11), new Id<Kinds.Problem>("PRB-1")));
    }

    [Fact]
    public void AReview_IsRecordedOnce()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        change.StartImplementation(Implementer, Day(1, 18));
        change.Complete(Implementer, Day(1, 19), ChangeOutcome.Successful, "done");
        change.RecordReview(Manager, Day(2, 9), "fine");

        var again = Assert.Throws<InvalidTransitionException>(() => change.RecordReview(Manager, Day(2, 10), "still fine"));

        Assert.Contains(ChangeLifecycle.ReviewedOnce, again.Message, StringComparison.Ordinal);
        Assert.Equal("fine", change.Review);
    }

    [Fact]
    public void RequestingAuthorisation_UsesTheBoardOfTheRiskAndTheAuthorityMap()
    {
        var cabForAll = Settings with { AuthorityByRisk = Settings.AuthorityByRisk.SetItem(RiskLevel.Low, ChangeAuthority.Cab) };
        var change = Change.Request(new Id<Kinds.Change>("CHG-M"), ChangeModel.Normal, "t", "d", [new Id<Kinds.Service>("email")], [], cabForAll, Requester, Mon(9));
        change.Submit(Requester, Mon(9, 5));
        change.StartAssessment(Manager, Mon(9, 10));
        change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(LowRisk));
        change.RecordPlans(Requester, Mon(9, 30), SomePlans, Implementer.Id);
        change.Plan(Manager, Mon(9, 40));
        change.RequestAuthorization(Manager, Mon(9, 50));

        Assert.Equal((RiskLevel.Low, ChangeAuthority.Cab, Settings.Cab), (change.Risk!.Level, change.Authority, change.Board));
    }

    [Fact]
    public void ATemplate_IsWithdrawnFromApproved_AndNotTwice()
    {
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-W"), "Rotate logs", SomePlans, Requester, Mon(8));
        template.Approve(Manager, Mon(8, 1), Day(10, 0), "routine");
        template.Withdraw(Manager, Mon(9), "automated now");

        Assert.Equal(ChangeTemplateState.Withdrawn, template.State);
        Assert.Throws<InvalidTransitionException>(() => template.Withdraw(Manager, Mon(10), "again"));
        Assert.NotEmpty(template.UnmetRules(ChangeTemplateTrigger.Approve, Manager, Mon(10)));
    }

    [Fact]
    public void ReschedulingIntoAConflict_NeedsAnOverrideToo()
    {
        var change = Authorized();
        change.Schedule(Manager, Mon(11), Window(1, 18, 20), ChangeSchedule.Empty);
        var busy = new ChangeSchedule([new ScheduledChange(new Id<Kinds.Change>("CHG-X"), Window(2, 18, 20), [new Id<Kinds.ConfigurationItem>("mx-01")], "impl-7")]);

        Assert.Equal("overrideReason", Assert.Throws<ArgumentException>(() => change.Reschedule(Manager, Mon(12), Window(2, 19, 21), "vendor delay", busy)).ParamName);
        Assert.Equal(Window(1, 18, 20), change.Window);

        var overridden = change.Reschedule(Manager, Mon(12), Window(2, 19, 21), "vendor delay", busy, "different queue");
        Assert.Equal(ScheduleConflictKind.SameConfigurationItem, Assert.Single(overridden).Kind);
        Assert.Equal(Window(2, 19, 21), change.Window);
    }
}
