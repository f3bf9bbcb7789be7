using System;
using System.Linq;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>Breach, thresholds, refusals and replay: the rules of the SLA semantics page.</summary>
public partial class SlaClockTests
{
    [Fact]
    public void StatusAtDue_RunningClock_IsBreachedAtExactly100Percent()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        var status = clock.StatusAt(At("Mon 17:00"));

        Assert.Equal(100.0, status.PercentElapsed);
        Assert.Equal(Duration.Zero, status.Remaining);
        Assert.True(status.IsBreached);
        Assert.Equal(At("Mon 17:00"), status.BreachedAt);
        Assert.False(clock.StatusAt(At("Mon 16:59")).IsBreached);
    }

    [Fact]
    public void StopDatedAtDue_IsMet()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Stop(Agent, At("Mon 17:00"));

        var status = clock.StatusAt(At("Tue 12:00"));

        Assert.False(status.IsBreached);
        Assert.Equal(Hours(8), status.Elapsed);
        Assert.Null(status.Due);
        Assert.Equal(SlaClockState.Stopped, status.State);
    }

    [Fact]
    public void Breach_NeverHeals_AndRemainingGoesNegative()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Tue 10:00"), "awaiting vendor");
        clock.Retarget(Agent, At("Tue 11:00"), Resolution(40), RetroactiveMode.FromOriginalStart);
        clock.Stop(Agent, At("Tue 12:00"));

        var status = clock.StatusAt(At("Wed 12:00"));

        Assert.True(status.IsBreached);
        Assert.Equal(At("Mon 17:00"), status.BreachedAt);
        Assert.Equal(Hours(-1), clock.StatusAt(At("Tue 10:00")).Remaining);
    }

    [Fact]
    public void ResumeAfterTargetReachedWhilePaused_BreachesAtTheResume()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 16:00"), "awaiting caller");
        clock.Retarget(Agent, At("Mon 16:30"), Resolution(6), RetroactiveMode.FromOriginalStart);

        Assert.False(clock.StatusAt(At("Tue 09:00")).IsBreached);

        clock.Resume(Agent, At("Tue 09:00"));
        var status = clock.StatusAt(At("Tue 09:00"));

        Assert.True(status.IsBreached);
        Assert.Equal(At("Tue 09:00"), status.BreachedAt);
        Assert.Equal(At("Mon 15:00"), status.Due);
    }

    [Fact]
    public void PausedClock_HasNoDueAndNoNextTransition_AndFrozenRemaining()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 11:00"), "awaiting caller");

        var status = clock.StatusAt(At("Wed 11:00"));

        Assert.Null(status.Due);
        Assert.Null(status.NextTransitionAt);
        Assert.Equal(Hours(6), status.Remaining);
        Assert.All(status.Thresholds, t => Assert.Null(t.FiresAt));
    }

    [Fact]
    public void FiredThreshold_KeepsItsInstantThroughPauseAndOriginalStartRetarget()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 14:00"), "awaiting caller");
        clock.Resume(Agent, At("Tue 09:00"));
        clock.Retarget(Agent, At("Tue 09:00"), Resolution(16), RetroactiveMode.FromOriginalStart);

        var fifty = clock.StatusAt(At("Tue 09:00")).Thresholds.Single(t => t.Threshold.Equals(SlaThreshold.Percent(50)));

        Assert.Equal(At("Mon 13:00"), fifty.FiresAt);
        Assert.False(fifty.PassedOnAttach);
    }

    [Fact]
    public void RetargetToSmallerTarget_ReportsThresholdsPassedOnAttachWithTheInstantReached()
    {
        var clock = Started(Resolution(40), "Mon 09:00");
        clock.Retarget(Agent, At("Mon 15:00"), Resolution(8), RetroactiveMode.FromOriginalStart);

        var thresholds = clock.StatusAt(At("Mon 15:00")).Thresholds;

        Assert.True(thresholds[0].PassedOnAttach);
        Assert.Equal(At("Mon 13:00"), thresholds[0].FiresAt);
        Assert.True(thresholds[1].PassedOnAttach);
        Assert.Equal(At("Mon 15:00"), thresholds[1].FiresAt);
        Assert.False(thresholds[2].PassedOnAttach);
        Assert.Equal(At("Mon 16:12"), thresholds[2].FiresAt);
    }

    [Fact]
    public void RetargetFromChange_RestartsTheMeasurementAndRearmsThresholds()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Retarget(Agent, At("Mon 15:00"), Resolution(4), RetroactiveMode.FromChange);

        var status = clock.StatusAt(At("Mon 15:00"));

        Assert.Equal(Duration.Zero, status.Elapsed);
        Assert.Equal(At("Tue 11:00"), status.Due);
        Assert.Equal(At("Mon 17:00"), status.Thresholds[0].FiresAt);
        Assert.All(status.Thresholds, t => Assert.False(t.PassedOnAttach));
    }

    [Fact]
    public void NextTransitionAt_WalksThresholdsThenBreachThenNothing()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        Assert.Equal(At("Mon 13:00"), clock.StatusAt(At("Mon 09:00")).NextTransitionAt);
        Assert.Equal(At("Mon 15:00"), clock.StatusAt(At("Mon 13:00")).NextTransitionAt);
        Assert.Equal(At("Mon 16:12"), clock.StatusAt(At("Mon 15:00")).NextTransitionAt);
        Assert.Equal(At("Mon 17:00"), clock.StatusAt(At("Mon 16:12")).NextTransitionAt);
        Assert.Null(clock.StatusAt(At("Mon 17:00")).NextTransitionAt);
    }

    [Fact]
    public void StatusBeforeALaterCommand_ReflectsOnlyEarlierCommands()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 11:00"), "awaiting caller");

        Assert.Equal(SlaClockState.Running, clock.StatusAt(At("Mon 10:00")).State);
        Assert.Equal(At("Mon 17:00"), clock.StatusAt(At("Mon 10:00")).Due);
        Assert.Equal(SlaClockState.Paused, clock.StatusAt(At("Mon 11:00")).State);
        Assert.Equal(SlaClockState.NotStarted, clock.StatusAt(At("Mon 08:00")).State);
    }

    [Fact]
    public void Sum_ReopenAfterBudgetSpent_IsBreachedAsSoonAsItRuns()
    {
        var clock = Started(Resolution(8), "Mon 09:00", CycleCombination.Sum);
        clock.Stop(Agent, At("Mon 17:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        var status = clock.StatusAt(At("Tue 09:00"));

        Assert.True(status.IsBreached);
        Assert.Equal(At("Tue 09:00"), status.BreachedAt);
        Assert.All(status.Thresholds, t => Assert.True(t.PassedOnAttach));
    }

    [Fact]
    public void First_LaterCyclesNeverBreach_AndHaveNoDue()
    {
        var clock = Started(Resolution(2), "Mon 09:00", CycleCombination.First);
        clock.Stop(Agent, At("Mon 10:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        var status = clock.StatusAt(At("Wed 09:00"));

        Assert.False(status.IsBreached);
        Assert.Null(status.Due);
        Assert.Null(status.NextTransitionAt);
        Assert.Equal(Hours(1), status.Elapsed);
    }

    [Theory]
    [InlineData(SlaClockTrigger.Resume)]
    [InlineData(SlaClockTrigger.Start)]
    [InlineData(SlaClockTrigger.Reopen)]
    public void RefusedCommand_OnRunningClock_ThrowsAndChangesNothing(SlaClockTrigger trigger)
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        var before = clock.StatusAt(At("Mon 12:00"));
        long version = clock.Version;

        var error = Assert.Throws<InvalidTransitionException>(() =>
        {
            switch (trigger)
            {
                case SlaClockTrigger.Resume: clock.Resume(Agent, At("Mon 10:00")); break;
                case SlaClockTrigger.Start: clock.Start(Agent, At("Mon 10:00")); break;
                default: clock.Reopen(Agent, At("Mon 10:00")); break;
            }
        });

        Assert.Equal("SlaClock", error.RecordType);
        Assert.Equal(clock.Id, error.RecordId);
        Assert.Equal("Running", error.State);
        Assert.Equal(trigger.ToString(), error.Trigger);
        Assert.Contains(trigger.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(version, clock.Version);
        Assert.Equivalent(before, clock.StatusAt(At("Mon 12:00")));
        Assert.Equal(SlaClockState.Running, clock.State);
        Assert.NotEmpty(clock.UnmetRules(trigger));
        Assert.False(clock.CanFire(trigger));
    }

    [Fact]
    public void CommandDatedBeforeTheLastOne_IsAnArgumentErrorAndChangesNothing()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 11:00"), "awaiting caller");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Resume(Agent, At("Mon 10:00")));

        Assert.Contains("never go back in time", error.Message, StringComparison.Ordinal);
        Assert.Equal(SlaClockState.Paused, clock.State);
        Assert.Equal(3, clock.Version);
    }

    [Fact]
    public void Pause_WithoutReason_IsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => Started(Resolution(8), "Mon 09:00").Pause(Agent, At("Mon 10:00"), " "));

    [Fact]
    public void Retarget_ToAnotherMetric_IsAnArgumentError()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        var error = Assert.Throws<ArgumentException>(() => clock.Retarget(Agent, At("Mon 10:00"), new SlaTarget(SlaMetric.Response, Hours(1), W), RetroactiveMode.FromChange));
        Assert.Contains("response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RebuildsAnEqualClock_WithVersionsAndActors()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "awaiting caller");
        clock.Resume(Agent, At("Mon 14:00"));
        clock.Retarget(Agent, At("Mon 14:00"), Resolution(4), RetroactiveMode.FromOriginalStart);
        clock.Stop(Agent, At("Tue 10:00"));

        var rebuilt = SlaClock.FromEvents(clock.Events);

        Assert.Equal([1L, 2, 3, 4, 5, 6], clock.Events.Select(e => e.Version));
        Assert.Equal(Agent, clock.Events[2].Actor);
        Assert.Equal(clock.Version, rebuilt.Version);
        Assert.Empty(rebuilt.UncommittedEvents);
        foreach (var now in new[] { "Mon 09:30", "Mon 12:00", "Mon 15:00", "Mon 17:00", "Tue 12:00" })
        {
            Assert.Equivalent(clock.StatusAt(At(now)), rebuilt.StatusAt(At(now)));
        }
    }

    [Fact]
    public void FromEvents_WithAGapOrAnImpossibleTransition_IsRefused()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "awaiting caller");
        var events = clock.Events.ToList();

        var gap = Assert.Throws<InvalidHistoryException>(() => SlaClock.FromEvents([events[0], events[2]]));
        Assert.Equal(3, gap.Version);

        var impossible = events.Take(2).Append(new SlaClockResumed(At("Mon 11:00"), Agent) { Version = 3 }).ToList();
        var wrong = Assert.Throws<InvalidHistoryException>(() => SlaClock.FromEvents(impossible));
        Assert.Contains("Resume while Running", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UncommittedEvents_AreThoseSinceMarkCommitted()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.MarkCommitted();
        clock.Pause(Agent, At("Mon 10:00"), "awaiting caller");

        Assert.IsType<SlaClockPaused>(Assert.Single(clock.UncommittedEvents));
    }

    [Fact]
    public void LifecycleDiagram_IsGeneratedFromTheStatelessConfiguration()
    {
        string diagram = SlaClock.LifecycleDiagram();

        Assert.Contains("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.Contains("Running --> Paused : Pause", diagram, StringComparison.Ordinal);
        Assert.Contains("Stopped --> Running : Reopen", diagram, StringComparison.Ordinal);
    }
    [Fact]
    public void Append_FeedsARecordedEvent_AndRefusesOneThatCannotFollow()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        clock.Append(new SlaClockPaused(At("Mon 10:00"), Agent, "awaiting caller") { Version = 3 });

        Assert.Equal(SlaClockState.Paused, clock.State);
        Assert.Empty(clock.UncommittedEvents);
        var wrong = Assert.Throws<InvalidHistoryException>(() => clock.Append(new SlaClockStopped(At("Mon 11:00"), Agent) { Version = 5 }));
        Assert.Equal(5, wrong.Version);
        Assert.Throws<InvalidHistoryException>(() => clock.Append(new SlaClockPaused(At("Mon 11:00"), Agent, "again") { Version = 4 }));
        Assert.Equal(3, clock.Version);
        Assert.Equal(SlaClockState.Paused, clock.State);
    }
}
