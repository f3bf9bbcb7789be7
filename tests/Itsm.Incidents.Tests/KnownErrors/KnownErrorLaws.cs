// sample:testing-laws-usings
using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;
// end-sample

namespace Itsm.Incidents.Tests.KnownErrors;

/// <summary>The kit's aggregate laws on random known error histories, and the generator's reach.</summary>
// sample:testing-known-error-laws
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 2_000)]
public class KnownErrorLaws : AggregateLawTests<KnownErrorScenario, KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger, KnownErrorEvent>
{
    protected override Arbitrary<KnownErrorScenario> Generator => ProblemArbitraries.KnownErrorScenarios();

    protected override IReadOnlyList<KnownErrorTrigger> NotCommands => [KnownErrorTrigger.Draft];

    protected override void AssertInvariants(KnownError knownError)
    {
        Assert.True(System.Enum.IsDefined(knownError.State));
        Assert.False(string.IsNullOrWhiteSpace(knownError.Symptom));
        Assert.True(knownError.RootCause is not null || knownError.Workaround is not null);
        Assert.Equal(knownError.State is KnownErrorState.Published or KnownErrorState.Superseded || (knownError.State == KnownErrorState.Retired && knownError.PublishedAt is not null), knownError.PublishedAt is not null);
        Assert.True(knownError.PublishedAt is null || knownError.Workaround is not null);
        Assert.Equal(knownError.State == KnownErrorState.Retired, knownError.RetirementReason is not null);
        Assert.Equal(knownError.State == KnownErrorState.Superseded, knownError.SupersededBy is not null);
        Assert.NotEqual(knownError.Id, knownError.SupersededBy);
    }
}
// end-sample
