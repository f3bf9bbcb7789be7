using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The kit's aggregate laws on random SLA clock histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(SlaClockArbitraries)], Cases = 2_000)]
public class SlaClockLaws : AggregateLawTests<ClockScenario, SlaClock, ClockCommand, SlaClockTrigger, SlaClockEvent>
{
    protected override Arbitrary<ClockScenario> Generator => SlaClockArbitraries.Scenarios();

    protected override IReadOnlyList<SlaClockTrigger> NotCommands => [];

    protected override void AssertInvariants(SlaClock clock)
    {
        Assert.True(System.Enum.IsDefined(clock.State));
        Assert.Equal(clock.Events.OfType<SlaClockStarted>().Count() + clock.Events.OfType<SlaClockReopened>().Count(), clock.Cycle);
        Assert.True(clock.State != SlaClockState.NotStarted || clock.Cycle == 0);

        // What the clock says at its last command agrees with its state, and every cycle but the current one has ended.
        var status = clock.StatusAt(clock.LastCommandAt);
        Assert.Equal((clock.State, clock.Cycle), (status.State, status.Cycle));
        Assert.True(status.Elapsed >= Duration.Zero);
        var cycles = clock.CyclesAt(clock.LastCommandAt);
        Assert.Equal(Enumerable.Range(1, clock.Cycle), cycles.Select(c => c.Cycle));
        Assert.All(cycles.SkipLast(1), c => Assert.NotNull(c.EndedAt));
        Assert.Equal(clock.State is SlaClockState.Stopped or SlaClockState.Cancelled && clock.Cycle > 0, cycles.Count > 0 && cycles[^1].EndedAt is not null);
    }
}
