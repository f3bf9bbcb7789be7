using System.Collections.Generic;
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
    private sealed record Phase
    {
        /// <summary>Gets the instant of the command that began the phase.</summary>
        public required Instant From { get; init; }

        public required SlaClockState State { get; init; }

        /// <summary>Gets the cycle, from 1 (0 before the start).</summary>
        public required int Cycle { get; init; }

        public required SlaTarget Target { get; init; }

        public required BusinessCalendar Calendar { get; init; }

        /// <summary>Gets the current cycle's elapsed business time at <see cref="From"/> (since the cycle began or its last
        /// FromChange retarget).</summary>
        public required Duration CycleElapsed { get; init; }

        /// <summary>Gets the sum of the finished cycles' elapsed business time.</summary>
        public required Duration PriorSum { get; init; }

        /// <summary>Gets the largest finished cycle's elapsed business time.</summary>
        public required Duration PriorMax { get; init; }

        /// <summary>Gets the first cycle's elapsed business time once it has finished.</summary>
        public required Duration? FirstCycleTotal { get; init; }

        /// <summary>Gets the index of the first phase whose running time counts for the current cycle's elapsed figure.</summary>
        public required int CycleMeasureStart { get; init; }

        /// <summary>Gets a value indicating whether this phase measures against the target (false before the start, for
        /// stopped and cancelled clocks, and for later cycles of a First clock).</summary>
        public required bool Measuring { get; init; }

        /// <summary>Gets the due instant while running and measuring.</summary>
        public required Instant? Due { get; init; }

        /// <summary>Gets when the current cycle breached, if it had by <see cref="From"/>.</summary>
        public required Instant? CycleBreachedAt { get; init; }

        /// <summary>Gets when the first cycle breached, if it had by <see cref="From"/>.</summary>
        public required Instant? FirstCycleBreachedAt { get; init; }

        /// <summary>Gets the earliest breach of any cycle by <see cref="From"/>.</summary>
        public required Instant? EarliestBreachedAt { get; init; }

        public required IReadOnlyList<ThresholdStatus> Thresholds { get; init; }

        /// <summary>Gets the base the current cycle's elapsed adds to for the target: the earlier cycles under Sum.</summary>
        public Duration Base(CycleCombination combination) => combination == CycleCombination.Sum ? PriorSum : Duration.Zero;
    }
}
