using Itsm.Core.Actors;

namespace Itsm.Configuration;

/// <summary>The default role policy of releases.</summary>
public static class ReleaseRoles
{
    /// <summary>The rule that a release is accepted or refused by its designated acceptor, never its builder.</summary>
    public const string DesignatedAcceptor = "a release is accepted or refused by its designated acceptor, who is not its builder";

    /// <summary>Gets the default policy: the release manager runs the release; release managers and resolvers record test
    /// results and link records; the designated acceptor (whatever their roles) accepts or refuses.</summary>
    public static RolePolicy<Release, ReleaseTrigger> Default { get; } = RolePolicy.Builder<Release, ReleaseTrigger>()
        .Allow(ReleaseTrigger.Plan, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.AddCriterion, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.Link, Roles.ReleaseManager, Roles.ChangeManager, Roles.ProblemManager)
        .Allow(ReleaseTrigger.StartBuild, Roles.ReleaseManager, Roles.Resolver)
        .Allow(ReleaseTrigger.StartTesting, Roles.ReleaseManager, Roles.Resolver)
        .Allow(ReleaseTrigger.RecordTestResult, Roles.ReleaseManager, Roles.Resolver)
        .Allow(ReleaseTrigger.RequestAcceptance, Roles.ReleaseManager)
        .AllowAnyone(ReleaseTrigger.Accept)
        .Separate(ReleaseTrigger.Accept, DesignatedAcceptor, static (release, actor) => release.IsAcceptor(actor.Id))
        .AllowAnyone(ReleaseTrigger.RefuseAcceptance)
        .Separate(ReleaseTrigger.RefuseAcceptance, DesignatedAcceptor, static (release, actor) => release.IsAcceptor(actor.Id))
        .Allow(ReleaseTrigger.Schedule, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.RecordBaseline, Roles.ReleaseManager, Roles.ConfigurationManager)
        .Allow(ReleaseTrigger.StartDeployment, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.CompleteDeployment, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.RollBack, Roles.ReleaseManager)
        .Allow(ReleaseTrigger.Verify, Roles.ReleaseManager, Roles.ConfigurationManager)
        .Allow(ReleaseTrigger.Close, Roles.ReleaseManager)
        .Build();
}
