using System.Linq;
using Itsm.Core.Actors;

namespace Itsm.Changes;

/// <summary>The default role policy of changes, with its segregation of duties.</summary>
public static class ChangeRoles
{
    /// <summary>The rule that whoever approves a change neither requested nor implements it.</summary>
    public const string IndependentApprover = "whoever approves a change neither requested it nor implements it";

    /// <summary>The rule that the change manager cancels and the requester withdraws, nobody else.</summary>
    public const string ManagerOrRequesterCancels = "a change is cancelled by the change manager or withdrawn by its requester";

    /// <summary>Gets the default policy: anyone who handles records requests and submits changes; the change manager
    /// assesses, plans with the implementers, asks for authorisation, decides low-risk changes, records a board's
    /// decision as its chair, schedules, implements at once in an emergency, reviews and closes; the board's members (by
    /// the change's own list) vote; implementers (resolvers) implement and record the outcome; an approver is never the
    /// requester nor the implementer; the requester may withdraw their own change.</summary>
    public static RolePolicy<Change, ChangeTrigger> Default { get; } = Approvals(RolePolicy.Builder<Change, ChangeTrigger>()
        .Allow(ChangeTrigger.Request, Roles.ChangeManager, Roles.Resolver, Roles.ProblemManager, Roles.IncidentManager, Roles.ServiceDeskAgent, Roles.ProcessOwner)
        .Allow(ChangeTrigger.Submit, Roles.ChangeManager, Roles.Resolver, Roles.ProblemManager, Roles.IncidentManager, Roles.ServiceDeskAgent, Roles.ProcessOwner)
        .Allow(ChangeTrigger.StartAssessment, Roles.ChangeManager)
        .Allow(ChangeTrigger.RecordAssessment, Roles.ChangeManager, Roles.Resolver)
        .Allow(ChangeTrigger.RecordPlans, Roles.ChangeManager, Roles.Resolver)
        .Allow(ChangeTrigger.Plan, Roles.ChangeManager)
        .Allow(ChangeTrigger.RequestAuthorization, Roles.ChangeManager)
        .AllowAnyone(ChangeTrigger.Vote)
        .Allow(ChangeTrigger.ConcludeAuthorized, Roles.ChangeManager)
        .Allow(ChangeTrigger.ConcludeRejected, Roles.ChangeManager)
        .Allow(ChangeTrigger.Authorize, Roles.ChangeManager)
        .Allow(ChangeTrigger.Reject, Roles.ChangeManager)
        .Allow(ChangeTrigger.Schedule, Roles.ChangeManager)
        .Allow(ChangeTrigger.Reschedule, Roles.ChangeManager)
        .Allow(ChangeTrigger.StartImplementation, Roles.Resolver, Roles.ChangeManager)
        .Allow(ChangeTrigger.ImplementNow, Roles.ChangeManager)
        .Allow(ChangeTrigger.Complete, Roles.Resolver, Roles.ChangeManager)
        .Allow(ChangeTrigger.ApproveRetrospectively, Roles.ChangeManager, Roles.CabMember)
        .Allow(ChangeTrigger.RecordReview, Roles.ChangeManager)
        .Allow(ChangeTrigger.Close, Roles.ChangeManager)
        .AllowAnyone(ChangeTrigger.Cancel)
        .Separate(ChangeTrigger.Cancel, ManagerOrRequesterCancels, static (change, actor) => actor.HasRole(Roles.ChangeManager) || actor.Id == change.Requester)
        .Allow(ChangeTrigger.Link, Roles.ChangeManager, Roles.ProblemManager, Roles.IncidentManager, Roles.Resolver)
        .Allow(ChangeTrigger.Advance, Roles.System))
        .Build();

    private static RolePolicy<Change, ChangeTrigger>.RolePolicyBuilder Approvals(RolePolicy<Change, ChangeTrigger>.RolePolicyBuilder builder) =>
        new[] { ChangeTrigger.Vote, ChangeTrigger.ConcludeAuthorized, ChangeTrigger.ConcludeRejected, ChangeTrigger.Authorize, ChangeTrigger.Reject, ChangeTrigger.ApproveRetrospectively }
            .Aggregate(builder, static (b, trigger) => b.Separate(trigger, IndependentApprover, static (change, actor) => change.IsIndependentOf(actor)));
}
