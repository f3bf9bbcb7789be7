using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>The lifecycle states of a <see cref="Release"/>.</summary>
public enum ReleaseState
{
    /// <summary>Planned: scope, changes, criteria, builder and acceptor named.</summary>
    Planned = 0,

    /// <summary>Being built.</summary>
    Building = 1,

    /// <summary>Being tested against its acceptance criteria.</summary>
    Testing = 2,

    /// <summary>Waiting for its designated acceptor.</summary>
    AwaitingAcceptance = 3,

    /// <summary>Accepted: every criterion passed, or a decision to proceed recorded.</summary>
    Accepted = 4,

    /// <summary>Scheduled for deployment in a window.</summary>
    Scheduled = 5,

    /// <summary>Being deployed; a baseline of its items was captured first.</summary>
    Deploying = 6,

    /// <summary>Deployed (perhaps with a remedy recorded).</summary>
    Deployed = 7,

    /// <summary>Verified in production, with the configuration items' updates recorded.</summary>
    Verified = 8,

    /// <summary>Closed (final).</summary>
    Closed = 9,

    /// <summary>The deployment failed and was rolled back (recorded); closed from here.</summary>
    RolledBack = 10,
}

/// <summary>The kinds of release.</summary>
public enum ReleaseType
{
    /// <summary>A major release: new or much changed functionality.</summary>
    Major = 1,

    /// <summary>A minor release: small enhancements and fixes.</summary>
    Minor = 2,

    /// <summary>An emergency release: a fix that cannot wait.</summary>
    Emergency = 3,
}

/// <summary>The commands of a <see cref="Release"/>.</summary>
public enum ReleaseTrigger
{
    /// <summary>Plan a release.</summary>
    Plan,

    /// <summary>Add an acceptance criterion (before acceptance is requested).</summary>
    AddCriterion,

    /// <summary>Link another authorised change, a problem or a known error the release closes.</summary>
    Link,

    /// <summary>Start building.</summary>
    StartBuild,

    /// <summary>Start testing.</summary>
    StartTesting,

    /// <summary>Record a criterion's test result.</summary>
    RecordTestResult,

    /// <summary>Ask the designated acceptor to accept.</summary>
    RequestAcceptance,

    /// <summary>Accept (the designated acceptor).</summary>
    Accept,

    /// <summary>Refuse acceptance: back to building (the designated acceptor).</summary>
    RefuseAcceptance,

    /// <summary>Schedule the deployment in a window.</summary>
    Schedule,

    /// <summary>Record the baseline of the affected items captured before deployment.</summary>
    RecordBaseline,

    /// <summary>Start deploying (a baseline is recorded).</summary>
    StartDeployment,

    /// <summary>Complete the deployment (a remedy recorded if it needed one).</summary>
    CompleteDeployment,

    /// <summary>Roll a failed deployment back (recorded).</summary>
    RollBack,

    /// <summary>Verify the deployment, recording the items' updates.</summary>
    Verify,

    /// <summary>Close a verified or rolled-back release.</summary>
    Close,
}

/// <summary>An acceptance criterion's latest test result.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Evidence">What shows it.</param>
/// <param name="By">Who tested (an actor id).</param>
/// <param name="At">When.</param>
public sealed record CriterionResult(string Criterion, bool Passed, string Evidence, string By, Instant At);

/// <summary>The acceptance of a release.</summary>
/// <param name="By">The designated acceptor (an actor id).</param>
/// <param name="At">When.</param>
/// <param name="DecisionToProceed">The recorded decision to proceed although some criteria did not pass; null when
/// every criterion passed.</param>
public sealed record ReleaseAcceptance(string By, Instant At, string? DecisionToProceed);

/// <summary>The version of a configuration item a release's baseline holds, or a deployment led to.</summary>
/// <param name="Item">The item.</param>
/// <param name="Version">Its version number.</param>
public readonly record struct ItemVersion(Id<Kinds.ConfigurationItem> Item, int Version);
