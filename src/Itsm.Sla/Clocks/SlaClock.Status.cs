using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>Status queries: the figures at an instant, from the phase in force then.</summary>
public sealed partial class SlaClock
{
    /// <summary>
    /// The clock's figures at <paramref name="now"/>, reflecting every command dated at or before it (commands at
    /// equal instants apply in the order given). Costs one business-time query.
    /// </summary>
    /// <param name="now">The instant; before the clock's creation it reads as not started.</param>
    /// <returns>The status.</returns>
    public SlaStatus StatusAt(Instant now)
    {
        var phase = PhaseAt(now);
        bool running = phase.State == SlaClockState.Running;
        var cycleElapsed = phase.CycleElapsed;
        if (running && now > phase.From)
        {
            cycleElapsed += phase.Calendar.BusinessTimeBetween(phase.From, now);
        }

        var cycleBreach = phase.CycleBreachedAt
            ?? (running && phase.Measuring && phase.Due is { } due && due <= now ? due : null);

        Duration elapsed;
        Instant? breachedAt;
        switch (Combination)
        {
            case CycleCombination.Sum:
                elapsed = phase.PriorSum + cycleElapsed;
                breachedAt = Earliest(phase.EarliestBreachedAt, cycleBreach);
                break;
            case CycleCombination.Longest:
                elapsed = Duration.Max(phase.PriorMax, cycleElapsed);
                breachedAt = Earliest(phase.EarliestBreachedAt, cycleBreach);
                break;
            case CycleCombination.First:
                elapsed = phase.Cycle <= 1 ? cycleElapsed : phase.FirstCycleTotal!.Value;
                breachedAt = phase.Cycle <= 1 ? cycleBreach : phase.FirstCycleBreachedAt;
                break;
            default:
                elapsed = cycleElapsed;
                breachedAt = cycleBreach;
                break;
        }

        Instant? next = null;
        if (running && phase.Measuring)
        {
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
        }

        return new SlaStatus(
            now,
            phase.State,
            phase.Cycle,
            phase.Target,
            running && phase.Measuring ? phase.Due : null,
            elapsed,
            breachedAt is not null,
            breachedAt,
            phase.Thresholds,
            next);
    }

    /// <summary>The last phase begun at or before <paramref name="now"/>; the creation phase when none.</summary>
    private Phase PhaseAt(Instant now)
    {
        for (int i = _phases.Count - 1; i > 0; i--)
        {
            if (_phases[i].From <= now)
            {
                return _phases[i];
            }
        }

        return _phases[0];
    }
}
