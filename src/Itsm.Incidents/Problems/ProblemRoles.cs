using Itsm.Core.Actors;

namespace Itsm.Incidents;

/// <summary>The default role policy of problems, following the source documents' roles.</summary>
public static class ProblemRoles
{
    /// <summary>The segregation-of-duties rule on <see cref="ProblemTrigger.AcceptRisk"/> in <see cref="Default"/>.</summary>
    public const string IndependentRiskApproval = "the approver of a risk acceptance is neither the problem's owner nor the actor who proposed it";

    /// <summary>
    /// Gets the default policy. The problem manager drives problems: logs, assesses, starts analysis, resolves,
    /// reanalyses, marks duplicates, cancels and proposes risk acceptance, and may do what resolvers do. Resolvers analyse:
    /// they log problems, link incidents, record trend justifications, identify known errors, record root causes and escalate
    /// (as the problem manager does). The
    /// incident manager and the service desk log problems (incident manager), link incidents and record recurrences; the
    /// change manager (or the problem manager) starts the fix by linking its change. A risk acceptance is approved or
    /// declined by a process owner, the management representative or top management, and
    /// <see cref="IndependentRiskApproval"/> (on by default): the approver is neither the owner nor the proposer. Only the
    /// system advances time and closes after the observation period. A host replaces it with
    /// <c>ProblemRoles.Default.ToBuilder()</c> (for example <c>.WithoutSegregation(ProblemTrigger.AcceptRisk)</c>).
    /// </summary>
    public static RolePolicy<Problem, ProblemTrigger> Default { get; } = RolePolicy.Builder<Problem, ProblemTrigger>()
        .Allow(ProblemTrigger.Log, Roles.ProblemManager, Roles.Resolver, Roles.IncidentManager)
        .Allow(ProblemTrigger.LinkIncident, Roles.ProblemManager, Roles.Resolver, Roles.IncidentManager, Roles.ServiceDeskAgent)
        .Allow(ProblemTrigger.RecordTrendJustification, Roles.ProblemManager, Roles.Resolver)
        .Allow(ProblemTrigger.StartAssessment, Roles.ProblemManager)
        .Allow(ProblemTrigger.StartRootCauseAnalysis, Roles.ProblemManager)
        .Allow(ProblemTrigger.IdentifyKnownError, Roles.ProblemManager, Roles.Resolver)
        .Allow(ProblemTrigger.RecordRootCause, Roles.ProblemManager, Roles.Resolver)
        .Allow(ProblemTrigger.StartFix, Roles.ChangeManager, Roles.ProblemManager)
        .Allow(ProblemTrigger.Resolve, Roles.ProblemManager)
        .Allow(ProblemTrigger.Close, Roles.System)
        .Allow(ProblemTrigger.RecordRecurrence, Roles.ProblemManager, Roles.Resolver, Roles.IncidentManager, Roles.ServiceDeskAgent)
        .Allow(ProblemTrigger.Reanalyse, Roles.ProblemManager)
        .Allow(ProblemTrigger.Escalate, Roles.ProblemManager, Roles.Resolver)
        .Allow(ProblemTrigger.MarkDuplicate, Roles.ProblemManager)
        .Allow(ProblemTrigger.Cancel, Roles.ProblemManager)
        .Allow(ProblemTrigger.ProposeRiskAcceptance, Roles.ProblemManager)
        .Allow(ProblemTrigger.DeclineRiskAcceptance, Roles.ProcessOwner, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(ProblemTrigger.AcceptRisk, Roles.ProcessOwner, Roles.ManagementRepresentative, Roles.TopManagement)
        .Separate(ProblemTrigger.AcceptRisk, IndependentRiskApproval, (problem, approver) =>
            !approver.Equals(problem.Owner) && !approver.Equals(problem.RiskAcceptance?.ProposedBy))
        .Allow(ProblemTrigger.Advance, Roles.System)
        .Build();
}
