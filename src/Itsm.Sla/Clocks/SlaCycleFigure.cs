using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>One cycle of a clock and its own elapsed figure, as <see cref="SlaClock.CyclesAt"/> lists them.</summary>
/// <param name="Cycle">The cycle: 1, then one more for each reopen.</param>
/// <param name="StartedAt">When it began (the start or the reopen).</param>
/// <param name="EndedAt">When it was stopped or cancelled; null while it is open.</param>
/// <param name="Elapsed">Its elapsed business time, from its start or from its last
/// <see cref="RetroactiveMode.FromChange"/> retarget.</param>
/// <remarks>Immutable and thread-safe; equality compares every value.</remarks>
public sealed record SlaCycleFigure(int Cycle, Instant StartedAt, Instant? EndedAt, Duration Elapsed);
