using System.Collections.Generic;
using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>What a clock grain stores, written as one piece: the clock, what it has delivered and where its reminder
/// is armed. Because the delivered list is written with the clock, a transition is delivered at most once.</summary>
[GenerateSerializer]
internal sealed class SlaClockGrainState
{
    /// <summary>Gets or sets the clock's events as Itsm.Json writes them; null before the start.</summary>
    [Id(0)]
    public string? ClockJson { get; set; }

    /// <summary>Gets or sets the transitions delivered, in order.</summary>
    [Id(1)]
    public List<DeliveredTransition> Delivered { get; set; } = [];

    /// <summary>Gets or sets the first tick of the reminder as last registered; null when none is registered.</summary>
    [Id(2)]
    public Instant? ReminderDueAt { get; set; }
}
