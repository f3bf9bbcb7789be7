using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>What a clock was doing during one stretch of time.</summary>
public enum SlaSegmentKind
{
    /// <summary>Running while the calendar was open: business time counted.</summary>
    Open = 0,

    /// <summary>Running while the calendar was closed: nothing counted.</summary>
    Closed = 1,

    /// <summary>Paused: nothing counted.</summary>
    Paused = 2,
}

/// <summary>
/// One stretch of a clock's history behind its figures, as <see cref="SlaClock.Explain"/> lists them.
/// </summary>
/// <param name="Interval">The stretch of time.</param>
/// <param name="Kind">Open, closed or paused.</param>
/// <param name="Cycle">The cycle it belongs to.</param>
/// <param name="CalendarId">The calendar in force.</param>
/// <param name="BusinessTime">The business time it measured: its length when open, else zero.</param>
/// <param name="Counted">Whether it counts towards the elapsed figure the explanation was asked for: it belongs to a
/// cycle the clock's <see cref="CycleCombination"/> counts and lies after that cycle's last
/// <see cref="RetroactiveMode.FromChange"/> retarget. The business time of the counted segments adds up to the figure.</param>
/// <remarks>Immutable and thread-safe; equality compares every value.</remarks>
public sealed record SlaSegment(Interval Interval, SlaSegmentKind Kind, int Cycle, string CalendarId, Duration BusinessTime, bool Counted);
