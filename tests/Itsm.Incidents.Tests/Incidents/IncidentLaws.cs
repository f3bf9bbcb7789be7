using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The kit's aggregate laws on random incident histories, 10,000 cases each, and the generators' reach.</summary>
[Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
public class IncidentLaws
{
    [Property]
    public Property RefusedCommandsChangeNothing(IncidentScenario history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    [Property]
    public Property RebuildEqualsLive(IncidentScenario history) => AggregateLaws.RebuildEqualsLive(history);

    [Property]
    public Property CanFireAgreesWithTheCommand(IncidentScenario history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    [Property]
    public Property JsonRoundTripEqualsLive(IncidentScenario history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    [Fact]
    public void TheGeneratorsReachEveryTriggerAndEveryEvent()
    {
        // A single incident's histories reach every command but the family's; the family's histories reach those.
        var coverage = Histories.Coverage<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>(
            Histories.Sample(IncidentArbitraries.Scenarios(), 2000),
            record => record.Events,
            typeof(IncidentEvent),
            IncidentTrigger.Log, IncidentTrigger.AutoClose, IncidentTrigger.LinkChild, IncidentTrigger.LinkToParent, IncidentTrigger.ResolveWithParent);
        var familyEvents = Histories.Sample(IncidentArbitraries.FamilyScenarios(), 2000)
            .SelectMany(PlayFamily)
            .Select(e => e.GetType().Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(coverage.MissingTriggers);
        Assert.All(coverage.MissingEvents, e => Assert.Contains(e, familyEvents));
        Assert.Contains(nameof(IncidentResolvedWithParent), familyEvents);
    }

    private static IncidentEvent[] PlayFamily(IncidentFamilyScenario scenario)
    {
        var records = scenario.Start();
        var at = IncidentScenario.Start;
        foreach (var command in scenario.Commands)
        {
            at += command.Command.After;
            try
            {
                IncidentFamilyScenario.Apply(records, command, at);
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                // A refusal reaches nothing; the history goes on.
            }
        }

        return [.. records.SelectMany(r => r.Events)];
    }
}
