using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core.Configuration;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes;

/// <summary>What a conflict in the change schedule is about.</summary>
public enum ScheduleConflictKind
{
    /// <summary>Another change works on the same configuration item at an overlapping time.</summary>
    SameConfigurationItem = 1,

    /// <summary>Another change works on a direct parent or child of one of the change's items at an overlapping time.</summary>
    RelatedConfigurationItem = 2,

    /// <summary>The same implementer is booked for another change at an overlapping time.</summary>
    SameImplementer = 3,

    /// <summary>The window is not wholly inside the maintenance windows.</summary>
    OutsideMaintenanceWindow = 4,

    /// <summary>The window overlaps a freeze (blackout) period.</summary>
    InFreeze = 5,
}

/// <summary>A conflict of a change's window with the schedule (data, never an exception).</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="With">The other change, for a conflict with one.</param>
/// <param name="Item">The change's own configuration item the conflict is about, for an item conflict.</param>
/// <param name="Detail">The conflict in words: the related item, the implementer, the freeze period.</param>
public sealed record ScheduleConflict(ScheduleConflictKind Kind, Id<Kinds.Change>? With, Id<Kinds.ConfigurationItem>? Item, string Detail);

/// <summary>One change in the schedule: its window, the configuration items it works on and who implements it.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Window">The implementation window.</param>
/// <param name="ConfigurationItems">The items it works on.</param>
/// <param name="Implementer">Who implements it (an actor id).</param>
public sealed record ScheduledChange(Id<Kinds.Change> Change, Interval Window, ImmutableArray<Id<Kinds.ConfigurationItem>> ConfigurationItems, string Implementer);

/// <summary>A freeze (blackout) period: no change is implemented in it without an override.</summary>
/// <param name="Name">The period's name, such as "year-end freeze".</param>
/// <param name="Period">When.</param>
public sealed record FreezePeriod(string Name, Interval Period);

/// <summary>The schedule's rules of time: the maintenance windows (the open time of a business calendar) and the freeze
/// periods.</summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed class ScheduleRules
{
    /// <summary>Initializes rules.</summary>
    /// <param name="maintenanceWindows">A calendar whose open time is the maintenance windows; null when changes may be
    /// implemented at any time.</param>
    /// <param name="freezes">The freeze periods, each named and not empty; none when null.</param>
    /// <exception cref="ArgumentException">A freeze period without a name, or empty.</exception>
    public ScheduleRules(BusinessCalendar? maintenanceWindows = null, IEnumerable<FreezePeriod>? freezes = null)
    {
        MaintenanceWindows = maintenanceWindows;
        Freezes = [.. freezes ?? []];
        var bad = Freezes.FirstOrDefault(f => f is null || string.IsNullOrWhiteSpace(f.Name) || !f.Period.HasStart || !f.Period.HasEnd || f.Period.Duration <= Duration.Zero);
        Preconditions.CheckArgument(bad is null && Freezes.All(f => f is not null), nameof(freezes), $"A freeze period has a name and a start before its end: {bad}.");
    }

    /// <summary>Gets the rules without maintenance windows or freezes.</summary>
    public static ScheduleRules None { get; } = new();

    /// <summary>Gets the calendar of the maintenance windows; null when any time is allowed.</summary>
    public BusinessCalendar? MaintenanceWindows { get; }

    /// <summary>Gets the freeze periods.</summary>
    public ImmutableArray<FreezePeriod> Freezes { get; }
}

/// <summary>
/// The forward schedule of changes, a read model over scheduled changes, and its conflict detection. Conflicts are data
/// (<see cref="ConflictsOf"/>, <see cref="Report"/>), never exceptions: the same configuration item, or a direct parent
/// or child of one over the host's <see cref="IConfigurationRelations"/>, worked on at an overlapping time; the same
/// implementer double-booked; a window outside every maintenance window or inside a freeze. Windows are half-open:
/// one ending at 20:00 does not overlap one starting at 20:00.
/// </summary>
/// <remarks>Built once from its entries (indexed by item and implementer, so one change is checked in time proportional
/// to the changes on its items, not to the schedule). Immutable; thread-safe when the relations are.</remarks>
public sealed class ChangeSchedule
{
    private readonly ScheduledChange[] _entries;
    private readonly Dictionary<Id<Kinds.ConfigurationItem>, List<int>> _byItem = [];
    private readonly Dictionary<string, List<int>> _byImplementer = new(StringComparer.Ordinal);
    private readonly IConfigurationRelations? _relations;

    /// <summary>Initializes a schedule.</summary>
    /// <param name="entries">The scheduled changes, each change once.</param>
    /// <param name="rules">The rules of time; <see cref="ScheduleRules.None"/> when null.</param>
    /// <param name="relations">The relationships between items; none (no related-item conflicts) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">An entry breaks its rules (see <see cref="ScheduledChange"/>), or a change
    /// appears twice.</exception>
    public ChangeSchedule(IEnumerable<ScheduledChange> entries, ScheduleRules? rules = null, IConfigurationRelations? relations = null)
    {
        Preconditions.CheckNotNull(entries);
        _entries = [.. entries.OrderBy(e => Preconditions.CheckNotNull(e, nameof(entries)).Window.Start).ThenBy(e => e.Change.Value, StringComparer.Ordinal)];
        Rules = rules ?? ScheduleRules.None;
        _relations = relations;
        var ids = new HashSet<Id<Kinds.Change>>();
        for (int i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            string? problem = EntryProblem(entry);
            Preconditions.CheckArgument(problem is null, nameof(entries), $"Scheduled change '{entry.Change}' is refused: {problem}.");
            Preconditions.CheckArgument(ids.Add(entry.Change), nameof(entries), $"Change '{entry.Change}' is in the schedule more than once.");
            foreach (var item in entry.ConfigurationItems.Distinct())
            {
                Index(_byItem, item, i);
            }

            Index(_byImplementer, entry.Implementer, i);
        }
    }

    /// <summary>Gets the empty schedule without rules.</summary>
    public static ChangeSchedule Empty { get; } = new([]);

    /// <summary>Gets the schedule's rules of time.</summary>
    public ScheduleRules Rules { get; }

    /// <summary>Gets the scheduled changes, by start.</summary>
    public IReadOnlyList<ScheduledChange> Entries => _entries;

    /// <summary>Builds the schedule of the changes that are scheduled or being implemented.</summary>
    /// <param name="changes">The changes (others are left out).</param>
    /// <param name="rules">The rules of time.</param>
    /// <param name="relations">The relationships between items.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A change appears twice.</exception>
    public static ChangeSchedule Of(IEnumerable<Change> changes, ScheduleRules? rules = null, IConfigurationRelations? relations = null) =>
        new(Preconditions.CheckNotNull(changes)
            .Where(c => c.State is ChangeState.Scheduled or ChangeState.Implementing && c.Window is not null)
            .Select(c => new ScheduledChange(c.Id, c.Window!.Value, [.. c.ConfigurationItems], c.Implementer!)),
            rules,
            relations);

    /// <summary>The changes whose windows overlap a period, by start.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<ScheduledChange> Between(Interval period) => [.. _entries.Where(e => Overlap(e.Window, period))];

    /// <summary>The conflicts of a change's window with the schedule (its own entry, by change id, left out), ordered by
    /// kind, then the other change, then the item.</summary>
    /// <param name="candidate">The change as it would be scheduled.</param>
    /// <returns>The conflicts; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentException">The candidate breaks the rules of an entry.</exception>
    public IReadOnlyList<ScheduleConflict> ConflictsOf(ScheduledChange candidate)
    {
        Preconditions.CheckNotNull(candidate);
        string? problem = EntryProblem(candidate);
        Preconditions.CheckArgument(problem is null, nameof(candidate), $"Scheduled change '{candidate.Change}' is refused: {problem}.");
        var conflicts = new List<ScheduleConflict>();
        var window = candidate.Window;
        var own = new HashSet<Id<Kinds.ConfigurationItem>>(candidate.ConfigurationItems);
        foreach (var item in own)
        {
            foreach (int i in At(_byItem, item))
            {
                if (Clashes(candidate, i))
                {
                    conflicts.Add(new ScheduleConflict(ScheduleConflictKind.SameConfigurationItem, _entries[i].Change, item, $"both change {item}"));
                }
            }

            if (_relations is null)
            {
                continue;
            }

            foreach (var (related, how) in Related(item))
            {
                foreach (int i in At(_byItem, related))
                {
                    if (Clashes(candidate, i))
                    {
                        conflicts.Add(new ScheduleConflict(ScheduleConflictKind.RelatedConfigurationItem, _entries[i].Change, item, $"{related} is a {how} of {item}"));
                    }
                }
            }
        }

        foreach (int i in At(_byImplementer, candidate.Implementer))
        {
            if (Clashes(candidate, i))
            {
                conflicts.Add(new ScheduleConflict(ScheduleConflictKind.SameImplementer, _entries[i].Change, null, $"{candidate.Implementer} implements both"));
            }
        }

        if (Rules.MaintenanceWindows is { } maintenance && !IsWithin(maintenance, window))
        {
            conflicts.Add(new ScheduleConflict(ScheduleConflictKind.OutsideMaintenanceWindow, null, null, $"{window} is not wholly inside the maintenance windows of calendar '{maintenance.Id}'"));
        }

        foreach (var freeze in Rules.Freezes)
        {
            if (Overlap(freeze.Period, window))
            {
                conflicts.Add(new ScheduleConflict(ScheduleConflictKind.InFreeze, null, null, $"{window} overlaps the freeze '{freeze.Name}' ({freeze.Period})"));
            }
        }

        return [.. conflicts.Distinct().OrderBy(c => c.Kind).ThenBy(c => c.With?.Value, StringComparer.Ordinal).ThenBy(c => c.Item?.Value, StringComparer.Ordinal).ThenBy(c => c.Detail, StringComparer.Ordinal)];
    }

    /// <summary>The conflicts of every scheduled change with the others and with the rules of time: the whole schedule's
    /// conflict report, by start.</summary>
    /// <returns>Each change with conflicts, and its conflicts.</returns>
    public IReadOnlyList<(ScheduledChange Change, IReadOnlyList<ScheduleConflict> Conflicts)> Report()
    {
        var report = new List<(ScheduledChange, IReadOnlyList<ScheduleConflict>)>();
        foreach (var entry in _entries)
        {
            var conflicts = ConflictsOf(entry);
            if (conflicts.Count > 0)
            {
                report.Add((entry, conflicts));
            }
        }

        return report;
    }

    /// <summary>Whether two windows overlap (half-open: touching windows do not).</summary>
    internal static bool Overlap(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The rule an entry breaks, or null.</summary>
    internal static string? EntryProblem(ScheduledChange entry) =>
        entry.Change.IsEmpty ? "it names the change"
        : !entry.Window.HasStart || !entry.Window.HasEnd || entry.Window.Duration <= Duration.Zero ? $"its window {entry.Window} has a start before its end"
        : entry.ConfigurationItems.IsDefault || entry.ConfigurationItems.Any(c => c.IsEmpty) ? "its configuration items are ids"
        : string.IsNullOrWhiteSpace(entry.Implementer) ? "it names its implementer"
        : null;

    private static bool IsWithin(BusinessCalendar maintenance, Interval window)
    {
        try
        {
            return maintenance.BusinessTimeBetween(window.Start, window.End) == window.Duration;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static void Index<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(position);
    }

    private static readonly List<int> Nothing = [];

    private static List<int> At<TKey>(Dictionary<TKey, List<int>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var list) ? list : Nothing;

    private IEnumerable<(Id<Kinds.ConfigurationItem> Item, string How)> Related(Id<Kinds.ConfigurationItem> item) =>
        _relations!.ParentsOf(item).Select(p => (p, "parent"))
            .Concat(_relations.ChildrenOf(item).Select(c => (c, "child")))
            .Where(r => r.Item1 != item);

    private bool Clashes(ScheduledChange candidate, int i) =>
        _entries[i].Change != candidate.Change && Overlap(_entries[i].Window, candidate.Window);
}
