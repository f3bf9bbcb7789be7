namespace Itsm.Sla.Clocks;

/// <summary>The lifecycle states of an <see cref="SlaClock"/>.</summary>
public enum SlaClockState
{
    /// <summary>Created; not counting yet.</summary>
    NotStarted = 0,

    /// <summary>Counting business time.</summary>
    Running = 1,

    /// <summary>Stopped counting for a while (waiting for the caller, a vendor...).</summary>
    Paused = 2,

    /// <summary>The measured thing happened (responded, resolved); a reopen starts a new cycle.</summary>
    Stopped = 3,

    /// <summary>The measurement no longer applies (a duplicate, logged in error). Final.</summary>
    Cancelled = 4,
}
