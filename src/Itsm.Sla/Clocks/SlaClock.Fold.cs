using System;
using System.Collections.Generic;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>The fold: each event turns the last phase into the next, with due and threshold instants computed once.</summary>
public sealed partial class SlaClock
{
    /// <inheritdoc />
    protected override void Apply(SlaClockEvent domainEvent)
    {
        Preconditions.CheckNotNull(domainEvent);
        if (domainEvent is SlaClockCreated created)
        {
            if (_phases.Count > 0)
            {
                throw History(domainEvent, "a clock is created once, by its first event");
            }

            _id = created.ClockId;
            Combination = created.Combination;
            _phases.Add(Initial(created));
            return;
        }

        if (_phases.Count == 0)
        {
            throw History(domainEvent, "a clock's history starts with its creation event");
        }

        if (domainEvent.At < Current.From)
        {
            throw History(domainEvent, FormattableString.Invariant($"it is dated {domainEvent.At}, before the previous event at {Current.From}"));
        }

        var trigger = TriggerOf(domainEvent);
        if (!SlaClockLifecycle.Instance.TryGetDestination(Current.State, trigger, out var state))
        {
            throw History(domainEvent, FormattableString.Invariant($"the lifecycle does not allow {trigger} while {Current.State}"));
        }

        _phases.Add(Next(domainEvent, state));
    }

    private static SlaClockTrigger TriggerOf(SlaClockEvent domainEvent) => domainEvent switch
    {
        SlaClockStarted => SlaClockTrigger.Start,
        SlaClockPaused => SlaClockTrigger.Pause,
        SlaClockResumed => SlaClockTrigger.Resume,
        SlaClockStopped => SlaClockTrigger.Stop,
        SlaClockCancelled => SlaClockTrigger.Cancel,
        SlaClockReopened => SlaClockTrigger.Reopen,
        SlaClockRetargeted => SlaClockTrigger.Retarget,
        SlaClockCalendarChanged => SlaClockTrigger.ChangeCalendar,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not an SLA clock event this version knows.", nameof(domainEvent)),
    };

    private InvalidHistoryException History(SlaClockEvent domainEvent, string rule) =>
        new(nameof(SlaClock), _id, domainEvent.Version, rule);

    private static Phase Initial(SlaClockCreated created)
    {
        var thresholds = new ThresholdStatus[created.Target.Thresholds.Length];
        for (int i = 0; i < thresholds.Length; i++)
        {
            var threshold = created.Target.Thresholds[i];
            thresholds[i] = new ThresholdStatus(threshold, threshold.LevelFor(created.Target.Amount), null, passedOnAttach: false);
        }

        return new Phase
        {
            From = created.At,
            State = SlaClockState.NotStarted,
            Cycle = 0,
            Target = created.Target,
            Calendar = created.Target.Calendar,
            CycleElapsed = Duration.Zero,
            PriorSum = Duration.Zero,
            PriorMax = Duration.Zero,
            FirstCycleTotal = null,
            CycleMeasureStart = 0,
            Measuring = false,
            Due = null,
            CycleBreachedAt = null,
            FirstCycleBreachedAt = null,
            EarliestBreachedAt = null,
            Thresholds = Array.AsReadOnly(thresholds),
        };
    }

    private Phase Next(SlaClockEvent domainEvent, SlaClockState state)
    {
        var prev = Current;
        var from = domainEvent.At;
        int index = _phases.Count;

        // What happened while the previous phase ran, up to this command.
        var cycleElapsed = prev.CycleElapsed + RunningTime(prev, from);
        var cycleBreach = prev.CycleBreachedAt ?? PendingBreach(prev, from);
        var firstBreach = prev.FirstCycleBreachedAt ?? (prev.Cycle == 1 ? cycleBreach : null);
        var earliestBreach = Earliest(prev.EarliestBreachedAt, cycleBreach);

        var target = prev.Target;
        var calendar = prev.Calendar;
        int cycle = prev.Cycle;
        var priorSum = prev.PriorSum;
        var priorMax = prev.PriorMax;
        var firstCycleTotal = prev.FirstCycleTotal;
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
                priorSum += cycleElapsed;
                priorMax = Duration.Max(priorMax, cycleElapsed);
                firstCycleTotal ??= cycleElapsed;
                cycleElapsed = Duration.Zero;
                cycleBreach = null;
                cycle++;
                measureStart = index;
                arming = Arming.Rearm;
                break;
            case SlaClockRetargeted retargeted:
                target = retargeted.Target;
                calendar = retargeted.Target.Calendar;
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
                calendar = changed.Calendar;
                target = target.WithCalendar(changed.Calendar);
                break;
        }

        bool measuring = state is SlaClockState.Running or SlaClockState.Paused
            && !(Combination == CycleCombination.First && cycle > 1);
        bool running = state == SlaClockState.Running && measuring;
        var measured = (Combination == CycleCombination.Sum ? priorSum : Duration.Zero) + cycleElapsed;

        // A command that leaves the clock running at or past its target breaches it at the command's instant.
        if (running && measured >= target.Amount && cycleBreach is null)
        {
            cycleBreach = from;
            earliestBreach = Earliest(earliestBreach, from);
            if (cycle == 1)
            {
                firstBreach ??= from;
            }
        }

        var context = new Context(index, cycle, measureStart, from, calendar, measured, running);
        Instant? due = running
            ? measured < target.Amount ? TryAdd(calendar, from, target.Amount - measured) : ReachedAt(context, target.Amount)
            : null;

        return new Phase
        {
            From = from,
            State = state,
            Cycle = cycle,
            Target = target,
            Calendar = calendar,
            CycleElapsed = cycleElapsed,
            PriorSum = priorSum,
            PriorMax = priorMax,
            FirstCycleTotal = firstCycleTotal,
            CycleMeasureStart = measureStart,
            Measuring = measuring,
            Due = due,
            CycleBreachedAt = cycleBreach,
            FirstCycleBreachedAt = firstBreach,
            EarliestBreachedAt = earliestBreach,
            Thresholds = Thresholds(prev, target, context, arming, measuring),
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
    private readonly record struct Context(int Index, int Cycle, int MeasureStart, Instant From, BusinessCalendar Calendar, Duration Measured, bool Running);

    private System.Collections.ObjectModel.ReadOnlyCollection<ThresholdStatus> Thresholds(Phase prev, SlaTarget target, Context context, Arming arming, bool measuring)
    {
        var thresholds = new ThresholdStatus[target.Thresholds.Length];
        for (int i = 0; i < thresholds.Length; i++)
        {
            var threshold = target.Thresholds[i];
            var level = threshold.LevelFor(target.Amount);
            var before = arming == Arming.Rearm ? null : Find(prev.Thresholds, threshold);
            var firedAt = before is not null && HasFired(prev, before, context.From) ? before.FiresAt : null;

            if (firedAt is not null && arming != Arming.Rearm)
            {
                thresholds[i] = new ThresholdStatus(threshold, level, firedAt, before!.PassedOnAttach);
            }
            else if (!measuring)
            {
                thresholds[i] = new ThresholdStatus(threshold, level, null, passedOnAttach: false);
            }
            else if (arming != Arming.Keep && context.Measured >= level)
            {
                thresholds[i] = new ThresholdStatus(threshold, level, ReachedAt(context, level), passedOnAttach: true);
            }
            else if (!context.Running)
            {
                thresholds[i] = new ThresholdStatus(threshold, level, null, passedOnAttach: false);
            }
            else
            {
                // Reached while the clock was not running (a pause at the very instant): it fires when counting resumes.
                var firesAt = context.Measured >= level ? context.From : TryAdd(context.Calendar, context.From, level - context.Measured);
                thresholds[i] = new ThresholdStatus(threshold, level, firesAt, passedOnAttach: false);
            }
        }

        return Array.AsReadOnly(thresholds);
    }

    private static ThresholdStatus? Find(IReadOnlyList<ThresholdStatus> thresholds, SlaThreshold threshold)
    {
        for (int i = 0; i < thresholds.Count; i++)
        {
            if (thresholds[i].Threshold.Equals(threshold))
            {
                return thresholds[i];
            }
        }

        return null;
    }

    /// <summary>A threshold of phase <paramref name="phase"/> had fired by <paramref name="until"/> (the next command):
    /// it was settled when the phase began, or the phase ran past its instant (a command at that very instant stops it).</summary>
    private static bool HasFired(Phase phase, ThresholdStatus threshold, Instant until) =>
        threshold.FiresAt is { } at && (at <= phase.From || (phase.State == SlaClockState.Running && at < until));

    /// <summary>The breach that began while a running phase ran, before the next command at <paramref name="until"/>.</summary>
    private static Instant? PendingBreach(Phase phase, Instant until) =>
        phase.State == SlaClockState.Running && phase.Measuring && phase.Due is { } due && due < until ? due : null;

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

    /// <summary>
    /// The instant the measured elapsed time reached <paramref name="level"/>, walking back over the running time that
    /// counts for the measurement of the phase being built: its cycle since its last reset and, under Sum, the earlier
    /// cycles. Used for thresholds already passed on attach, and for the due instant of a target already reached.
    /// </summary>
    private Instant? ReachedAt(Context context, Duration level)
    {
        var accumulated = Duration.Zero;
        Instant? first = null;
        for (int i = 0; i < _phases.Count; i++)
        {
            var phase = _phases[i];
            if (phase.State != SlaClockState.Running || !Counts(i, phase, context))
            {
                continue;
            }

            first ??= phase.From;
            var end = i + 1 < _phases.Count ? _phases[i + 1].From : context.From;
            var time = phase.Calendar.BusinessTimeBetween(phase.From, end);
            if (accumulated + time >= level && level > accumulated)
            {
                return TryAdd(phase.Calendar, phase.From, level - accumulated);
            }

            accumulated += time;
        }

        return first ?? context.From;
    }

    private bool Counts(int index, Phase phase, Context context)
    {
        if (phase.Cycle == context.Cycle)
        {
            return index >= context.MeasureStart;
        }

        if (Combination != CycleCombination.Sum || phase.Cycle > context.Cycle)
        {
            return false;
        }

        // An earlier cycle counts from its own last reset: the measure start of its last phase.
        int last = index;
        while (last + 1 < _phases.Count && _phases[last + 1].Cycle == phase.Cycle)
        {
            last++;
        }

        return index >= _phases[last].CycleMeasureStart;
    }
}
