using System.Linq;
using FsCheck.Xunit;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The laws of the SLA clock over random histories of commands, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(SlaClockArbitraries)], MaxTest = 10_000)]
public class SlaClockProperties
{
    [Property]
    public void ReplayingTheEvents_EqualsTheLiveClock(ClockScenario scenario)
    {
        var live = scenario.Build();
        var replayed = SlaClock.FromEvents(live.Events);

        foreach (var now in Probes(scenario))
        {
            Assert.Equivalent(live.StatusAt(now), replayed.StatusAt(now));
        }
    }

    [Property]
    public void ElapsedBusinessTime_NeverExceedsElapsedRealTime(ClockScenario scenario)
    {
        var clock = scenario.Build();
        foreach (var now in Probes(scenario))
        {
            var status = clock.StatusAt(now);
            Assert.True(status.Elapsed >= Duration.Zero);
            Assert.True(now < scenario.Start ? status.Elapsed == Duration.Zero : status.Elapsed <= now - scenario.Start);
        }
    }

    [Property]
    public void AddingAPause_NeverMakesTheDueInstantEarlier(ClockScenario scenario)
    {
        var clock = scenario.Build();
        var last = clock.LastCommandAt;
        if (clock.State != SlaClockState.Running || clock.StatusAt(last).Due is not { } due)
        {
            return;
        }

        var pauseAt = last + (scenario.Probe / 7);
        var resumeAt = pauseAt + (scenario.Probe / 3);
        clock.Pause(ClockScenario.Actor, pauseAt, "awaiting vendor");
        clock.Resume(ClockScenario.Actor, resumeAt);

        if (clock.StatusAt(resumeAt).Due is { } later)
        {
            Assert.True(later >= due, $"due {due} became {later}");
        }
    }

    [Property]
    public void AtDue_RunningIsBreachedAt100Percent_StoppedAtDueIsMet(ClockScenario scenario)
    {
        var clock = scenario.Build();
        var last = clock.LastCommandAt;
        var before = clock.StatusAt(last);
        if (clock.State != SlaClockState.Running || before.IsBreached || before.Due is not { } due || due <= last
            || scenario.Combination is CycleCombination.Longest)
        {
            return;
        }

        var atDue = clock.StatusAt(due);
        Assert.Equal(100.0, atDue.PercentElapsed);
        Assert.True(atDue.IsBreached);
        Assert.Equal(due, atDue.BreachedAt);
        Assert.False(clock.StatusAt(due - Duration.Epsilon).IsBreached);

        clock.Stop(ClockScenario.Actor, due);
        Assert.False(clock.StatusAt(due).IsBreached);
        Assert.False(clock.StatusAt(due + Duration.FromDays(30)).IsBreached);
    }

    [Property]
    public void NextTransitionAt_IsStrictlyLater_AndNothingFiresBeforeIt(ClockScenario scenario)
    {
        var clock = scenario.Build();
        foreach (var now in Probes(scenario).Where(p => p >= clock.LastCommandAt))
        {
            var status = clock.StatusAt(now);
            if (status.NextTransitionAt is not { } next)
            {
                continue;
            }

            Assert.True(next > now);
            var justBefore = clock.StatusAt(next - Duration.Epsilon);
            Assert.Equal(status.IsBreached, justBefore.IsBreached);
            Assert.Equal(status.Thresholds.Count(t => t.HasFiredBy(now)), justBefore.Thresholds.Count(t => t.HasFiredBy(justBefore.At)));

            var atNext = clock.StatusAt(next);
            Assert.True(
                atNext.IsBreached != status.IsBreached || atNext.Thresholds.Count(t => t.HasFiredBy(next)) > status.Thresholds.Count(t => t.HasFiredBy(now)),
                "something changes at NextTransitionAt");
        }
    }

    [Property]
    public void RefusedCommand_ThrowsAndLeavesTheClockUnchanged(ClockScenario scenario)
    {
        var at = scenario.Start;
        var clock = SlaClock.Create("INC-R/resolution", scenario.Target(scenario.TargetHours, scenario.CalendarIndex), ClockScenario.Actor, at, scenario.Combination);
        foreach (var (command, instant) in scenario.Commands.Zip(scenario.Instants()))
        {
            if (clock.CanFire(command.Trigger))
            {
                scenario.Apply(clock, command, instant);
                continue;
            }

            long version = clock.Version;
            var state = clock.State;
            var status = clock.StatusAt(instant);
            Assert.Throws<InvalidTransitionException>(() => scenario.Apply(clock, command, instant));
            Assert.Equal(version, clock.Version);
            Assert.Equal(state, clock.State);
            Assert.Equivalent(status, clock.StatusAt(instant));
        }
    }

    [Property]
    public void Explain_OpenSegmentsAddUpToTheElapsedFigure(ClockScenario scenario)
    {
        var clock = scenario.Build();
        bool restarted = clock.Events.OfType<SlaClockRetargeted>().Any(e => e.Mode == RetroactiveMode.FromChange);
        if (restarted || scenario.Combination is not (CycleCombination.Sum or CycleCombination.Last))
        {
            return;
        }

        foreach (var now in Probes(scenario))
        {
            var status = clock.StatusAt(now);
            var open = clock.Explain(now)
                .Where(s => s.Kind == SlaSegmentKind.Open && (scenario.Combination == CycleCombination.Sum || s.Cycle == status.Cycle))
                .Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime);
            Assert.Equal(status.Elapsed, open);
        }
    }

    /// <summary>Instants to look at: each command's instant, a moment after it, and a probe up to 30 days later.</summary>
    private static Instant[] Probes(ClockScenario scenario) =>
        [.. scenario.Instants().SelectMany(i => new[] { i, i + Duration.FromMinutes(37) }), scenario.Instants().Last() + scenario.Probe, scenario.Start - Duration.FromHours(1)];
}
