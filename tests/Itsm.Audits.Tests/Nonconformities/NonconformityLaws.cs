using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Nonconformities;

/// <summary>The kit's aggregate laws on random nonconformity histories.</summary>
[ScaledProperties(Arbitrary = [typeof(NonconformityArbitraries)], Cases = 2_000)]
public class NonconformityLaws : AggregateLawTests<NonconformityScenario, Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger, NonconformityEvent>
{
    protected override Arbitrary<NonconformityScenario> Generator => NonconformityArbitraries.Scenarios();

    protected override IReadOnlyList<NonconformityTrigger> NotCommands => [NonconformityTrigger.Report];

    protected override void AssertInvariants(Nonconformity nonconformity)
    {
        Assert.Equal(Enumerable.Range(1, nonconformity.Actions.Count), nonconformity.Actions.Select(a => a.Number));
        Assert.Equal(nonconformity.State == NonconformityState.Rejected, nonconformity.RejectionReason is not null);
        if (nonconformity.State >= NonconformityState.PlanApproved && nonconformity.State != NonconformityState.Rejected)
        {
            Assert.Contains(nonconformity.Actions, a => a.Type == ActionType.Corrective);
        }

        if (nonconformity.State is NonconformityState.ImplementationVerified or NonconformityState.EffectivenessCheck or NonconformityState.Closed)
        {
            Assert.Empty(nonconformity.OpenActions);
        }

        if (nonconformity.State == NonconformityState.Closed)
        {
            Assert.True(nonconformity.EffectivenessChecks[^1].Effective);
            Assert.True(nonconformity.EffectivenessChecks[^1].At >= nonconformity.EffectivenessCheckDueAt);
        }
    }
}
