using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Itsm.Calendars;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

// The fold: each event turns the last phase into the next, with due and threshold instants computed once.
public sealed partial class SlaClock
{
    /// <inheritdoc />
    protected override void ApplyCreation(SlaClockEvent domainEvent)
    {
        var created = (SlaClockCreated)domainEvent;
        _id = created.ClockId;
        Combination = created.Combination;
        _phases.Add(NotStartedPhase(created.Target));
    }

    /// <inheritdoc />
    protected override void Apply(SlaClockEvent domainEvent)
    {
        var trigger = TriggerOf(domainEvent) ?? throw History(domainEvent, $"{domainEvent.GetType().Name} is not an SLA clock event this version knows");
        var state = Follow(SlaClockLifecycle.Instance, domainEvent, Current.State, trigger);

        _phases.Add(Next(domainEvent, state));
    }

    private static SlaClockTrigger? TriggerOf(SlaClockEvent domainEvent) => domainEvent switch
    {
        SlaClockStarted => SlaClockTrigger.Start,
        SlaClockPaused => SlaClockTrigger.Pause,
        SlaClockResumed => SlaClockTrigger.Resume,
        SlaClockStopped => SlaClockTrigger.Stop,
        SlaClockCancelled => SlaClockTrigger.Cancel,
        SlaClockReopened => SlaClockTrigger.Reopen,
        SlaClockRetargeted => SlaClockTrigger.Retarget,
        SlaClockCalendarChanged => SlaClockTrigger.ChangeCalendar,
        _ => null,
    };

    /// <summary>
    /// The phase of a clock created and not started, with its thresholds unprojected; built once per target and shared
    /// by every clock of that target (nothing in it is the clock's own: its instant is never read, since statuses before
    /// the first command read as not started anyway).
    /// </summary>
    private static Phase NotStartedPhase(SlaTarget target) => NotStartedPhases.GetValue(target, static t => new Phase
    {
        From = Instant.MinValue,
        State = SlaClockState.NotStarted,
        Cycle = 0,
        CycleMeasureStart = 0,
        Target = t,
        CycleElapsed = Duration.Zero,
        Due = null,
        CycleBreachedAt = null,
        Finished = FinishedCycles.None,
        Thresholds = [.. t.Thresholds.Select((threshold, i) => new ThresholdStatus(threshold, t.Levels[i], null, passedOnAttach: false))],
    });

    private Phase Next(SlaClockEvent domainEvent, SlaClockState state)
    {
        var prev = Current;
        var from = domainEvent.At;
        int index = _phases.Count;

        // What happened while the previous phase ran, up to this command. A breach needs the clock Running with its
        // target reached once every command of an instant has been applied, so only a breach strictly before this
        // command's instant counts here; StatusAt judges the last phase of an instant.
        var cycleElapsed = prev.CycleElapsed + RunningTime(prev, from);
        var cycleBreach = prev.CycleBreachedAt ?? (prev.BreachStart is { } breach && breach < from ? breach : null);

        var target = prev.Target;
        int cycle = prev.Cycle;
        var finished = prev.Finished;
        int measureStart = prev.CycleMeasureStart;
        var arming = Arming.Keep;

        switch (domainEvent)
        {
            case SlaClockStarted:
                cycle = 1;
                measureStart = index;
                arming = Arming.Rearm;
                break;
            case SlaClockReopened:
                finished = finished.After(cycle, cycleElapsed, cycleBreach);
                cycleElapsed = Duration.Zero;
                cycleBreach = null;
                cycle++;
                measureStart = index;
                arming = Arming.Rearm;
                break;
            case SlaClockRetargeted retargeted:
                target = retargeted.Target;
                if (retargeted.Mode == RetroactiveMode.FromChange)
                {
                    cycleElapsed = Duration.Zero;
                    measureStart = index;
                    arming = Arming.Rearm;
                }
                else
                {
                    arming = Arming.KeepFired;
                }

                break;
            case SlaClockCalendarChanged changed:
                target = target.WithCalendar(changed.Calendar);
                break;
        }

        bool measuring = state is SlaClockState.Running or SlaClockState.Paused
            && !(Combination == CycleCombination.First && cycle > 1);
        bool running = state == SlaClockState.Running && measuring;
        var measured = (Combination == CycleCombination.Sum ? finished.Sum : Duration.Zero) + cycleElapsed;
        var context = new Context(cycle, measureStart, from, target.Calendar, measured, running);

        return new Phase
        {
            From = from,
            State = state,
            Cycle = cycle,
            CycleMeasureStart = measureStart,
            Target = target,
            CycleElapsed = cycleElapsed,
            Due = running ? LevelReachedAt(context, target.Amount) : null,
            CycleBreachedAt = cycleBreach,
            Finished = finished,
            Thresholds = Combination == CycleCombination.First && cycle > 1
                ? prev.Thresholds // the first cycle's, as it ended: later cycles' thresholds never fire
                : Thresholds(prev, target, context, arming, measuring),
        };
    }

    private enum Arming
    {
        /// <summary>Thresholds keep their state; unfired ones are projected again (pause, resume, stop, calendar change).</summary>
        Keep,

        /// <summary>Fired thresholds stay fired; the others are attached afresh (a FromOriginalStart retarget).</summary>
        KeepFired,

        /// <summary>Every threshold is attached afresh (start, reopen, a FromChange retarget).</summary>
        Rearm,
    }

    /// <summary>What a phase being built knows about its measurement.</summary>
    private readonly record struct Context(int Cycle, int MeasureStart, Instant From, BusinessCalendar Calendar, Duration Measured, bool Running);

    private ImmutableArray<ThresholdStatus> Thresholds(Phase prev, SlaTarget target, Context context, Arming arming, bool measuring)
    {
        var thresholds = new ThresholdStatus[target.Thresholds.Length];
        for (int i = 0; i < thresholds.Length; i++)
        {
            var threshold = target.Thresholds[i];
            var level = target.Levels[i];
            var before = arming == Arming.Rearm ? null : Find(prev.Thresholds, threshold);
            if (before is { } fired && HasFired(prev, fired, context.From))
            {
                // Fired while the previous phase ran, at the latest at this command's instant (judged against the
                // target in force before it): firing needs no "still running".
                thresholds[i] = new ThresholdStatus(threshold, level, fired.FiresAt, fired.PassedOnAttach);
            }
            else if (!measuring)
            {
                thresholds[i] = new ThresholdStatus(threshold, level, null, passedOnAttach: false);
            }
            else if (context.Measured >= level)
            {
                // Reached already when attached (start, reopen, retarget): reported with the instant it was reached.
                thresholds[i] = new ThresholdStatus(threshold, level, ReachedAt(context, level), passedOnAttach: arming != Arming.Keep);
            }
            else
            {
                thresholds[i] = new ThresholdStatus(threshold, level, context.Running ? TryAdd(context.Calendar, context.From, level - context.Measured) : null, passedOnAttach: false);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(thresholds);
    }

    private static ThresholdStatus? Find(ImmutableArray<ThresholdStatus> thresholds, SlaThreshold threshold)
    {
        foreach (var status in thresholds)
        {
            if (status.Threshold.Equals(threshold))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>A threshold of phase <paramref name="phase"/> had fired by <paramref name="until"/> (the next command's
    /// instant): it was settled when the phase began, or the phase ran up to its instant.</summary>
    private static bool HasFired(Phase phase, ThresholdStatus threshold, Instant until) =>
        threshold.FiresAt is { } at && (at <= phase.From || (phase.State == SlaClockState.Running && at <= until));

    private static Duration RunningTime(Phase phase, Instant until) =>
        phase.State == SlaClockState.Running ? phase.Calendar.BusinessTimeBetween(phase.From, until) : Duration.Zero;

    private static Instant? Earliest(Instant? a, Instant? b) =>
        a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);

    /// <summary>Add on a calendar, or null when the calendar has no window left to reach the amount.</summary>
    private static Instant? TryAdd(BusinessCalendar calendar, Instant start, Duration amount)
    {
        try
        {
            return calendar.Add(start, amount);
        }
        catch (BusinessTimeUnreachableException)
        {
            return null;
        }
    }

    /// <summary>The instant the measured figure of a running phase being built reaches <paramref name="level"/>: ahead
    /// on its calendar, or when it was reached already, the instant it was.</summary>
    private Instant? LevelReachedAt(Context context, Duration level) =>
        context.Measured < level ? TryAdd(context.Calendar, context.From, level - context.Measured) : ReachedAt(context, level);

    /// <summary>
    /// The instant the measured elapsed time reached <paramref name="level"/>, walking back over the time that counts
    /// for the measurement of the phase being built: its cycle since its last reset and, under Sum, the earlier cycles
    /// from theirs. A level of zero is reached at the measurement's origin (the start, reopen or FromChange retarget
    /// that set it). Used for thresholds already passed on attach, and for the due instant of a target already reached.
    /// </summary>
    private Instant? ReachedAt(Context context, Duration level)
    {
        var accumulated = Duration.Zero;
        Instant? origin = null;
        for (int i = 0; i < _phases.Count; i++)
        {
            var phase = _phases[i];
            if (!Counts(i, phase, context))
            {
                continue;
            }

            origin ??= phase.From;
            if (phase.State != SlaClockState.Running)
            {
                continue;
            }

            var end = i + 1 < _phases.Count ? _phases[i + 1].From : context.From;
            var time = phase.Calendar.BusinessTimeBetween(phase.From, end);
            if (level > accumulated && accumulated + time >= level)
            {
                return TryAdd(phase.Calendar, phase.From, level - accumulated);
            }

            accumulated += time;
        }

        return origin ?? context.From;
    }

    /// <summary>Whether phase <paramref name="index"/>'s running time counts for the measurement of the phase being
    /// built: the same cycle from its last reset, or under Sum an earlier cycle from its own last reset.</summary>
    private bool Counts(int index, Phase phase, Context context)
    {
        if (phase.Cycle == context.Cycle)
        {
            return index >= context.MeasureStart;
        }

        return Combination == CycleCombination.Sum && phase.Cycle >= 1 && phase.Cycle < context.Cycle && index >= ResetOf(phase.Cycle, _phases.Count - 1);
    }

    /// <summary>The index of the phase that last reset cycle <paramref name="cycle"/>'s measurement, as of phase
    /// <paramref name="asOf"/>: the measure start of the cycle's last phase at or before it.</summary>
    private int ResetOf(int cycle, int asOf)
    {
        for (int i = asOf; i >= 0; i--)
        {
            if (_phases[i].Cycle == cycle)
            {
                return _phases[i].CycleMeasureStart;
            }
        }

        return int.MaxValue;
    }
}
