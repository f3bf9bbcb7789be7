using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Trends;

/// <summary>One incident of a random trend history: its configuration item (or none), category, service, how long before
/// the analysis it was logged, and whether it was cancelled or linked to a problem.</summary>
public sealed record TrendIncident(int Item, int Category, int Service, int MinutesBefore, bool Cancelled, bool Linked);

/// <summary>Trend analysis against a reference that counts every group the slow way, on random histories.</summary>
public class IncidentTrendsProperties
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 1, 12, 0);

    /// <summary>Random histories that shrink by dropping incidents, so a failure is reported with the fewest.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(TrendIncident[] Incidents, int Minimum, int WindowDays)> Histories() =>
        Testing.Laws.Histories.Arbitrary(
            from minimum in Gen.Choose(2, 4)
            from windowDays in Gen.Choose(1, 40)
            from incidents in Gen.ArrayOf(
                from item in Gen.Choose(-1, 2)
                from category in Gen.Choose(0, 1)
                from service in Gen.Choose(0, 1)
                from minutes in Gen.Frequency(
                    (1, Gen.Constant(windowDays * 24 * 60)),
                    (1, Gen.Constant((windowDays * 24 * 60) - 1)),
                    (1, Gen.Constant(0)),
                    (12, Gen.Choose(-600, 50 * 24 * 60)))
                from cancelled in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
                from linked in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
                select new TrendIncident(item, category, service, minutes, cancelled, linked))
            select (Incidents: incidents, Minimum: minimum, WindowDays: windowDays),
            h => h.Incidents,
            (h, fewer) => h with { Incidents = [.. fewer] });

    [ScaledProperty(Cases = 2_000, Arbitrary = [typeof(IncidentTrendsProperties)])]
    public Property TheTrends_AreExactlyTheGroupsThatRecurEnough((TrendIncident[] Incidents, int Minimum, int WindowDays) history)
    {
        var settings = TrendSettings.Default with { MinimumIncidents = history.Minimum, Window = Duration.FromDays(history.WindowDays) };
        var (incidents, problems) = Build(history.Incidents);

        var trends = IncidentTrends.RecurringWithoutProblem(incidents, problems, settings, At);

        // The reference: every incident that counts, then every group of them, counted one by one.
        var counted = history.Incidents.Select((d, i) => (d, i))
            .Where(p => !p.d.Cancelled && !p.d.Linked && p.d.MinutesBefore >= 0 && p.d.MinutesBefore < history.WindowDays * 24 * 60)
            .ToList();
        var expected = new List<(TrendKind, string, string[])>();
        foreach (int item in new[] { 0, 1, 2 })
        {
            var group = counted.Where(p => p.d.Item == item).Select(p => incidents[p.i]).ToList();
            if (group.Count >= history.Minimum)
            {
                expected.Add((TrendKind.ConfigurationItem, "ci-" + item, Ids(group)));
            }
        }

        foreach (int service in new[] { 0, 1 })
        {
            foreach (int category in new[] { 0, 1 })
            {
                var group = counted.Where(p => p.d.Service == service && p.d.Category == category).Select(p => incidents[p.i]).ToList();
                if (group.Count >= history.Minimum)
                {
                    expected.Add((TrendKind.CategoryAndService, "svc-" + service + "/cat-" + category, Ids(group)));
                }
            }
        }

        var actual = trends.Select(t => (t.Kind, t.Kind == TrendKind.ConfigurationItem ? t.ConfigurationItem!.Value.Value : t.Service.Value + "/" + t.Category, t.Incidents.Select(i => i.Value).Order().ToArray())).ToList();
        Assert.Equal(expected.Select(e => (e.Item1, e.Item2, string.Join(",", e.Item3))), actual.Select(a => (a.Kind, a.Item2, string.Join(",", a.Item3))));
        Assert.All(trends, t => Assert.True(t.From <= t.To && t.Incidents.Length >= history.Minimum));
        return true.ToProperty()
            .Classify(trends.Count == 0, "no trend")
            .Classify(trends.Count > 0, "some trends")
            .Classify(trends.Any(t => t.Kind == TrendKind.CategoryAndService), "a category trend");
    }

    private static string[] Ids(IEnumerable<Incident> group) => [.. group.Select(i => i.Id.Value).Order()];

    private static (List<Incident> Incidents, List<Problem> Problems) Build(TrendIncident[] descriptions)
    {
        var desk = IncidentScenario.Actors[0];
        var incidents = descriptions.Select((d, i) =>
        {
            var at = At - Duration.FromMinutes(d.MinutesBefore);
            var incident = Incident.Log(
                new Id<Kinds.Incident>("INC-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)),
                "caller",
                new Id<Kinds.Service>("svc-" + d.Service),
                d.Item < 0 ? [] : [new Id<Kinds.ConfigurationItem>("ci-" + d.Item)],
                "cat-" + d.Category,
                2,
                2,
                IncidentScenario.Settings,
                desk,
                at);
            if (d.Cancelled)
            {
                incident.Cancel(desk, at, CancelReason.LoggedInError);
            }

            return incident;
        }).ToList();
        var problem = Problem.Log(new Id<Kinds.Problem>("PRB-1"), "t", "d", new Id<Kinds.Service>("svc-0"), [], Priority.P3, Problems.ProblemFixtures.Pm, ProblemSettings.Default, Problems.ProblemFixtures.Pm, At - Duration.FromDays(400));
        foreach (var (d, i) in descriptions.Select((d, i) => (d, i)).Where(p => p.d.Linked))
        {
            problem.LinkIncident(Problems.ProblemFixtures.Pm, At - Duration.FromDays(399), incidents[i].Id);
        }

        return (incidents, [problem]);
    }
}
