namespace Itsm.Sla.Clocks;

/// <summary>How a retarget treats the time already measured.</summary>
public enum RetroactiveMode
{
    /// <summary>Keep the elapsed business time (and so the pauses) and apply the new target to it: the usual case for a
    /// priority change. Thresholds that already fired stay fired.</summary>
    FromOriginalStart = 0,

    /// <summary>Measure the new target from the change: the current cycle's elapsed time restarts at zero and every
    /// threshold is re-armed.</summary>
    FromChange = 1,
}
