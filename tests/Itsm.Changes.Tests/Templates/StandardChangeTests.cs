using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Templates;

/// <summary>Standard changes from pre-authorised templates, and the templates' own approval and expiry.</summary>
public class StandardChangeTests
{
    private static ChangeTemplate Approved(Instant expiresAt)
    {
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-1"), "Renew a TLS certificate", SomePlans, Requester, Mon(8));
        template.Approve(Manager, Mon(8, 30), expiresAt, "done monthly without incident");
        return template;
    }

    private static Change FromTemplate(ChangeTemplate template, Instant at) =>
        Change.FromTemplate(new Id<Kinds.Change>("CHG-S"), template, "renew mail.example.com", [], [new Id<Kinds.ConfigurationItem>("mx-01")], Settings, Requester, at);

    [Fact]
    public void AStandardChange_IsScheduledStraightFromItsSubmission_AndClosesWithoutReviewWhenItSucceeds()
    {
        var change = FromTemplate(Approved(Day(20, 0)), Mon(9));
        Assert.Equal((ChangeModel.Standard, "Renew a TLS certificate", SomePlans), (change.Model, change.Title, change.Plans));
        change.Submit(Requester, Mon(9, 5));
        var assessment = Assert.Throws<InvalidTransitionException>(() => change.StartAssessment(Manager, Mon(9, 6)));
        Assert.Contains(ChangeLifecycle.NotStandard, assessment.Message, StringComparison.Ordinal);

        Assert.Equal("implementer", Assert.Throws<ArgumentException>(() => change.Schedule(Manager, Mon(9, 10), Window(1, 18, 19), ChangeSchedule.Empty)).ParamName);
        change.Schedule(Manager, Mon(9, 10), Window(1, 18, 19), ChangeSchedule.Empty, Implementer.Id);
        change.StartImplementation(Implementer, Day(1, 18));
        change.Complete(Implementer, Day(1, 18, 20), ChangeOutcome.Successful, "renewed");
        Assert.False(change.NeedsReview);
        change.Close(Manager, Day(1, 18, 30));

        Assert.Equal(ChangeState.Closed, change.State);
        Assert.Null(change.Decision);
    }

    [Fact]
    public void ATemplateThatExpires_BeforeTheSchedule_NoLongerSchedulesItsChange()
    {
        var change = FromTemplate(Approved(Mon(12)), Mon(9));
        change.Submit(Requester, Mon(9, 5));

        Assert.True(change.CanFire(ChangeTrigger.Schedule, Manager, Mon(11, 59)));
        var error = Assert.Throws<InvalidTransitionException>(() => change.Schedule(Manager, Mon(12), Window(1, 18, 19), ChangeSchedule.Empty, Implementer.Id));

        Assert.Contains(ChangeLifecycle.TemplateValid, error.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Submitted, change.State);
    }

    [Fact]
    public void ADraftAnExpiredOrAWithdrawnTemplate_CannotBeUsed()
    {
        var draft = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-2"), "Restart a queue", SomePlans, Requester, Mon(8));
        Assert.Contains("only once it is approved", Assert.Throws<ArgumentException>(() => FromTemplate(draft, Mon(9))).Message, StringComparison.Ordinal);

        var expired = Approved(Mon(9));
        Assert.Contains("expired", Assert.Throws<ArgumentException>(() => FromTemplate(expired, Mon(9))).Message, StringComparison.Ordinal);
        Assert.Null(expired.UnusableAt(Mon(8, 59)));

        var withdrawn = Approved(Day(20, 0));
        withdrawn.Withdraw(Manager, Mon(8, 45), "the vendor automates it now");
        Assert.Contains("withdrawn", Assert.Throws<ArgumentException>(() => FromTemplate(withdrawn, Mon(9))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplate_IsApprovedByItsAuthorNever_AndUntilAnExpiryAfterTheApproval()
    {
        var author = new Actor("cm-a", "Change Manager Author", [Roles.ChangeManager]);
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-3"), "Rotate logs", SomePlans, author, Mon(8));

        Assert.Throws<CommandNotAuthorizedException>(() => template.Approve(author, Mon(8, 10), Day(20, 0), "mine"));
        Assert.Equal("expiresAt", Assert.Throws<ArgumentException>(() => template.Approve(Manager, Mon(8, 10), Mon(8, 10), "instant expiry")).ParamName);
        Assert.Equal(ChangeTemplateState.Draft, template.State);
        template.Approve(Manager, Mon(8, 10), Day(20, 0), "safe");

        var again = ChangeTemplate.FromEvents(template.Events);
        Assert.Equal((ChangeTemplateState.Approved, Day(20, 0), "cm-a"), (again.State, again.ExpiresAt, again.Author));
    }

    [Fact]
    public void AnEventTheTemplateDoesNotKnow_IsRefused_NotTakenForAWithdrawal()
    {
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-X"), "Rotate logs", SomePlans, Requester, Mon(8));
        var stray = new StrayEvent(Mon(9), Manager) { Version = 2 };

        var error = Assert.Throws<ArgumentException>(() => ChangeTemplate.FromEvents([template.Events[0], stray]));

        Assert.Contains(nameof(StrayEvent), error.Message, StringComparison.Ordinal);
    }

    private sealed record StrayEvent(Instant At, Actor Actor) : ChangeTemplateEvent(At, Actor);
}
