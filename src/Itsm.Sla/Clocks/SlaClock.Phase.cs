using System.Collections.Immutable;
using Itsm.Calendars;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

public sealed partial class SlaClock
{
    /// <summary>
    /// The clock between two commands: everything a status needs, computed once when the command is applied, so a
    /// status costs one business-time query.
    /// </summary>
    private sealed class Phase
    {
        // Instants with flags rather than Instant? (16 bytes each instead of 24): a host holds millions of phases.
        private readonly Instant _due;
        private readonly Instant _cycleBreachedAt;
        private readonly bool _hasDue;
        private readonly bool _hasCycleBreachedAt;

        /// <summary>Gets the instant of the command that began the phase.</summary>
        public required Instant From { get; init; }

        public required SlaClockState State { get; init; }

        /// <summary>Gets the cycle, from 1 (0 before the start).</summary>
        public required int Cycle { get; init; }

        /// <summary>Gets the index of the first phase whose running time counts for the current cycle's elapsed figure
        /// (the start, the reopen, or the last FromChange retarget).</summary>
        public required int CycleMeasureStart { get; init; }

        /// <summary>Gets the target in force; its calendar is the calendar the clock counts on.</summary>
        public required SlaTarget Target { get; init; }

        /// <summary>Gets the current cycle's elapsed business time at <see cref="From"/> (since the cycle began or its last
        /// FromChange retarget).</summary>
        public required Duration CycleElapsed { get; init; }

        /// <summary>Gets the due instant while running and measuring (the instant the target was reached when it was
        /// reached before <see cref="From"/>); null in every other phase (before the start, paused, stopped, cancelled, and
        /// in later cycles of a First clock), which is what lets the status and the breach read it without asking the
        /// state again.</summary>
        public required Instant? Due
        {
            get => _hasDue ? _due : null;
            init => (_due, _hasDue) = (value.GetValueOrDefault(), value.HasValue);
        }

        /// <summary>Gets when the current cycle breached, if it had before <see cref="From"/>.</summary>
        public required Instant? CycleBreachedAt
        {
            get => _hasCycleBreachedAt ? _cycleBreachedAt : null;
            init => (_cycleBreachedAt, _hasCycleBreachedAt) = (value.GetValueOrDefault(), value.HasValue);
        }

        /// <summary>Gets the finished cycles' figures; shared by every phase of one cycle.</summary>
        public required FinishedCycles Finished { get; init; }

        /// <summary>Gets the thresholds as of <see cref="From"/>: fired, projected, or neither.</summary>
        public required ImmutableArray<ThresholdStatus> Thresholds { get; init; }

        public BusinessCalendar Calendar => Target.Calendar;

        /// <summary>Gets the instant this phase breaches its cycle if it runs on: its due instant, or its own start when
        /// the target was already reached (a command brought the clock there); null when it does not measure while running
        /// (it has no <see cref="Due"/> then).</summary>
        public Instant? BreachStart => Due is { } due ? Instant.Max(due, From) : null;
    }

    /// <summary>The phases, oldest first, in one array grown by doubling from two (a running clock holds two): a list
    /// without the list object, since a host holds millions of clocks.</summary>
    private struct PhaseList
    {
        private Phase[]? _items;

        public int Count { get; private set; }

        public readonly Phase this[int index] => _items![index];

        public void Add(Phase phase)
        {
            if (_items is null)
            {
                _items = new Phase[2];
            }
            else if (Count == _items.Length)
            {
                System.Array.Resize(ref _items, Count * 2);
            }

            _items[Count++] = phase;
        }
    }

    /// <summary>What the cycles before the current one add up to; one instance per reopen, shared by its phases.</summary>
    private sealed class FinishedCycles
    {
        public static readonly FinishedCycles None = new();

        /// <summary>Gets the sum of the finished cycles' elapsed business time.</summary>
        public Duration Sum { get; private init; }

        /// <summary>Gets the largest finished cycle's elapsed business time.</summary>
        public Duration Max { get; private init; }

        /// <summary>Gets the first cycle's elapsed business time once it has finished.</summary>
        public Duration FirstTotal { get; private init; }

        /// <summary>Gets when the first cycle breached, once it has finished.</summary>
        public Instant? FirstBreachedAt { get; private init; }

        /// <summary>Gets the earliest breach of the finished cycles.</summary>
        public Instant? EarliestBreachedAt { get; private init; }

        /// <summary>The figures after one more cycle finished.</summary>
        public FinishedCycles After(int cycle, Duration elapsed, Instant? breachedAt) => new()
        {
            Sum = Sum + elapsed,
            Max = Duration.Max(Max, elapsed),
            FirstTotal = cycle == 1 ? elapsed : FirstTotal,
            FirstBreachedAt = cycle == 1 ? breachedAt : FirstBreachedAt,
            EarliestBreachedAt = Earliest(EarliestBreachedAt, breachedAt),
        };
    }
}
