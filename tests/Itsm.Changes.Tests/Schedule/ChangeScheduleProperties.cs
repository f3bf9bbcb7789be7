using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using NodaTime;
using Interval = NodaTime.Interval;
using Itsm.Tests.Shared;

namespace Itsm.Changes.Tests.Schedule;

/// <summary>The schedule's conflicts equal a brute-force pairwise check, on random schedules.</summary>
[ScaledProperties(Arbitrary = [typeof(ScheduleArbitraries)], Cases = 2_000)]
public class ChangeScheduleProperties
{
    [Property]
    public Property ConflictsFound_EqualABruteForcePairwiseCheck(ScheduleScenario scenario)
    {
        var found = scenario.Schedule().ConflictsOf(scenario.Candidate)
            .Select(c => (c.Kind, With: c.With?.Value, Item: c.Item?.Value))
            .ToHashSet();

        var expected = BruteForce(scenario);

        Assert.Equal(expected.OrderBy(e => e.ToString()), found.OrderBy(e => e.ToString()));
        return true.ToProperty()
            .Classify(found.Count == 0, "no conflict")
            .Classify(found.Any(c => c.Kind == ScheduleConflictKind.RelatedConfigurationItem), "a related item")
            .Classify(found.Any(c => c.Kind == ScheduleConflictKind.SameConfigurationItem), "the same item")
            .Classify(found.Any(c => c.Kind == ScheduleConflictKind.SameImplementer), "the same implementer")
            .Classify(scenario.Entries.Any(e => e.Change == scenario.Candidate.Change), "the candidate is scheduled already");
    }

    /// <summary>The definition, pair by pair: every other entry whose window overlaps (half-open), every item, every
    /// relation; the maintenance windows minute by minute.</summary>
    private static HashSet<(ScheduleConflictKind, string?, string?)> BruteForce(ScheduleScenario scenario)
    {
        var c = scenario.Candidate;
        var expected = new HashSet<(ScheduleConflictKind, string?, string?)>();
        foreach (var e in scenario.Entries.Where(e => e.Change != c.Change && e.Window.Start < c.Window.End && c.Window.Start < e.Window.End))
        {
            foreach (var x in c.ConfigurationItems)
            {
                if (e.ConfigurationItems.Contains(x))
                {
                    expected.Add((ScheduleConflictKind.SameConfigurationItem, e.Change.Value, x.Value));
                }

                foreach (var (parent, child) in scenario.Relations)
                {
                    bool related = (child == x && parent != x && e.ConfigurationItems.Contains(parent)) || (parent == x && child != x && e.ConfigurationItems.Contains(child));
                    if (related)
                    {
                        expected.Add((ScheduleConflictKind.RelatedConfigurationItem, e.Change.Value, x.Value));
                    }
                }
            }

            if (e.Implementer == c.Implementer)
            {
                expected.Add((ScheduleConflictKind.SameImplementer, e.Change.Value, null));
            }
        }

        if (scenario.Maintenance && !EveryMinuteInMaintenance(c.Window))
        {
            expected.Add((ScheduleConflictKind.OutsideMaintenanceWindow, null, null));
        }

        if (scenario.Freezes.Any(f => f.Period.Start < c.Window.End && c.Window.Start < f.Period.End))
        {
            expected.Add((ScheduleConflictKind.InFreeze, null, null));
        }

        return expected;
    }

    private static bool EveryMinuteInMaintenance(Interval window)
    {
        for (var t = window.Start; t < window.End; t += Duration.FromMinutes(1))
        {
            int hour = t.InUtc().Hour;
            if (hour is < 18 or >= 23)
            {
                return false;
            }
        }

        return true;
    }
}
