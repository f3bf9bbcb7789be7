using System;
using System.Collections.Immutable;
using Itsm.Sla.Targets;
using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>What a clock measures: a metric, an amount of business time on a calendar of
/// <see cref="SampleCalendars"/>, and warning thresholds in percent of the amount.</summary>
[GenerateSerializer, Immutable]
internal sealed record ClockDefinition
{
    /// <summary>Gets the metric's name: <c>response</c>, <c>resolution</c> or another.</summary>
    [Id(0)]
    public required string Metric { get; init; }

    /// <summary>Gets the amount of business time allowed.</summary>
    [Id(1)]
    public required Duration Amount { get; init; }

    /// <summary>Gets the id of the calendar the time counts on.</summary>
    [Id(2)]
    public string Calendar { get; init; } = SampleCalendars.AlwaysOpen;

    /// <summary>Gets the warning thresholds, in percent of the amount.</summary>
    [Id(3)]
    public ImmutableArray<decimal> Percents { get; init; } = [50, 75, 90];

    /// <summary>A resolution target of <paramref name="seconds"/> seconds on the always-open calendar, warning at 50, 75
    /// and 90 %.</summary>
    public static ClockDefinition Seconds(double seconds) =>
        new() { Metric = SlaMetric.Resolution.Name, Amount = Duration.FromSeconds(seconds) };
}

/// <summary>The figures of a clock at one instant, as a grain returns them.</summary>
[GenerateSerializer, Immutable]
internal sealed record SlaClockView
{
    /// <summary>Gets the clock's id.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>Gets the instant the figures are for.</summary>
    [Id(1)]
    public Instant At { get; init; }

    /// <summary>Gets the state: <c>NotStarted</c>, <c>Running</c>, <c>Paused</c>, <c>Stopped</c> or <c>Cancelled</c>.</summary>
    [Id(2)]
    public required string State { get; init; }

    /// <summary>Gets the cycle: 1, then one more for each reopen; 0 before the start.</summary>
    [Id(3)]
    public int Cycle { get; init; }

    /// <summary>Gets the instant the target is reached if the clock keeps running; null when it is not running.</summary>
    [Id(4)]
    public Instant? Due { get; init; }

    /// <summary>Gets the business time measured.</summary>
    [Id(5)]
    public Duration Elapsed { get; init; }

    /// <summary>Gets the instant the breach began; null when not breached.</summary>
    [Id(6)]
    public Instant? BreachedAt { get; init; }

    /// <summary>Gets the next instant a threshold fires or the breach begins without a command; null when none will.</summary>
    [Id(7)]
    public Instant? NextTransitionAt { get; init; }

    /// <summary>Gets the number of events the clock has recorded.</summary>
    [Id(8)]
    public long Version { get; init; }

    /// <summary>Gets the silo the clock's grain runs on.</summary>
    [Id(9)]
    public string? Silo { get; init; }

    /// <summary>Gets a value indicating whether the clock is breached.</summary>
    public bool IsBreached => BreachedAt is not null;
}

/// <summary>How a delivery came about.</summary>
[GenerateSerializer]
internal enum DeliveryPath
{
    /// <summary>A grain timer armed for a transition less than a reminder period away.</summary>
    Timer = 0,

    /// <summary>A reminder tick (the durable path: it survives the silo).</summary>
    Reminder = 1,

    /// <summary>A command found the transition due before applying itself.</summary>
    Command = 2,

    /// <summary>The grain's activation found the transition due (for example after its silo went away).</summary>
    Activation = 3,
}

/// <summary>A warning or breach the grain delivered: stored with the clock before anyone is told, so never twice.</summary>
[GenerateSerializer, Immutable]
internal sealed record DeliveredTransition
{
    /// <summary>The <see cref="What"/> of a breach.</summary>
    public const string Breach = "breach";

    /// <summary>Gets the cycle it belongs to.</summary>
    [Id(0)]
    public int Cycle { get; init; }

    /// <summary>Gets what fired: a threshold such as <c>50 %</c>, or <see cref="Breach"/>.</summary>
    [Id(1)]
    public required string What { get; init; }

    /// <summary>Gets the instant it fired, as the clock computes it.</summary>
    [Id(2)]
    public Instant FiredAt { get; init; }

    /// <summary>Gets the instant the grain found it due and delivered it (stored with it, so the write comes after):
    /// never before <see cref="FiredAt"/>.</summary>
    [Id(3)]
    public Instant DeliveredAt { get; init; }

    /// <summary>Gets how it was delivered.</summary>
    [Id(4)]
    public DeliveryPath Path { get; init; }

    /// <summary>Gets how late the delivery was.</summary>
    public Duration Lateness => DeliveredAt - FiredAt;

    /// <summary>Formats the transition, for example <c>cycle 1 75 % at 2026-03-02T09:00:06Z (timer, 3 ms late)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"cycle {Cycle} {What} at {FiredAt} ({Path.ToString().ToLowerInvariant()}, {Lateness.TotalMilliseconds:0} ms late)");
}
