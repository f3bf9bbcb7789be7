using System;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;

namespace Itsm.Sla.Tests.Clocks;

// The argument checks of every command: each refusal names the argument and leaves the clock as it was.
public partial class SlaClockTests
{
    [Fact]
    public void Create_ChecksEveryArgument()
    {
        var target = Resolution(8);

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => SlaClock.Create(null!, target, Agent, At("Mon 09:00"))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => SlaClock.Create("c", null!, Agent, At("Mon 09:00"))).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => SlaClock.Create("c", target, null!, At("Mon 09:00"))).ParamName);
        Assert.Equal("A clock needs an id that is not empty. (Parameter 'id')", Assert.Throws<ArgumentException>(() => SlaClock.Create(" ", target, Agent, At("Mon 09:00"))).Message);
        Assert.Equal("combination", Assert.Throws<ArgumentException>(() => SlaClock.Create("c", target, Agent, At("Mon 09:00"), (CycleCombination)99)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.Create("c", target, Agent, RecordTime.MaxInstant + NodaTime.Duration.Epsilon)).ParamName);
        Assert.Equal(1, SlaClock.Create("c", target, Agent, RecordTime.MaxInstant).Version);
    }

    [Fact]
    public void Commands_RefuseMissingOrBlankArguments_AndChangeNothing()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        var at = At("Mon 10:00");

        Assert.Throws<ArgumentNullException>(() => clock.Pause(Agent, at, null!));
        Assert.Equal("A reason is required and may not be empty. (Parameter 'reason')", Assert.Throws<ArgumentException>(() => clock.Pause(Agent, at, " ")).Message);
        Assert.Throws<ArgumentNullException>(() => clock.Cancel(Agent, at, null!));
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => clock.Cancel(Agent, at, "")).ParamName);
        Assert.Throws<ArgumentNullException>(() => clock.Stop(null!, at));
        Assert.Throws<ArgumentNullException>(() => clock.Resume(null!, at));
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => clock.Retarget(Agent, at, null!, RetroactiveMode.FromChange)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => clock.ChangeCalendar(Agent, at, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => clock.Append(null!));
        Assert.Equal(2, clock.Version);
        Assert.Equal(SlaClockState.Running, clock.State);
    }

    [Fact]
    public void Retarget_KeepsTheMetricAndTheCalendar_AndNamesAModeThatIsNotOne()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        var at = At("Mon 10:00");

        var metric = Assert.Throws<ArgumentException>(() => clock.Retarget(Agent, at, new SlaTarget(SlaMetric.Response, Hours(4), W), RetroactiveMode.FromChange));
        var calendar = Assert.Throws<ArgumentException>(() => clock.Retarget(Agent, at, Resolution(4, Weekly(8, 16, "early")), RetroactiveMode.FromChange));
        var mode = Assert.Throws<ArgumentException>(() => clock.Retarget(Agent, at, Resolution(4), (RetroactiveMode)9));

        Assert.Equal("The clock 'INC-1/resolution' measures resolution, so it cannot be retargeted to a response target. (Parameter 'target')", metric.Message);
        Assert.StartsWith("The clock 'INC-1/resolution' counts on the calendar 'W', and the target", calendar.Message, StringComparison.Ordinal);
        Assert.Equal("9 is not a retroactive mode. (Parameter 'mode')", mode.Message);
        Assert.Equal(2, clock.Version);
        clock.Retarget(Agent, at, Hours(4), RetroactiveMode.FromChange);
        Assert.Equal(Hours(4), clock.Target.Amount);
    }

    [Fact]
    public void Create_NamesTheCombinationAndTheInstantItRefuses()
    {
        var target = Resolution(8);
        var late = RecordTime.MaxInstant + NodaTime.Duration.Epsilon;

        Assert.Equal("99 is not a cycle combination. (Parameter 'combination')", Assert.Throws<ArgumentException>(() => SlaClock.Create("c", target, Agent, At("Mon 09:00"), (CycleCombination)99)).Message);
        Assert.StartsWith("The clock's creation at 2250-01-01T00:00:00.000000001Z is outside the supported range: ", Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.Create("c", target, Agent, late)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_AHistoryWithoutItsCreation_NamesNoId()
    {
        var error = Assert.Throws<InvalidHistoryException>(() => SlaClock.FromEvents([new SlaClockStarted(At("Mon 09:00"), Agent) { Version = 1 }]));

        Assert.Equal((nameof(SlaClock), string.Empty, 1L), (error.RecordType, error.RecordId, error.Version));
        Assert.Equal("a clock's history starts with its creation event", error.Rule);
    }

    [Fact]
    public void FromEvents_AnEventThisVersionDoesNotKnow_IsAnInvalidHistory()
    {
        var created = SlaClock.Create("INC-1/resolution", Resolution(8), Agent, At("Mon 09:00")).Events[0];

        var error = Assert.Throws<InvalidHistoryException>(() => SlaClock.FromEvents([created, new FutureClockEvent(At("Mon 10:00"), Agent) { Version = 2 }]));

        Assert.Equal("FutureClockEvent is not an SLA clock event this version knows", error.Rule);
        Assert.Equal(2, error.Version);
    }

    private sealed record FutureClockEvent(NodaTime.Instant At, Actor Actor) : SlaClockEvent(At, Actor);
}
