namespace Itsm.Incidents;

/// <summary>The lifecycle states of an <see cref="Incident"/>.</summary>
public enum IncidentState
{
    /// <summary>Logged, not yet assigned.</summary>
    New = 0,

    /// <summary>Assigned to a group (and maybe a person) and being worked on.</summary>
    InProgress = 1,

    /// <summary>Waiting for the caller, a change, a problem or a vendor; the resolution clock is paused.</summary>
    OnHold = 2,

    /// <summary>A resolution is recorded; waiting for the caller's confirmation or the automatic close.</summary>
    Resolved = 3,

    /// <summary>Closed. Final.</summary>
    Closed = 4,

    /// <summary>Cancelled: a duplicate, logged in error, or withdrawn. Final.</summary>
    Cancelled = 5,
}
