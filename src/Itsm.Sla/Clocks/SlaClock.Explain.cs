using System.Collections.Generic;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>Explanations: the segments behind the figures.</summary>
public sealed partial class SlaClock
{
    /// <summary>
    /// Lists the stretches of time behind the figures up to <paramref name="now"/>: while running, the calendar's open
    /// and closed stretches; while paused, one paused stretch per pause. Stopped, cancelled and not-started time is
    /// not listed. The open stretches of the cycles that count add up to the elapsed figure.
    /// </summary>
    /// <param name="now">The instant to explain up to.</param>
    /// <returns>The segments in time order; touching segments of the same kind, cycle and calendar are joined.</returns>
    public IReadOnlyList<SlaSegment> Explain(Instant now)
    {
        var segments = new List<SlaSegment>();

        // Joins a segment to the previous one when a command (a retarget, say) split what reads as one stretch.
        void Add(SlaSegment segment)
        {
            if (segments.Count > 0 && segments[^1] is var last && last.Interval.End == segment.Interval.Start
                && last.Kind == segment.Kind && last.Cycle == segment.Cycle && last.CalendarId == segment.CalendarId)
            {
                segments[^1] = last with { Interval = new Interval(last.Interval.Start, segment.Interval.End), BusinessTime = last.BusinessTime + segment.BusinessTime };
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

            if (phase.State == SlaClockState.Paused)
            {
                Add(new SlaSegment(new Interval(phase.From, end), SlaSegmentKind.Paused, phase.Cycle, phase.Calendar.Id, Duration.Zero));
            }
            else if (phase.State == SlaClockState.Running)
            {
                var cursor = phase.From;
                foreach (var open in phase.Calendar.OpenIntervals(new Interval(phase.From, end)))
                {
                    if (open.Start > cursor)
                    {
                        Add(new SlaSegment(new Interval(cursor, open.Start), SlaSegmentKind.Closed, phase.Cycle, phase.Calendar.Id, Duration.Zero));
                    }

                    Add(new SlaSegment(open, SlaSegmentKind.Open, phase.Cycle, phase.Calendar.Id, open.Duration));
                    cursor = open.End;
                }

                if (cursor < end)
                {
                    Add(new SlaSegment(new Interval(cursor, end), SlaSegmentKind.Closed, phase.Cycle, phase.Calendar.Id, Duration.Zero));
                }
            }
        }

        return segments;
    }
}
