using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The kit's aggregate laws on random incident histories, and the generators' reach: a
/// single incident's histories reach every command but the family's, whose histories reach those.</summary>
[ScaledProperties(Arbitrary = [typeof(IncidentArbitraries)], Cases = 2_000)]
public class IncidentLaws : AggregateLawTests<IncidentScenario, Incident, HistoryStep<IncidentTrigger>, IncidentTrigger, IncidentEvent>
{
    protected override Arbitrary<IncidentScenario> Generator => IncidentArbitraries.Scenarios();

    protected override IReadOnlyList<IncidentTrigger> NotCommands =>
        [IncidentTrigger.Log, IncidentTrigger.AutoClose, IncidentTrigger.LinkChild, IncidentTrigger.LinkToParent, IncidentTrigger.ResolveWithParent];

    protected override HistoryCoverage Missing(HistoryCoverage coverage)
    {
        var familyEvents = Histories.Sample(IncidentArbitraries.FamilyScenarios(), 2000)
            .SelectMany(family => family.Play().Records.SelectMany(r => r.Events))
            .Select(e => e.GetType().Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(nameof(IncidentResolvedWithParent), familyEvents);
        return coverage with { MissingEvents = [.. coverage.MissingEvents.Where(e => !familyEvents.Contains(e))] };
    }

    protected override void AssertInvariants(Incident incident)
    {
        Assert.True(Enum.IsDefined(incident.State));
        Assert.Equal(incident.State == IncidentState.OnHold, incident.HoldReason is not null);
        Assert.Equal(incident.State == IncidentState.OnHold, incident.ResolutionClock.State == SlaClockState.Paused);
        Assert.Equal(incident.State is IncidentState.New or IncidentState.InProgress, incident.ResolutionClock.State == SlaClockState.Running);
        Assert.Equal(incident.State == IncidentState.Cancelled, incident.CancelReason is not null);
        Assert.Equal(incident.State == IncidentState.Closed, incident.Closure is not null);
        if (incident.State is IncidentState.Resolved or IncidentState.Closed)
        {
            Assert.False(string.IsNullOrWhiteSpace(incident.ResolutionCode));
            Assert.False(string.IsNullOrWhiteSpace(incident.ResolutionNotes));
            Assert.NotNull(incident.ResolvedAt);
        }

        if (incident.State is IncidentState.InProgress or IncidentState.OnHold)
        {
            Assert.False(incident.Group.IsEmpty);
        }

        if (incident.IsAcknowledged)
        {
            Assert.NotEqual(SlaClockState.Running, incident.ResponseClock.State);
        }

        if (incident.State == IncidentState.Closed && incident.IsMajor)
        {
            Assert.NotNull(incident.MajorReview);
        }

        if (incident.IsMajor)
        {
            Assert.False(string.IsNullOrWhiteSpace(incident.MajorOwner));
        }

    }
}
