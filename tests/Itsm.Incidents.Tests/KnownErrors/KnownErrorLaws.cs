using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.KnownErrors;

/// <summary>The kit's aggregate laws on random known error histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class KnownErrorLaws : AggregateLawTests<KnownErrorScenario, KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger, KnownErrorEvent>
{
    protected override Arbitrary<KnownErrorScenario> Generator => ProblemArbitraries.KnownErrorScenarios();

    protected override IReadOnlyList<KnownErrorTrigger> NotCommands => [KnownErrorTrigger.Draft];
}
