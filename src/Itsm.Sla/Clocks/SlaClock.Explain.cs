using System.Collections.Generic;
using NodaTime;

namespace Itsm.Sla.Clocks;

// Explanations: the segments behind the figures.
public sealed partial class SlaClock
{
    /// <summary>
    /// Lists the stretches of time behind the figures up to <paramref name="now"/>: while running, the calendar's open
    /// and closed stretches; while paused, one paused stretch per pause. Stopped, cancelled and not-started time is
    /// not listed. <see cref="SlaSegment.Counted"/> marks the stretches that count towards the elapsed figure of
    /// <see cref="StatusAt"/> at <paramref name="now"/> under the clock's <see cref="CycleCombination"/> (after a
    /// <see cref="RetroactiveMode.FromChange"/> retarget, only the stretches since it): their business time adds up to
    /// that figure.
    /// </summary>
    /// <param name="now">The instant to explain up to; reflects every command dated at or before it.</param>
    /// <returns>The segments in time order; touching segments of the same kind, cycle, calendar and counting are joined.</returns>
    public IReadOnlyList<SlaSegment> Explain(Instant now)
    {
        int last = PhaseIndexAt(now);
        int countedCycle = CountedCycle(now, last);
        var segments = new List<SlaSegment>();

        // Joins a segment to the previous one when a command (a retarget, say) split what reads as one stretch.
        void Add(SlaSegment segment)
        {
            if (segments.Count > 0 && segments[^1] is var previous && previous.Interval.End == segment.Interval.Start
                && previous.Kind == segment.Kind && previous.Cycle == segment.Cycle && previous.CalendarId == segment.CalendarId
                && previous.Counted == segment.Counted)
            {
                segments[^1] = previous with { Interval = new Interval(previous.Interval.Start, segment.Interval.End), BusinessTime = previous.BusinessTime + segment.BusinessTime };
                return;
            }

            segments.Add(segment);
        }

        for (int i = 0; i < _phases.Count && _phases[i].From < now; i++)
        {
            var phase = _phases[i];
            var end = i + 1 < _phases.Count && _phases[i + 1].From < now ? _phases[i + 1].From : now;
            if (end <= phase.From)
            {
                continue;
            }

            bool counted = phase.Cycle >= 1 && (countedCycle == 0 || countedCycle == phase.Cycle) && i >= ResetOf(phase.Cycle, last);
            string calendar = phase.Calendar.Id;
            if (phase.State == SlaClockState.Paused)
            {
                Add(new SlaSegment(new Interval(phase.From, end), SlaSegmentKind.Paused, phase.Cycle, calendar, Duration.Zero, counted));
            }
            else if (phase.State == SlaClockState.Running)
            {
                var cursor = phase.From;
                foreach (var open in phase.Calendar.OpenIntervals(new Interval(phase.From, end)))
                {
                    if (open.Start > cursor)
                    {
                        Add(new SlaSegment(new Interval(cursor, open.Start), SlaSegmentKind.Closed, phase.Cycle, calendar, Duration.Zero, counted));
                    }

                    Add(new SlaSegment(open, SlaSegmentKind.Open, phase.Cycle, calendar, open.Duration, counted));
                    cursor = open.End;
                }

                if (cursor < end)
                {
                    Add(new SlaSegment(new Interval(cursor, end), SlaSegmentKind.Closed, phase.Cycle, calendar, Duration.Zero, counted));
                }
            }
        }

        return segments;
    }

    /// <summary>The cycle whose stretches make the elapsed figure at <paramref name="now"/>, or 0 for every cycle (Sum):
    /// the current one (Last), the first (First), or the largest so far (Longest; the earliest of equals).</summary>
    private int CountedCycle(Instant now, int last)
    {
        switch (Combination)
        {
            case CycleCombination.Sum:
                return 0;
            case CycleCombination.First:
                return 1;
            case CycleCombination.Longest:
                int largest = 1;
                var most = Duration.MinValue;
                foreach (var cycle in CyclesAt(now))
                {
                    if (cycle.Elapsed > most)
                    {
                        (largest, most) = (cycle.Cycle, cycle.Elapsed);
                    }
                }

                return largest;
            default:
                return _phases[last].Cycle;
        }
    }
}
