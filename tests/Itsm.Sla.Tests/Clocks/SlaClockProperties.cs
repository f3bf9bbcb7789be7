using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>
/// The laws of the SLA clock over random histories of commands. A law that applies to some histories only is stated
/// with <c>Prop.When</c>, so FsCheck keeps generating until as many histories it applies to as the class's cases have
/// passed (and gives up, failing, when fewer than one in ten applies).
/// </summary>
[ScaledProperties(Arbitrary = [typeof(SlaClockArbitraries)], Cases = 2_000, Rejected = 18_000)]
public class SlaClockProperties
{
    private static readonly Actor Actor = ClockScenario.Actor;

    [Property]
    public void ReplayingTheEvents_EqualsTheLiveClock(ClockScenario scenario)
    {
        var (live, instants) = scenario.Play(scenario.Commands.Count, null);
        var replayed = SlaClock.FromEvents(live.Events);

        foreach (var now in Probes(scenario, instants))
        {
            Assert.Equal(live.StatusAt(now), replayed.StatusAt(now));
            Assert.Equal(live.CyclesAt(now), replayed.CyclesAt(now));
            Assert.Equal(live.Explain(now), replayed.Explain(now));
        }
    }

    [Property]
    public void ElapsedBusinessTime_NeverExceedsElapsedRealTime(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        foreach (var now in Probes(scenario, instants))
        {
            var status = clock.StatusAt(now);
            Assert.True(status.Elapsed >= Duration.Zero);
            Assert.True(now < scenario.Start ? status.Elapsed == Duration.Zero : status.Elapsed <= now - scenario.Start);
        }
    }

    [Property]
    public Property AddingAPause_NeverMakesTheDueInstantEarlier(ClockScenario scenario)
    {
        var clock = scenario.Build();
        var last = clock.LastCommandAt;
        var due = clock.StatusAt(last).Due;
        return Prop.When(clock.State == SlaClockState.Running && due is not null, () =>
        {
            var pauseAt = last + (scenario.Probe / 7);
            var resumeAt = pauseAt + (scenario.Probe / 3);
            clock.Pause(Actor, pauseAt, "awaiting vendor");
            clock.Resume(Actor, resumeAt);

            var later = clock.StatusAt(resumeAt).Due;
            Assert.True(later is null || later >= due, $"due {due} became {later}");
        });
    }

    [Property]
    public Property AtDue_RunningIsBreached_StoppedOrPausedAtDueIsNot(ClockScenario scenario)
    {
        var clock = LongestPrefix(scenario, RunningTowardsItsDue);
        return Prop.When(clock is not null, () =>
        {
            var last = clock!.LastCommandAt;
            var before = clock.StatusAt(last);
            var due = before.Due!.Value;
            var atDue = clock.StatusAt(due);
            Assert.True(atDue.IsBreached);
            Assert.Equal(due, atDue.BreachedAt);
            Assert.False(clock.StatusAt(due - Duration.Epsilon).IsBreached);
            if (scenario.Combination != CycleCombination.Longest)
            {
                Assert.Equal(100.0, atDue.PercentElapsed);
            }

            var stopped = SlaClock.FromEvents(clock.Events);
            stopped.Stop(Actor, due);
            Assert.False(stopped.StatusAt(due).IsBreached);
            Assert.False(stopped.StatusAt(due + Duration.FromDays(30)).IsBreached);

            var paused = SlaClock.FromEvents(clock.Events);
            paused.Pause(Actor, due, "awaiting caller");
            Assert.False(paused.StatusAt(due + Duration.FromDays(30)).IsBreached);
        }).Classify(clock?.Version == scenario.Build().Version, "the whole history")
            .Classify(clock?.Cycle > 1, "after a reopen");
    }

    [Property]
    public Property CommandsAtOneInstant_AreOneStepForTheBreach(ClockScenario scenario)
    {
        var clock = LongestPrefix(scenario, RunningTowardsItsDue);
        return Prop.When(clock is not null, () =>
        {
            var before = clock!.StatusAt(clock.LastCommandAt);
            var due = before.Due!.Value;
            var resumeAt = due + scenario.Probe + Duration.FromMinutes(1);

            // A calendar change and a pause at the due instant: never running with the target reached at that instant.
            var paused = SlaClock.FromEvents(clock.Events);
            paused.ChangeCalendar(Actor, due, paused.Calendar);
            paused.Pause(Actor, due, "awaiting caller");
            Assert.False(paused.StatusAt(due).IsBreached);
            paused.Resume(Actor, resumeAt);
            Assert.Equal(resumeAt, paused.StatusAt(resumeAt).BreachedAt);
            Assert.False(paused.StatusAt(resumeAt - Duration.Epsilon).IsBreached);

            // A pause and a resume at the due instant: running at it with the target reached, so breached at it.
            var resumed = SlaClock.FromEvents(clock.Events);
            resumed.Pause(Actor, due, "awaiting caller");
            resumed.Resume(Actor, due);
            Assert.Equal(due, resumed.StatusAt(due).BreachedAt);
        }).Classify(clock?.Cycle > 1, "after a reopen");
    }

    [Property]
    public void NextTransitionAt_IsStrictlyLater_AndNothingFiresBeforeIt(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        foreach (var now in Probes(scenario, instants).Where(p => p >= clock.LastCommandAt))
        {
            var status = clock.StatusAt(now);
            if (status.NextTransitionAt is not { } next)
            {
                Assert.True(status.State != SlaClockState.Running || status.Due is null || status.IsBreached);
                continue;
            }

            Assert.True(next > now);
            var justBefore = clock.StatusAt(next - Duration.Epsilon);
            Assert.Equal(status.IsBreached, justBefore.IsBreached);
            Assert.Equal(Fired(status), Fired(justBefore));

            var atNext = clock.StatusAt(next);
            Assert.True(atNext.IsBreached != status.IsBreached || Fired(atNext) > Fired(status), "something changes at NextTransitionAt");
        }
    }

    /// <summary>A threshold that fired by time passing (not passed on attach) fired at the instant its level was
    /// reached: one nanosecond before, the measured figure was one nanosecond short of the level it had then.</summary>
    [Property]
    public Property AThresholdFires_AtTheInstantItsLevelIsReached_WhateverCommandsHappenThen(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        var fired = Probes(scenario, instants)
            .SelectMany(now => clock.StatusAt(now).Thresholds.Where(t => t.HasFiredBy(now) && !t.PassedOnAttach))
            .Distinct()
            .ToList();
        return Prop.When(fired.Count > 0, () =>
        {
            foreach (var threshold in fired)
            {
                var at = threshold.FiresAt!.Value;
                var justBefore = clock.StatusAt(at - Duration.Epsilon);
                var then = justBefore.Thresholds.Single(t => t.Threshold.Equals(threshold.Threshold));
                Assert.Equal(at, then.FiresAt);
                Assert.Equal(then.Level - Duration.Epsilon, Measured(clock, scenario.Combination, at - Duration.Epsilon));
            }
        }).Classify(fired.Any(t => instants.Contains(t.FiresAt!.Value)), "a command at a firing instant");
    }

    /// <summary>Whatever command is dated at the instant a threshold is due to fire (pause, stop, cancel, retarget from
    /// the original start, calendar change), the threshold has fired at that instant.</summary>
    [Property]
    public Property AThresholdDueAtACommand_HasFiredAtIt(ClockScenario scenario)
    {
        static ThresholdStatus? Pending(SlaClock clock) =>
            clock.StatusAt(clock.LastCommandAt).Thresholds.Where(t => t.FiresAt is { } at && at > clock.LastCommandAt).Select(t => (ThresholdStatus?)t).FirstOrDefault();

        var clock = LongestPrefix(scenario, c => c.State == SlaClockState.Running && Pending(c) is not null);
        return Prop.When(clock is not null, () =>
        {
            var pending = Pending(clock!)!.Value;
            var at = pending.FiresAt!.Value;
            var otherCalendar = ClockScenario.Calendars.First(c => !c.Equals(clock!.Calendar));
            Action<SlaClock>[] commands =
            [
                c => c.Pause(Actor, at, "awaiting caller"),
                c => c.Stop(Actor, at),
                c => c.Cancel(Actor, at, "logged in error"),
                c => c.Retarget(Actor, at, c.Target.Amount * 2, RetroactiveMode.FromOriginalStart),
                c => c.ChangeCalendar(Actor, at, otherCalendar),
            ];
            foreach (var command in commands)
            {
                var copy = SlaClock.FromEvents(clock!.Events);
                command(copy);
                var after = copy.StatusAt(at + Duration.FromDays(40)).Thresholds.Single(t => t.Threshold.Equals(pending.Threshold));
                Assert.Equal(at, after.FiresAt);
                Assert.False(after.PassedOnAttach);
            }
        }).Classify(clock is not null && Pending(clock)!.Value.Threshold.LeadTime is not null, "a lead time");
    }

    /// <summary>Between two instants with no reopen and no retarget from the change in between, a fired threshold stays
    /// fired at the same instant: each fires once per cycle and target.</summary>
    [Property]
    public void AThresholdFiresOnce_UntilItIsRearmed(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        var probes = Probes(scenario, instants).Order().ToList();
        for (int i = 1; i < probes.Count; i++)
        {
            var (earlier, later) = (probes[i - 1], probes[i]);
            bool rearmed = clock.Events.Any(e => e.At > earlier && e.At <= later
                && (e is SlaClockReopened || e is SlaClockRetargeted { Mode: RetroactiveMode.FromChange }));
            if (rearmed)
            {
                continue;
            }

            var now = clock.StatusAt(later).Thresholds;
            foreach (var threshold in clock.StatusAt(earlier).Thresholds.Where(t => t.HasFiredBy(earlier)))
            {
                Assert.Equal(threshold.FiresAt, now.Single(t => t.Threshold.Equals(threshold.Threshold)).FiresAt);
            }
        }
    }

    [Property]
    public void RefusedCommand_ThrowsAndLeavesTheClockUnchanged(ClockScenario scenario)
    {
        int refused = 0;
        scenario.Play(scenario.Commands.Count, (clock, command, instant) =>
        {
            refused++;
            long version = clock.Version;
            var status = clock.StatusAt(instant);
            Assert.Throws<InvalidTransitionException>(() => ClockScenario.Apply(clock, command, instant));
            Assert.Equal(version, clock.Version);
            Assert.Equal(status, clock.StatusAt(instant));
        });
    }

    [Property]
    public void Explain_CountedStretchesAddUpToTheElapsedFigure_AtEveryInstant(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        foreach (var now in Probes(scenario, instants))
        {
            var counted = clock.Explain(now).Where(s => s.Counted).Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime);
            Assert.Equal(clock.StatusAt(now).Elapsed, counted);
        }
    }

    [Property]
    public void CycleFigures_CombineToTheElapsedFigure(ClockScenario scenario)
    {
        var (clock, instants) = scenario.Play(scenario.Commands.Count, null);
        foreach (var now in Probes(scenario, instants))
        {
            var cycles = clock.CyclesAt(now).Select(c => c.Elapsed).ToList();
            var expected = cycles.Count == 0 ? Duration.Zero : scenario.Combination switch
            {
                CycleCombination.First => cycles[0],
                CycleCombination.Sum => cycles.Aggregate(Duration.Zero, (sum, c) => sum + c),
                CycleCombination.Longest => cycles.Max(),
                _ => cycles[^1],
            };
            Assert.Equal(expected, clock.StatusAt(now).Elapsed);
            Assert.Equal(clock.StatusAt(now).Cycle, cycles.Count);
        }
    }

    /// <summary>The clock after the longest prefix of the scenario's commands that leaves it as <paramref name="wanted"/>
    /// asks, or null when no prefix does.</summary>
    private static SlaClock? LongestPrefix(ClockScenario scenario, Func<SlaClock, bool> wanted)
    {
        for (int count = scenario.Commands.Count; count > 0; count--)
        {
            var clock = scenario.Build(count);
            if (wanted(clock))
            {
                return clock;
            }
        }

        return null;
    }

    /// <summary>Running, not breached, with a due instant still ahead.</summary>
    private static bool RunningTowardsItsDue(SlaClock clock)
    {
        var status = clock.StatusAt(clock.LastCommandAt);
        return clock.State == SlaClockState.Running && !status.IsBreached && status.Due is { } due && due > clock.LastCommandAt;
    }

    private static int Fired(SlaStatus status) => status.Thresholds.Count(t => t.HasFiredBy(status.At));

    /// <summary>The figure the target is measured against: the current cycle's, and under Sum every cycle's.</summary>
    private static Duration Measured(SlaClock clock, CycleCombination combination, Instant now)
    {
        var cycles = clock.CyclesAt(now);
        return combination == CycleCombination.Sum
            ? cycles.Aggregate(Duration.Zero, (sum, c) => sum + c.Elapsed)
            : cycles[^1].Elapsed;
    }

    /// <summary>Instants to look at: each command's instant, a nanosecond either side, a moment after it, a probe up
    /// to 30 days later, and before the start.</summary>
    private static List<Instant> Probes(ClockScenario scenario, IReadOnlyList<Instant> instants) =>
        [
            .. instants.SelectMany(i => new[] { i - Duration.Epsilon, i, i + Duration.Epsilon, i + Duration.FromMinutes(37) }),
            instants[^1] + scenario.Probe,
            scenario.Start - Duration.FromHours(1),
        ];
}
