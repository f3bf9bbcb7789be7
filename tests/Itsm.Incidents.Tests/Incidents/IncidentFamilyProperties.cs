using System;
using System.Linq;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The laws of a major incident and its children over random mixed histories, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
public class IncidentFamilyProperties
{
    [Property]
    public void AcceptedCommandsKeepTheFamilyRules_RefusedOnesChangeNoRecord(IncidentFamilyScenario scenario)
    {
        var records = scenario.Start();
        var at = IncidentScenario.Start;
        foreach (var command in scenario.Commands)
        {
            at += command.Command.After;
            var before = records.Select(r => Fingerprints.Of(r, at)).ToList();
            try
            {
                IncidentFamilyScenario.Apply(records, command, at);
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                Assert.Equal(before, records.Select(r => Fingerprints.Of(r, at)).ToList());
                continue;
            }

            var (parent, children) = (records[0], records.Skip(1).ToArray());
            Assert.Equal(children.Where(c => c.Parent == parent.Id).Select(c => c.Id).Order(), parent.Children.Order());
            Assert.All(children, c => Assert.Empty(c.Children));
            if (parent.State == IncidentState.Closed)
            {
                Assert.All(children.Where(c => c.Parent == parent.Id), c => Assert.True(c.State is IncidentState.Closed or IncidentState.Cancelled, $"{c.Id} is {c.State}"));
            }

            if (command.Target == 3 && command.Command.Trigger == IncidentTrigger.Resolve)
            {
                Assert.All(children.Where(c => c.Parent == parent.Id), c => Assert.DoesNotContain(c.State, new[] { IncidentState.New, IncidentState.InProgress, IncidentState.OnHold }));
            }
        }
    }

    [Property]
    public void RebuildingEachRecordFromItsEvents_EqualsTheLiveRecord(IncidentFamilyScenario scenario)
    {
        var (records, at) = scenario.Play();

        foreach (var record in records)
        {
            var rebuilt = Incident.FromEvents(record.Events, IncidentScenario.Settings);
            Assert.Equal(Fingerprints.Of(record, at), Fingerprints.Of(rebuilt, at));
        }
    }
}
