using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Incidents.Tests.Problems;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.Trends;

/// <summary>Trend analysis: recurring incidents without a problem, each boundary on both sides.</summary>
public class IncidentTrendsTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 12, 0);
    private static readonly Id<Kinds.ConfigurationItem> Mx01 = new("mx-01");
    private static readonly Id<Kinds.Service> Email = new("email");

    private static Incident Logged(string id, Instant at, string category = "email/delivery", Id<Kinds.Service>? service = null, params Id<Kinds.ConfigurationItem>[] items) =>
        Incident.Log(new Id<Kinds.Incident>(id), "caller", service ?? Email, items, category, 2, 2, IncidentScenario.Settings, IncidentScenario.Actors[0], at);

    private static List<Incident> ThreeOnMx01(Duration apart) =>
        [.. Enumerable.Range(0, 3).Select(i => Logged("INC-" + i, At - (apart * i), "cat-" + i, null, Mx01))];

    [Fact]
    public void ThreeIncidentsOnOneItemWithinTheWindow_AreATrend_WithTheIncidentsAsEvidence()
    {
        var incidents = ThreeOnMx01(Duration.FromDays(5));

        var trend = Assert.Single(IncidentTrends.RecurringWithoutProblem(incidents, [], TrendSettings.Default, At));

        Assert.Equal((TrendKind.ConfigurationItem, (Id<Kinds.ConfigurationItem>?)Mx01, Email), (trend.Kind, trend.ConfigurationItem, trend.Service));
        Assert.Equal(["INC-2", "INC-1", "INC-0"], trend.Incidents.Select(i => i.Value));
        Assert.Equal((At - Duration.FromDays(10), At), (trend.From, trend.To));
        Assert.Equal("Recurring incidents on mx-01", trend.ProposedTitle);
        Assert.Contains("3 incidents on mx-01", trend.ProposedJustification, StringComparison.Ordinal);
        Assert.Equal(incidents.Select(i => i.Id).Order(), new RecurringIncidentsWithoutProblemSpec(incidents, [], TrendSettings.Default, At).Evaluate(incidents).Select(i => i.Id).Order());
    }

    [Fact]
    public void OneIncidentFewer_IsNoTrend()
    {
        var incidents = ThreeOnMx01(Duration.FromDays(5)).Take(2);

        Assert.Empty(IncidentTrends.RecurringWithoutProblem(incidents, [], TrendSettings.Default, At));
        Assert.Single(IncidentTrends.RecurringWithoutProblem(incidents, [], TrendSettings.Default with { MinimumIncidents = 2 }, At));
    }

    [Fact]
    public void TheWindow_EndsAtTheInstant_AndExcludesItsStart()
    {
        var window = TrendSettings.Default.Window;
        List<Incident> incidents = [Logged("INC-A", At, "a", null, Mx01), Logged("INC-B", At - Duration.FromDays(1), "b", null, Mx01)];

        Assert.Empty(IncidentTrends.RecurringWithoutProblem([.. incidents, Logged("INC-C", At - window, "c", null, Mx01)], [], TrendSettings.Default, At));
        Assert.Single(IncidentTrends.RecurringWithoutProblem([.. incidents, Logged("INC-C", At - window + Duration.FromSeconds(1), "c", null, Mx01)], [], TrendSettings.Default, At));
        Assert.Empty(IncidentTrends.RecurringWithoutProblem([.. incidents, Logged("INC-C", At - Duration.FromDays(2), "c", null, Mx01)], [], TrendSettings.Default, At - Duration.FromDays(1) - Duration.FromSeconds(1)));
    }

    [Fact]
    public void IncidentsAProblemLinks_OrCancelled_DoNotCount()
    {
        var incidents = ThreeOnMx01(Duration.FromDays(5));
        var problem = ProblemFixtures.Logged();
        problem.LinkIncident(ProblemFixtures.Pm, ProblemFixtures.Day(1), incidents[0].Id);

        Assert.Empty(IncidentTrends.RecurringWithoutProblem(incidents, [problem], TrendSettings.Default, At));

        incidents[0].Cancel(IncidentScenario.Actors[0], At, CancelReason.LoggedInError);
        Assert.Empty(IncidentTrends.RecurringWithoutProblem(incidents, [], TrendSettings.Default, At));
    }

    [Fact]
    public void TheSameCategoryOnTheSameService_IsATrend_OnAnotherServiceItIsNot()
    {
        var web = new Id<Kinds.Service>("web");
        List<Incident> incidents = [Logged("INC-1", At, "email/delivery"), Logged("INC-2", At - Duration.FromDays(1), "email/delivery"), Logged("INC-3", At - Duration.FromDays(2), "email/delivery", web)];

        Assert.Empty(IncidentTrends.RecurringWithoutProblem(incidents, [], TrendSettings.Default, At));

        var trend = Assert.Single(IncidentTrends.RecurringWithoutProblem([.. incidents, Logged("INC-4", At - Duration.FromDays(3), "email/delivery")], [], TrendSettings.Default, At));
        Assert.Equal((TrendKind.CategoryAndService, "email/delivery", Email, 3), (trend.Kind, trend.Category, trend.Service, trend.Incidents.Length));
        Assert.Equal("Recurring 'email/delivery' incidents on email", trend.ProposedTitle);
    }

    [Fact]
    public void Settings_AreValidatedWhenBuilt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendSettings.Default with { MinimumIncidents = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendSettings.Default with { Window = Duration.Zero });
        Assert.Throws<ArgumentNullException>(() => IncidentTrends.RecurringWithoutProblem(null!, [], TrendSettings.Default, At));
        Assert.Throws<ArgumentNullException>(() => IncidentTrends.RecurringWithoutProblem([null!], [], TrendSettings.Default, At));
    }
}
