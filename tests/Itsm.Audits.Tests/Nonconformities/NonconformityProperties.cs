using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Nonconformities;

/// <summary>The laws of corrective action on random histories: closure needs every action done and an effective check;
/// escalation climbs the ladder one rung at a time, each rung once it has fallen due, never for a done action.</summary>
[ScaledProperties(Arbitrary = [typeof(NonconformityArbitraries)], Cases = 2_000)]
public class NonconformityProperties
{
    [Property]
    public Property NoHistory_ClosesANonconformity_WithoutEveryActionDoneAndAnEffectiveCheck(NonconformityScenario scenario)
    {
        var (nonconformity, _) = scenario.Play();
        bool closed = nonconformity.State == NonconformityState.Closed;
        if (closed)
        {
            var closedAt = nonconformity.Events[^1].At;
            Assert.All(nonconformity.Actions, a => Assert.True(a.DoneAt <= closedAt));
            Assert.IsType<NonconformityEffectivenessRecorded>(nonconformity.Events[^1]);
            Assert.True(((NonconformityEffectivenessRecorded)nonconformity.Events[^1]).Effective);
            Assert.Contains(nonconformity.Events, e => e is NonconformityStatusChanged { To: NonconformityState.EffectivenessCheck });
        }

        return true.ToProperty()
            .Classify(closed, "closed")
            .Classify(closed && nonconformity.EffectivenessChecks.Any(c => !c.Effective), "closed after an ineffective check")
            .Classify(nonconformity.State == NonconformityState.Rejected, "rejected");
    }

    [Property]
    public Property Escalation_ClimbsTheLadder_OneRungAtATime_OnlyOnceDue(NonconformityScenario scenario)
    {
        var (nonconformity, _) = scenario.Play();
        var escalations = nonconformity.Events.OfType<NonconformityActionEscalated>().ToList();
        foreach (var group in escalations.GroupBy(e => e.Action))
        {
            var action = nonconformity.Actions[group.Key - 1];
            Assert.Equal(Enumerable.Range(0, group.Count()), group.Select(e => (int)e.Level));
            Assert.All(group, e =>
            {
                Assert.Equal(nonconformity.EscalationDueAt(action, e.Level), e.DueAt);
                Assert.True(e.At >= e.DueAt);
                Assert.True(action.DoneAt is null || e.At <= action.DoneAt);
            });
            Assert.Equal(group.Last().Level, action.Escalated);
        }

        return true.ToProperty()
            .Classify(escalations.Count == 0, "no escalation")
            .Classify(escalations.Count > 0, "escalated")
            .Classify(escalations.Any(e => e.Level == EscalationLevel.TopManagement), "reached top management");
    }
}
