namespace Itsm.Samples.Orleans.Clocks;

/// <summary>How clock grains arm their wake-ups.</summary>
internal sealed class SlaClockGrainOptions
{
    /// <summary>Gets or sets a value indicating whether a reminder backs every pending transition (the default). Without
    /// reminders only grain timers wake the clocks: cheaper, but a transition is lost with the silo that held its timer,
    /// and the grain must stay in memory until then. The load run measures both.</summary>
    public bool UseReminders { get; set; } = true;
}
