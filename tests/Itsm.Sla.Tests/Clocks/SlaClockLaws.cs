using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The kit's aggregate laws on random SLA clock histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(SlaClockArbitraries)], MaxTest = 10_000)]
public class SlaClockLaws : AggregateLawTests<ClockScenario, SlaClock, ClockCommand, SlaClockTrigger, SlaClockEvent>
{
    protected override Arbitrary<ClockScenario> Generator => SlaClockArbitraries.Scenarios();

    protected override IReadOnlyList<SlaClockTrigger> NotCommands => [];
}
