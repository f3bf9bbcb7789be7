using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The laws of a major incident and its children over random mixed histories.</summary>
[ScaledProperties(Arbitrary = [typeof(IncidentArbitraries)], Cases = 2_000)]
public class IncidentFamilyProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheFamilyRules_RefusedOnesChangeNoRecord(IncidentFamilyScenario scenario)
    {
        var records = scenario.Start();
        var at = IncidentScenario.Start;
        int resolvedWithChildren = 0;
        int reopenedChildren = 0;
        foreach (var command in scenario.Commands)
        {
            at += command.Command.After;
            var before = records.Select(r => Fingerprints.Of(r, at, IncidentScenario.JsonOptions)).ToList();
            try
            {
                IncidentFamilyScenario.Apply(records, command, at);
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                Assert.Equal(before, records.Select(r => Fingerprints.Of(r, at, IncidentScenario.JsonOptions)).ToList());
                continue;
            }

            var (parent, children) = (records[0], records.Skip(1).ToArray());
            Assert.Equal(children.Where(c => c.Parent == parent.Id).Select(c => c.Id).Order(), parent.Children.Order());
            Assert.All(children, c => Assert.Empty(c.Children));
            if (parent.State == IncidentState.Closed)
            {
                Assert.All(children.Where(c => c.Parent == parent.Id), c => Assert.True(c.State is IncidentState.Closed or IncidentState.Cancelled, $"{c.Id} is {c.State}"));
            }

            // A resolved or closed parent never has an open child, whichever record the command was given to.
            if (parent.State is IncidentState.Resolved or IncidentState.Closed)
            {
                resolvedWithChildren += parent.Children.Count > 0 ? 1 : 0;
                Assert.All(children.Where(c => c.Parent == parent.Id), c => Assert.DoesNotContain(c.State, new[] { IncidentState.New, IncidentState.InProgress, IncidentState.OnHold }));
            }

            reopenedChildren += command.Target == 3 && command.Command.Trigger == IncidentTrigger.Reopen ? 1 : 0;
        }

        return true.ToProperty()
            .Classify(resolvedWithChildren > 0, "a resolved or closed parent with children")
            .Classify(reopenedChildren > 0, "a child reopened through the family");
    }

    [Property]
    public void RebuildingEachRecordFromItsEvents_EqualsTheLiveRecord(IncidentFamilyScenario scenario)
    {
        var (records, at) = scenario.Play();

        foreach (var record in records)
        {
            var rebuilt = Incident.FromEvents(record.Events, IncidentScenario.Settings);
            Assert.Equal(Fingerprints.Of(record, at, IncidentScenario.JsonOptions), Fingerprints.Of(rebuilt, at, IncidentScenario.JsonOptions));
        }
    }
}
