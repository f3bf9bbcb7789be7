using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The kit's aggregate laws on random problem histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class ProblemLaws : AggregateLawTests<ProblemScenario, Problem, HistoryStep<ProblemTrigger>, ProblemTrigger, ProblemEvent>
{
    protected override Arbitrary<ProblemScenario> Generator => ProblemArbitraries.Scenarios();

    protected override IReadOnlyList<ProblemTrigger> NotCommands => [ProblemTrigger.Log, ProblemTrigger.Close];
}
