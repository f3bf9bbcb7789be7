using Itsm.Core.Actors;

namespace Itsm.Incidents;

/// <summary>The default role policy of known errors, following the source documents' roles.</summary>
public static class KnownErrorRoles
{
    /// <summary>
    /// Gets the default policy: the problem manager and resolvers draft known errors (through the problem's
    /// <see cref="Problem.IdentifyKnownError"/>) and revise drafts; the problem manager publishes, retires and supersedes
    /// them, making known errors available to incident management. A host replaces it with
    /// <c>KnownErrorRoles.Default.ToBuilder()</c>.
    /// </summary>
    public static RolePolicy<KnownError, KnownErrorTrigger> Default { get; } = RolePolicy.Builder<KnownError, KnownErrorTrigger>()
        .Allow(KnownErrorTrigger.Draft, Roles.ProblemManager, Roles.Resolver)
        .Allow(KnownErrorTrigger.Revise, Roles.ProblemManager, Roles.Resolver)
        .Allow(KnownErrorTrigger.Publish, Roles.ProblemManager)
        .Allow(KnownErrorTrigger.Retire, Roles.ProblemManager)
        .Allow(KnownErrorTrigger.Supersede, Roles.ProblemManager)
        .Build();
}
