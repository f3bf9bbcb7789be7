using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>What makes incidents a trend worth a problem: how many, within how long.</summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed record TrendSettings
{
    /// <summary>Gets the source documents' reading of "recurring": 3 incidents within 30 days.</summary>
    public static TrendSettings Default { get; } = new();

    /// <summary>Gets how many incidents make a trend; 3 by default, at least 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 2.</exception>
    public int MinimumIncidents
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumIncidents), value, $"{nameof(MinimumIncidents)} is {value}; a trend is at least 2 incidents.");
    } = 3;

    /// <summary>Gets the period the incidents are logged within, ending at the analysis instant; 30 days by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public Duration Window
    {
        get;
        init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Window), value, $"{nameof(Window)} is {value}; a trend is looked for over a positive period.");
    } = Duration.FromDays(30);
}

/// <summary>What recurring incidents have in common.</summary>
public enum TrendKind
{
    /// <summary>The same configuration item.</summary>
    ConfigurationItem = 1,

    /// <summary>The same category on the same service.</summary>
    CategoryAndService = 2,
}

/// <summary>Recurring incidents not yet linked to a problem, and the problem the trend proposes.</summary>
/// <param name="Kind">What they have in common.</param>
/// <param name="ConfigurationItem">The configuration item, for <see cref="TrendKind.ConfigurationItem"/>.</param>
/// <param name="Category">The category, for <see cref="TrendKind.CategoryAndService"/>.</param>
/// <param name="Service">The service: for <see cref="TrendKind.CategoryAndService"/> theirs; otherwise that of the most
/// incidents (the first logged on a tie).</param>
/// <param name="Incidents">The incidents, oldest first: the evidence.</param>
/// <param name="From">When the first was logged.</param>
/// <param name="To">When the last was logged.</param>
public sealed record IncidentTrend(
    TrendKind Kind,
    Id<Kinds.ConfigurationItem>? ConfigurationItem,
    string? Category,
    Id<Kinds.Service> Service,
    ImmutableArray<Id<Kinds.Incident>> Incidents,
    Instant From,
    Instant To)
{
    /// <summary>Gets the proposed problem's title.</summary>
    public string ProposedTitle => Kind == TrendKind.ConfigurationItem
        ? $"Recurring incidents on {ConfigurationItem}"
        : $"Recurring '{Category}' incidents on {Service}";

    /// <summary>Gets the trend justification the proposed problem records (preventive action from incident trend
    /// analysis).</summary>
    public string ProposedJustification => string.Create(
        CultureInfo.InvariantCulture,
        $"{Incidents.Length} incidents {(Kind == TrendKind.ConfigurationItem ? $"on {ConfigurationItem}" : $"of category '{Category}' on {Service}")} logged from {From} to {To} without a problem: {string.Join(", ", Incidents)}");
}

/// <summary>
/// Trend analysis over incidents (preventive action from incident trend analysis): finds incidents that recur on the same
/// configuration item, or in the same category on the same service, at least <see cref="TrendSettings.MinimumIncidents"/>
/// times within <see cref="TrendSettings.Window"/>, among the incidents no problem links yet, and proposes a problem
/// for each trend with the incidents as evidence.
/// </summary>
/// <remarks>A pure function of the records it is given. Cancelled incidents (logged in error or duplicates) do not count.</remarks>
public static class IncidentTrends
{
    /// <summary>The trends at an instant.</summary>
    /// <param name="incidents">The incidents to look at.</param>
    /// <param name="problems">The problems whose linked incidents are already explained.</param>
    /// <param name="settings">What makes a trend.</param>
    /// <param name="at">The end of the window.</param>
    /// <returns>The trends: by configuration item first (ordinal), then by service and category (ordinal).</returns>
    /// <exception cref="ArgumentNullException">An argument, an incident or a problem is null.</exception>
    public static IReadOnlyList<IncidentTrend> RecurringWithoutProblem(IEnumerable<Incident> incidents, IEnumerable<Problem> problems, TrendSettings settings, Instant at)
    {
        Preconditions.CheckNotNull(settings);
        var linked = Preconditions.CheckNotNull(problems).SelectMany(p => Preconditions.CheckNotNull(p, nameof(problems)).LinkedIncidents).ToHashSet();
        var unexplained = Preconditions.CheckNotNull(incidents)
            .Select(i => Preconditions.CheckNotNull(i, nameof(incidents)))
            .Where(i => i.State != IncidentState.Cancelled && !linked.Contains(i.Id) && i.LoggedAt > at - settings.Window && i.LoggedAt <= at)
            .OrderBy(i => i.LoggedAt).ThenBy(i => i.Id.Value, StringComparer.Ordinal)
            .ToList();

        var byItem = unexplained
            .SelectMany(i => i.ConfigurationItems.Distinct().Select(ci => (Key: ci, Incident: i)))
            .GroupBy(p => p.Key)
            .Where(g => g.Count() >= settings.MinimumIncidents)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => Trend(TrendKind.ConfigurationItem, g.Key, null, [.. g.Select(p => p.Incident)]));
        var byCategory = unexplained
            .GroupBy(i => (i.Service, i.Category))
            .Where(g => g.Count() >= settings.MinimumIncidents)
            .OrderBy(g => g.Key.Service.Value, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => Trend(TrendKind.CategoryAndService, null, g.Key.Category, [.. g]));
        return [.. byItem, .. byCategory];
    }

    private static IncidentTrend Trend(TrendKind kind, Id<Kinds.ConfigurationItem>? item, string? category, List<Incident> incidents)
    {
        var service = incidents.GroupBy(i => i.Service).OrderByDescending(g => g.Count()).ThenBy(g => g.First().LoggedAt).First().Key;
        return new IncidentTrend(kind, item, category, service, [.. incidents.Select(i => i.Id)], incidents[0].LoggedAt, incidents[^1].LoggedAt);
    }
}
