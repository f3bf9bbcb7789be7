using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>
/// A configuration baseline: an immutable snapshot of a set of configuration items as they stood at an instant, taken
/// before a release is deployed (ISO/IEC 20000-1 8.5.3) and compared with the live items afterwards
/// (<see cref="CompareWith"/>: what changed since, and under which changes).
/// </summary>
/// <remarks>Immutable and thread-safe: nothing a live item does later reaches a baseline, whose snapshots are the
/// items' own immutable versions.</remarks>
public sealed class Baseline
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    private readonly Dictionary<Id<Kinds.ConfigurationItem>, int> _index;

    /// <summary>Initializes a baseline from snapshots (a stored one, for example).</summary>
    /// <param name="id">The baseline's id; not empty.</param>
    /// <param name="name">Its name; 1 to <see cref="MaxNameLength"/> characters, not blank.</param>
    /// <param name="takenAt">The instant it shows the items at.</param>
    /// <param name="takenBy">Who took it (an actor id); not blank.</param>
    /// <param name="items">The items: at least one, each once, none recorded after <paramref name="takenAt"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument or an item is null.</exception>
    /// <exception cref="ArgumentException">The baseline breaks a rule; the message names the item.</exception>
    public Baseline(Id<Kinds.Baseline> id, string name, Instant takenAt, string takenBy, IEnumerable<ConfigurationItemSnapshot> items)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A baseline needs an id.");
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(takenBy);
        Preconditions.CheckNotNull(items);
        Preconditions.CheckArgument(name.Length <= MaxNameLength && !string.IsNullOrWhiteSpace(name), nameof(name), $"'{name}' is not a baseline name: names have 1 to {MaxNameLength} characters and are not blank.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(takenBy), nameof(takenBy), "A baseline says who took it.");
        var sorted = items.ToArray();
        Array.Sort(sorted, static (a, b) => (a ?? throw new ArgumentNullException(nameof(items))).Id.CompareTo((b ?? throw new ArgumentNullException(nameof(items))).Id));
        Preconditions.CheckArgument(sorted.Length > 0, nameof(items), $"Baseline '{name}' has at least one item.");
        _index = new Dictionary<Id<Kinds.ConfigurationItem>, int>(sorted.Length);
        for (int i = 0; i < sorted.Length; i++)
        {
            var item = Preconditions.CheckNotNull(sorted[i], nameof(items));
            if (!_index.TryAdd(item.Id, i))
            {
                throw new ArgumentException($"{item.Id} is in baseline '{name}' once, not twice.", nameof(items));
            }

            if (item.At > takenAt)
            {
                throw new ArgumentException($"{item} was recorded at {item.At}, after baseline '{name}' was taken at {takenAt}.", nameof(items));
            }
        }

        Id = id;
        Name = name;
        TakenAt = takenAt;
        TakenBy = takenBy;
        Items = ImmutableArray.Create(sorted);
    }

    /// <summary>Gets the baseline's id.</summary>
    public Id<Kinds.Baseline> Id { get; }

    /// <summary>Gets its name.</summary>
    public string Name { get; }

    /// <summary>Gets the instant it shows the items at.</summary>
    public Instant TakenAt { get; }

    /// <summary>Gets who took it (an actor id).</summary>
    public string TakenBy { get; }

    /// <summary>Gets the items as they stood, in ordinal order of their ids.</summary>
    public ImmutableArray<ConfigurationItemSnapshot> Items { get; }

    /// <summary>Takes a baseline of items as they stood at an instant (each item's last version at or before it).</summary>
    /// <param name="id">The baseline's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="by">Who takes it.</param>
    /// <param name="at">The instant; every item was registered by then.</param>
    /// <param name="items">The items: at least one, each once.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException">A required argument or an item is null.</exception>
    /// <exception cref="ArgumentException">The baseline breaks a rule, or an item was registered after <paramref name="at"/>.</exception>
    public static Baseline Take(Id<Kinds.Baseline> id, string name, Actor by, Instant at, IEnumerable<ConfigurationItem> items)
    {
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(items);
        var snapshots = new List<ConfigurationItemSnapshot>(items is ICollection<ConfigurationItem> c ? c.Count : 16);
        foreach (var item in items)
        {
            Preconditions.CheckNotNull(item, nameof(items));
            snapshots.Add(item.SnapshotAt(at) ?? throw new ArgumentException($"{item.Id} was registered at {item.Versions[0].At}, after the baseline's instant {at}.", nameof(items)));
        }

        return new Baseline(id, name, at, by.Id, snapshots);
    }

    /// <summary>Returns whether the baseline holds an item.</summary>
    /// <param name="item">The item's id.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(Id<Kinds.ConfigurationItem> item) => _index.ContainsKey(item);

    /// <summary>The item as the baseline holds it.</summary>
    /// <param name="item">The item's id.</param>
    /// <returns>The snapshot, or null when the baseline does not hold it.</returns>
    public ConfigurationItemSnapshot? Find(Id<Kinds.ConfigurationItem> item) => _index.TryGetValue(item, out int i) ? Items[i] : null;

    /// <summary>Compares the baseline with the live items: those changed since (what, and under which changes), those
    /// the live set lacks, and those it adds.</summary>
    /// <param name="live">The live items (each once).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="live"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">An item is given twice, or has fewer versions than the baseline holds of it
    /// (it is not the item the baseline was taken of).</exception>
    public BaselineComparison CompareWith(IEnumerable<ConfigurationItem> live)
    {
        Preconditions.CheckNotNull(live);
        var seen = new bool[Items.Length];
        var changed = new List<BaselineItemDifference>();
        var added = new List<Id<Kinds.ConfigurationItem>>();
        int unchanged = 0;
        foreach (var item in live)
        {
            Preconditions.CheckNotNull(item, nameof(live));
            if (!_index.TryGetValue(item.Id, out int i))
            {
                added.Add(item.Id);
                continue;
            }

            if (seen[i])
            {
                throw new ArgumentException($"{item.Id} is given twice.", nameof(live));
            }

            seen[i] = true;
            var then = Items[i];
            if (item.Versions.Count < then.Version || !item.Versions[then.Version - 1].After.Equals(then))
            {
                throw new ArgumentException($"{item.Id} (version {item.Current.Version}) is not the item baseline '{Name}' holds at version {then.Version}.", nameof(live));
            }
            if (item.Current.Version == then.Version)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new BaselineItemDifference(item.Id, then, item.Current, then.DifferencesTo(item.Current), item.ChangesSince(then.Version)));
            }
        }

        var missing = new List<Id<Kinds.ConfigurationItem>>();
        for (int i = 0; i < seen.Length; i++)
        {
            if (!seen[i])
            {
                missing.Add(Items[i].Id);
            }
        }

        changed.Sort(static (a, b) => a.Item.CompareTo(b.Item));
        added.Sort();
        return new BaselineComparison(this, changed, missing, added, unchanged);
    }

    /// <summary>Writes the baseline: <c>BL-7 'release 2.4' at 2026-03-02T10:00:00Z, 12 items</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} '{Name}' at {TakenAt}, {Items.Length} items");
}

/// <summary>A baseline compared with the live items.</summary>
/// <param name="Baseline">The baseline.</param>
/// <param name="Changed">The items with versions since the baseline, in ordinal order of their ids.</param>
/// <param name="Missing">The items of the baseline the live set lacks, in ordinal order.</param>
/// <param name="Added">The live items the baseline does not hold, in ordinal order.</param>
/// <param name="Unchanged">How many items are as the baseline holds them.</param>
public sealed record BaselineComparison(Baseline Baseline, IReadOnlyList<BaselineItemDifference> Changed, IReadOnlyList<Id<Kinds.ConfigurationItem>> Missing, IReadOnlyList<Id<Kinds.ConfigurationItem>> Added, int Unchanged)
{
    /// <summary>Gets a value indicating whether the live items are exactly the baseline's.</summary>
    public bool IsUnchanged => Changed.Count == 0 && Missing.Count == 0 && Added.Count == 0;
}

/// <summary>One item changed since a baseline.</summary>
/// <param name="Item">The item.</param>
/// <param name="Then">The item as the baseline holds it.</param>
/// <param name="Now">The item now.</param>
/// <param name="Differences">What differs (empty when later versions changed the item back).</param>
/// <param name="Changes">The changes the later versions were recorded under, oldest first.</param>
public sealed record BaselineItemDifference(Id<Kinds.ConfigurationItem> Item, ConfigurationItemSnapshot Then, ConfigurationItemSnapshot Now, IReadOnlyList<ConfigurationDifference> Differences, IReadOnlyList<Id<Kinds.Change>> Changes);
