namespace Itsm.Incidents;

/// <summary>Why an incident waits.</summary>
public enum HoldReason
{
    /// <summary>Waiting for the caller (information, a test, access).</summary>
    AwaitingCaller = 1,

    /// <summary>Waiting for a change to be implemented.</summary>
    AwaitingChange = 2,

    /// <summary>Waiting for a problem to be solved.</summary>
    AwaitingProblem = 3,

    /// <summary>Waiting for a vendor.</summary>
    AwaitingVendor = 4,
}

/// <summary>Why an incident is cancelled.</summary>
public enum CancelReason
{
    /// <summary>A duplicate of another incident (named in the command).</summary>
    Duplicate = 1,

    /// <summary>Logged in error.</summary>
    LoggedInError = 2,

    /// <summary>Withdrawn by the caller.</summary>
    WithdrawnByCaller = 3,
}

/// <summary>How an incident was closed.</summary>
public enum ClosureKind
{
    /// <summary>The caller confirmed the resolution.</summary>
    CallerConfirmed = 1,

    /// <summary>Closed automatically after the configured number of business days without a reply.</summary>
    Automatic = 2,
}
