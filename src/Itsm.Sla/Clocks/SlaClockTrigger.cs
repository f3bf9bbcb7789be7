namespace Itsm.Sla.Clocks;

/// <summary>The commands of an <see cref="SlaClock"/>, as lifecycle triggers.</summary>
public enum SlaClockTrigger
{
    /// <summary>Start counting.</summary>
    Start,

    /// <summary>Stop counting for a while.</summary>
    Pause,

    /// <summary>Count again after a pause.</summary>
    Resume,

    /// <summary>The measured thing happened.</summary>
    Stop,

    /// <summary>The measurement no longer applies.</summary>
    Cancel,

    /// <summary>Start a new cycle after a stop.</summary>
    Reopen,

    /// <summary>Measure against another target (a priority change).</summary>
    Retarget,

    /// <summary>Count the rest on another calendar.</summary>
    ChangeCalendar,
}
