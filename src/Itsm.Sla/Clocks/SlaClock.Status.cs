using System.Collections.Generic;
using NodaTime;

namespace Itsm.Sla.Clocks;

// Status queries: the figures at an instant, from the phase in force then.
public sealed partial class SlaClock
{
    /// <summary>
    /// The clock's figures at <paramref name="now"/>, reflecting every command dated at or before it (commands at
    /// equal instants apply in the order given, and count as one step for the breach). Costs one business-time query.
    /// </summary>
    /// <param name="now">The instant; before the clock's creation it reads as not started.</param>
    /// <returns>The status.</returns>
    public SlaStatus StatusAt(Instant now)
    {
        var phase = _phases[PhaseIndexAt(now)];
        bool running = phase.State == SlaClockState.Running;
        var cycleElapsed = phase.CycleElapsed;
        if (running && now > phase.From)
        {
            cycleElapsed += phase.Calendar.BusinessTimeBetween(phase.From, now);
        }

        var cycleBreach = phase.CycleBreachedAt ?? (phase.BreachStart is { } start && start <= now ? start : null);
        var finished = phase.Finished;

        Duration elapsed;
        Instant? breachedAt;
        switch (Combination)
        {
            case CycleCombination.Sum:
                elapsed = finished.Sum + cycleElapsed;
                breachedAt = Earliest(finished.EarliestBreachedAt, cycleBreach);
                break;
            case CycleCombination.Longest:
                elapsed = Duration.Max(finished.Max, cycleElapsed);
                breachedAt = Earliest(finished.EarliestBreachedAt, cycleBreach);
                break;
            case CycleCombination.First:
                elapsed = phase.Cycle <= 1 ? cycleElapsed : finished.FirstTotal;
                breachedAt = phase.Cycle <= 1 ? cycleBreach : finished.FirstBreachedAt;
                break;
            default:
                elapsed = cycleElapsed;
                breachedAt = cycleBreach;
                break;
        }

        // Only a phase that runs and measures has a due instant or a threshold still to fire (the fold leaves the others
        // without), so the next transition is read without asking the state again.
        Instant? next = null;
        if (breachedAt is null && phase.Due is { } pending && pending > now)
        {
            next = pending;
        }

        foreach (var threshold in phase.Thresholds)
        {
            if (threshold.FiresAt is { } at && at > now && (next is null || at < next))
            {
                next = at;
            }
        }

        return new SlaStatus(now, phase.State, phase.Cycle, phase.Target, phase.Due, elapsed, breachedAt, phase.Thresholds, next);
    }

    /// <summary>
    /// Every cycle's own elapsed figure at <paramref name="now"/>, oldest first: the figures the cycle combinations
    /// combine (<see cref="CycleCombination.First"/> is the first, <see cref="CycleCombination.Last"/> the last,
    /// <see cref="CycleCombination.Sum"/> their sum, <see cref="CycleCombination.Longest"/> the largest), so a host can
    /// show all four whatever the clock's own combination. A cycle's figure counts from its start, or from its last
    /// <see cref="RetroactiveMode.FromChange"/> retarget.
    /// </summary>
    /// <param name="now">The instant; reflects every command dated at or before it.</param>
    /// <returns>The cycles; empty before the start.</returns>
    public IReadOnlyList<SlaCycleFigure> CyclesAt(Instant now)
    {
        int last = PhaseIndexAt(now);
        var cycles = new List<SlaCycleFigure>();
        for (int i = 1; i <= last; i++)
        {
            var phase = _phases[i];
            if (phase.Cycle > 0 && (i == last || _phases[i + 1].Cycle != phase.Cycle))
            {
                // The cycle's last phase up to now: its figure is what that phase had, plus what it ran since.
                var end = i == last ? now : _phases[i + 1].From;
                var elapsed = phase.CycleElapsed + RunningTime(phase, end);
                var startedAt = _phases[FirstPhaseOf(phase.Cycle, i)].From;
                Instant? endedAt = phase.State is SlaClockState.Stopped or SlaClockState.Cancelled ? phase.From : null;
                cycles.Add(new SlaCycleFigure(phase.Cycle, startedAt, endedAt, elapsed));
            }
        }

        return cycles;
    }

    /// <summary>The index of the last phase begun at or before <paramref name="now"/>; the creation phase when none.</summary>
    private int PhaseIndexAt(Instant now)
    {
        for (int i = _phases.Count - 1; i > 0; i--)
        {
            if (_phases[i].From <= now)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The index of the phase that began cycle <paramref name="cycle"/>, searching back from <paramref name="from"/>.</summary>
    private int FirstPhaseOf(int cycle, int from)
    {
        int first = from;
        while (first > 0 && _phases[first - 1].Cycle == cycle)
        {
            first--;
        }

        return first;
    }
}
