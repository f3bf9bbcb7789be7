using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>
/// A configuration item (CI): an id, a type, a name, an owner, a criticality and typed attributes, with a status
/// lifecycle from Planned through production to Disposed. Every change is a version (<see cref="Versions"/>): who,
/// when, under which change, what changed, and the item as it stood afterwards.
/// </summary>
/// <remarks>
/// <para>
/// ISO/IEC 20000-1 8.2.6: changes to controlled configuration information are traceable to an authorised change.
/// Entering or leaving <see cref="ConfigurationItemState.Production"/>, and any change to an item in production, needs
/// the id of an authorised change (<see cref="ChangeRule"/>); the host, which keeps the changes, vouches that it is
/// authorised, and the version records it. Configuration never references the Changes package.
/// </para>
/// <para>
/// Retiring needs facts the host keeps elsewhere (<see cref="RetirementFacts"/>): no open incident on the item, and every
/// item that depends on it having acknowledged (<see cref="AcknowledgeRetirement"/>).
/// </para>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked by the role policy and the Stateless lifecycle, and records an event; a refused command throws
/// (<see cref="CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing. Mutable; not thread-safe.
/// </para>
/// </remarks>
public sealed class ConfigurationItem : EventSourcedAggregate<ConfigurationItemEvent>
{
    /// <summary>The rule that production is changed only under an authorised change, as refusals name it.</summary>
    public const string ChangeRule = "entering or leaving production, and any change to an item in production, is made under an authorised change";

    /// <summary>The longest type.</summary>
    public const int MaxTypeLength = 100;

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most attributes an item has.</summary>
    public const int MaxAttributes = 500;

    private static readonly RecordCreation CreationRules = new(typeof(ConfigurationItemRegistered), "a configuration item", "registered", "registration");

    private readonly RolePolicy<ConfigurationItem, ConfigurationItemTrigger> _roles;
    private readonly List<ConfigurationItemVersion> _versions = [];
    private readonly HashSet<Id<Kinds.ConfigurationItem>> _acknowledged = [];

    private ConfigurationItem(RolePolicy<ConfigurationItem, ConfigurationItemTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(ConfigurationItem);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the item's id.</summary>
    public Id<Kinds.ConfigurationItem> Id { get; private set; }

    /// <summary>Gets the item as it stands now (its latest version).</summary>
    public ConfigurationItemSnapshot Current { get; private set; } = null!;

    /// <summary>Gets the status.</summary>
    public ConfigurationItemState State => Current.State;

    /// <summary>Gets the type.</summary>
    public string Type => Current.Type;

    /// <summary>Gets the name.</summary>
    public string Name => Current.Name;

    /// <summary>Gets the owner's actor id.</summary>
    public string Owner => Current.Owner;

    /// <summary>Gets the criticality.</summary>
    public Criticality Criticality => Current.Criticality;

    /// <summary>Gets the attributes, by name.</summary>
    public ImmutableSortedDictionary<string, AttributeValue> Attributes => Current.Attributes;

    /// <summary>Gets every version, oldest first (version 1 is the registration).</summary>
    public IReadOnlyList<ConfigurationItemVersion> Versions => _versions;

    /// <summary>Gets the dependants that acknowledged the item's retirement, in ordinal order.</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> RetirementAcknowledgements => [.. _acknowledged.Order()];

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Returns whether a command needs an authorised change in a state: entering production, and every command
    /// but an acknowledgement while in production (leaving it, or changing the item). The one statement of
    /// <see cref="ChangeRule"/>.</summary>
    /// <param name="state">The item's state.</param>
    /// <param name="trigger">The command.</param>
    /// <returns>True when the command needs a change id.</returns>
    public static bool RequiresChange(ConfigurationItemState state, ConfigurationItemTrigger trigger) =>
        trigger == ConfigurationItemTrigger.EnterProduction
        || (state == ConfigurationItemState.Production && trigger is not (ConfigurationItemTrigger.AcknowledgeRetirement or ConfigurationItemTrigger.Register));

    /// <summary>Returns whether a command needs an authorised change now (<see cref="RequiresChange(ConfigurationItemState, ConfigurationItemTrigger)"/>).</summary>
    /// <param name="trigger">The command.</param>
    /// <returns>True when the command needs a change id.</returns>
    public bool RequiresChange(ConfigurationItemTrigger trigger) => RequiresChange(State, trigger);

    /// <summary>The trigger that leads to a status (the lifecycle has one per destination).</summary>
    /// <param name="state">The destination.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="ArgumentException">No command leads to <paramref name="state"/> (Planned is where an item starts).</exception>
    public static ConfigurationItemTrigger TriggerTo(ConfigurationItemState state) => state switch
    {
        ConfigurationItemState.InStock => ConfigurationItemTrigger.Stock,
        ConfigurationItemState.InBuild => ConfigurationItemTrigger.Build,
        ConfigurationItemState.Pilot => ConfigurationItemTrigger.Pilot,
        ConfigurationItemState.Production => ConfigurationItemTrigger.EnterProduction,
        ConfigurationItemState.Maintenance => ConfigurationItemTrigger.StartMaintenance,
        ConfigurationItemState.Repair => ConfigurationItemTrigger.StartRepair,
        ConfigurationItemState.Retired => ConfigurationItemTrigger.Retire,
        ConfigurationItemState.Disposed => ConfigurationItemTrigger.Dispose,
        _ => throw new ArgumentException($"No command leads to {state}: an item starts Planned and never returns there.", nameof(state)),
    };

    /// <summary>Registers an item, Planned (its version 1).</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="type">Its type (server, application, service...): 1 to <see cref="MaxTypeLength"/> characters, not blank.</param>
    /// <param name="name">Its name: 1 to <see cref="MaxNameLength"/> characters, not blank.</param>
    /// <param name="owner">The owner's actor id; not blank.</param>
    /// <param name="criticality">Its criticality.</param>
    /// <param name="attributes">Its attributes, by name (at most <see cref="MaxAttributes"/>); none when null.</param>
    /// <param name="by">Who registers it.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="ConfigurationItemRoles.Default"/> when null.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An empty id, a blank or too long type, name or owner, a bad attribute name, a
    /// null attribute value or too many attributes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The criticality is not defined.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not register items.</exception>
    public static ConfigurationItem Register(
        Id<Kinds.ConfigurationItem> id,
        string type,
        string name,
        string owner,
        Criticality criticality,
        IReadOnlyDictionary<string, AttributeValue>? attributes,
        Actor by,
        Instant at,
        RolePolicy<ConfigurationItem, ConfigurationItemTrigger>? roles = null)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A configuration item needs an id.");
        CheckFields(type, name, owner, criticality);
        var checkedAttributes = CheckAttributes(attributes ?? ImmutableSortedDictionary<string, AttributeValue>.Empty, nameof(attributes));
        var item = new ConfigurationItem(roles ?? ConfigurationItemRoles.Default) { Id = id };
        ConfigurationItemLifecycle.Instance.Authorise(item, item._roles, item, ConfigurationItemState.Planned, new(ConfigurationItemTrigger.Register, Preconditions.CheckNotNull(by), at, null, null));
        item.Record(new ConfigurationItemRegistered(at, by, id, type, name, owner, criticality, checkedAttributes));
        return item;
    }

    /// <summary>Rebuilds an item from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="ConfigurationItemRoles.Default"/> when null.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one an item can have.</exception>
    /// <remarks>Like every record's replay, this asks neither the role policy nor <see cref="ChangeRule"/>: they held when
    /// the commands were accepted. A history from elsewhere that breaks them loads, and
    /// <see cref="ProductionItemsChangedWithoutChangeSpec"/> finds it.</remarks>
    public static ConfigurationItem FromEvents(IEnumerable<ConfigurationItemEvent> events, RolePolicy<ConfigurationItem, ConfigurationItemTrigger>? roles = null)
    {
        var item = new ConfigurationItem(roles ?? ConfigurationItemRoles.Default);
        item.Replay(events);
        return item;
    }

    /// <summary>Moves the item to a status: InStock, InBuild, Pilot, Production, Maintenance, Repair or Disposed
    /// (retirement is <see cref="Retire"/>, which takes the host's facts).</summary>
    /// <param name="to">The status.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="change">The authorised change; required into and out of production (<see cref="ChangeRule"/>),
    /// recorded whenever given.</param>
    /// <param name="note">Why, if said.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is Planned or Retired, or the change id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or no change is given where one is needed.</exception>
    /// <exception cref="InvalidTransitionException">The lifecycle does not lead from the item's status to <paramref name="to"/>.</exception>
    public void MoveTo(ConfigurationItemState to, Actor by, Instant at, Id<Kinds.Change>? change = null, string? note = null)
    {
        Preconditions.CheckArgument(to != ConfigurationItemState.Retired, nameof(to), "An item is retired with Retire, which takes the host's facts (open incidents, dependants).");
        var trigger = TriggerTo(to);
        CheckChange(change);
        ConfigurationItemLifecycle.Instance.Authorise(this, _roles, this, State, new(trigger, by, at, change, null));
        Record(new ConfigurationItemStatusChanged(at, by, to, change, Blank(note)));
    }

    /// <summary>Retires the item: no open incident on it, and every dependant has acknowledged.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="facts">The host's facts: open incidents and the items that depend on this one.</param>
    /// <param name="change">The authorised change; required from production, recorded whenever given.</param>
    /// <param name="note">Why, if said.</param>
    /// <exception cref="ArgumentException">A negative incident count, null dependants, or an empty change id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or no change is given from production.</exception>
    /// <exception cref="InvalidTransitionException">The item is retired already, an incident is open, or a dependant has
    /// not acknowledged (see <see cref="UnacknowledgedDependants"/>).</exception>
    public void Retire(Actor by, Instant at, RetirementFacts facts, Id<Kinds.Change>? change = null, string? note = null)
    {
        Preconditions.CheckArgument(facts.OpenIncidents >= 0, nameof(facts), FormattableString.Invariant($"An item has no fewer than 0 open incidents, not {facts.OpenIncidents}."));
        Preconditions.CheckArgument(facts.Dependants is not null, nameof(facts), "The facts list the item's dependants (none: an empty list).");
        CheckChange(change);
        ConfigurationItemLifecycle.Instance.Authorise(this, _roles, this, State, new(ConfigurationItemTrigger.Retire, by, at, change, facts));
        Record(new ConfigurationItemStatusChanged(at, by, ConfigurationItemState.Retired, change, Blank(note)));
    }

    /// <summary>Changes the item's data: a new version.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="update">What changes; at least one field must differ from the item's.</param>
    /// <param name="change">The authorised change; required in production, recorded whenever given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ArgumentException">A blank name or owner, a bad attribute, an attribute both set and removed, one
    /// removed that the item does not have, an update that changes nothing, or an empty change id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command, or the
    /// criticality is not defined.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or no change is given in production.</exception>
    /// <exception cref="InvalidTransitionException">The item is retired or disposed.</exception>
    public void Update(Actor by, Instant at, ConfigurationItemUpdate update, Id<Kinds.Change>? change = null)
    {
        Preconditions.CheckNotNull(update);
        CheckChange(change);
        var set = update.Set is null ? ImmutableSortedDictionary<string, AttributeValue>.Empty : CheckAttributes(update.Set, nameof(update));
        string[] removed = [.. (update.Remove ?? []).Distinct(StringComparer.Ordinal)];
        var next = Next(Current, at, change, update.Name, update.Owner, update.Criticality, set, removed, replaying: null);
        Preconditions.CheckArgument(Current.DifferencesTo(next).Count > 0, nameof(update), $"An update changes something, and this one leaves {Id} as it is.");
        ConfigurationItemLifecycle.Instance.Authorise(this, _roles, this, State, new(ConfigurationItemTrigger.Update, by, at, change, null));
        Record(new ConfigurationItemUpdated(at, by, change, update.Name, update.Owner, update.Criticality, set, removed));
    }

    /// <summary>Records that a dependant's owner acknowledged the item's coming retirement.</summary>
    /// <param name="by">Who acknowledges.</param>
    /// <param name="at">When.</param>
    /// <param name="dependant">The dependant item; not this one, not acknowledged yet.</param>
    /// <exception cref="ArgumentException">An empty id, this item's own id, or one already acknowledged.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The item is retired or disposed.</exception>
    public void AcknowledgeRetirement(Actor by, Instant at, Id<Kinds.ConfigurationItem> dependant)
    {
        Preconditions.CheckArgument(!dependant.IsEmpty && dependant != Id, nameof(dependant), $"'{dependant}' is not a dependant of {Id}: an item does not depend on itself.");
        Preconditions.CheckArgument(!_acknowledged.Contains(dependant), nameof(dependant), $"{dependant} has acknowledged the retirement of {Id} already.");
        ConfigurationItemLifecycle.Instance.Authorise(this, _roles, this, State, new(ConfigurationItemTrigger.AcknowledgeRetirement, by, at, null, null));
        Record(new ConfigurationItemRetirementAcknowledged(at, by, dependant));
    }

    /// <summary>The dependants, of those given, that have not acknowledged the item's retirement.</summary>
    /// <param name="dependants">The items that depend on this one.</param>
    /// <returns>Those that have not acknowledged, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dependants"/> is null.</exception>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> UnacknowledgedDependants(IEnumerable<Id<Kinds.ConfigurationItem>> dependants) =>
        [.. Preconditions.CheckNotNull(dependants).Where(d => d != Id && !_acknowledged.Contains(d)).Distinct()];

    /// <summary>The item as it stood at an instant (its last version recorded at or before it).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The snapshot, or null when the item was registered after <paramref name="at"/>.</returns>
    public ConfigurationItemSnapshot? SnapshotAt(Instant at)
    {
        int low = 0, high = _versions.Count - 1, found = -1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            if (_versions[mid].At <= at)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? null : _versions[found].After;
    }

    /// <summary>The changes recorded on versions after a version number, oldest first, each once.</summary>
    /// <param name="version">The version number (a baseline's).</param>
    /// <returns>The change ids.</returns>
    public IReadOnlyList<Id<Kinds.Change>> ChangesSince(int version) =>
        [.. _versions.Skip(Math.Max(0, version)).Where(v => v.Change is not null).Select(v => v.Change!.Value).Distinct()];

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="change">The change it would be made under, if any.</param>
    /// <param name="facts">The host's facts, to retire.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(ConfigurationItemTrigger trigger, Actor actor, Instant at, Id<Kinds.Change>? change = null, RetirementFacts? facts = null) =>
        ConfigurationItemLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at, change, facts));

    /// <summary>Draws the configuration item lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ConfigurationItemLifecycle.Instance.ToMermaid();

    /// <summary>Checks the fields every item has.</summary>
    internal static void CheckFields(string type, string name, string owner, Criticality criticality)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckArgument(Text(type, MaxTypeLength), nameof(type), $"'{type}' is not an item type: types have 1 to {MaxTypeLength} characters and are not blank.");
        Preconditions.CheckArgument(Text(name, MaxNameLength), nameof(name), $"'{name}' is not an item name: names have 1 to {MaxNameLength} characters and are not blank.");
        Preconditions.CheckArgument(Text(owner, Core.Ids.Id<Kinds.ConfigurationItem>.MaxLength), nameof(owner), $"'{owner}' is not an owner: an owner is an actor id, not blank.");
        if (!Enum.IsDefined(criticality))
        {
            throw new ArgumentOutOfRangeException(nameof(criticality), criticality, $"{criticality} is not a criticality (Low, Medium, High or Critical).");
        }
    }

    /// <summary>Checks attributes: valid names, no null value, at most <see cref="MaxAttributes"/>, each name once.</summary>
    internal static ImmutableSortedDictionary<string, AttributeValue> CheckAttributes(IEnumerable<KeyValuePair<string, AttributeValue>> attributes, string paramName)
    {
        Preconditions.CheckNotNull(attributes, paramName);
        if (attributes is ImmutableSortedDictionary<string, AttributeValue> { KeyComparer: var comparer } ready && ReferenceEquals(comparer, StringComparer.Ordinal) && ready.All(p => AttributeValue.IsName(p.Key) && p.Value is not null) && ready.Count <= MaxAttributes)
        {
            return ready;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            AttributeValue.CheckName(name, paramName);
            Preconditions.CheckArgument(value is not null, paramName, $"Attribute '{name}' has a value; remove an attribute instead of setting it to null.");
            Preconditions.CheckArgument(builder.TryAdd(name, value), paramName, $"Attribute '{name}' is given twice.");
            Preconditions.CheckArgument(builder.Count <= MaxAttributes, paramName, FormattableString.Invariant($"An item has at most {MaxAttributes} attributes."));
        }

        return builder.ToImmutable();
    }

    /// <inheritdoc />
    protected override void ApplyCreation(ConfigurationItemEvent domainEvent)
    {
        var registered = (ConfigurationItemRegistered)domainEvent;
        ConfigurationItemSnapshot first;
        try
        {
            first = new ConfigurationItemSnapshot(registered.Id, registered.Type, registered.Name, registered.Owner, registered.Criticality, ConfigurationItemState.Planned, registered.Attributes ?? throw new ArgumentException("no attributes"), 1, registered.At, null);
        }
        catch (ArgumentException e)
        {
            throw History(domainEvent, "an item is registered with an id, a type, a name, an owner, a criticality and valid attributes: " + e.Message);
        }

        Id = registered.Id;
        Add(registered, null, false, first);
    }

    /// <inheritdoc />
    protected override void Apply(ConfigurationItemEvent domainEvent)
    {
        var (trigger, change) = domainEvent switch
        {
            ConfigurationItemStatusChanged moved when moved.To is not ConfigurationItemState.Planned && Enum.IsDefined(moved.To) => (TriggerTo(moved.To), moved.Change),
            ConfigurationItemStatusChanged => throw History(domainEvent, "an item's status changes to a state a command leads to"),
            ConfigurationItemUpdated updated => (ConfigurationItemTrigger.Update, updated.Change),
            ConfigurationItemRetirementAcknowledged => (ConfigurationItemTrigger.AcknowledgeRetirement, (Id<Kinds.Change>?)null),
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not a configuration item event this version knows"),
        };
        if (change is { IsEmpty: true })
        {
            throw History(domainEvent, "a change id is not empty");
        }

        var state = Follow(ConfigurationItemLifecycle.Instance, domainEvent, State, trigger);
        switch (domainEvent)
        {
            case ConfigurationItemStatusChanged:
                Add(domainEvent, change, RequiresChange(State, trigger), Current.Next(domainEvent.At, change, state: state));
                break;
            case ConfigurationItemUpdated updated:
                Add(domainEvent, change, RequiresChange(State, trigger), Next(Current, updated.At, change, updated.Name, updated.Owner, updated.Criticality, updated.Set, updated.Removed, domainEvent));
                break;
            case ConfigurationItemRetirementAcknowledged acknowledged:
                if (acknowledged.Dependant.IsEmpty || acknowledged.Dependant == Id || !_acknowledged.Add(acknowledged.Dependant))
                {
                    throw History(domainEvent, "each dependant (never the item itself) acknowledges a retirement once");
                }

                break;
        }
    }

    private static string? Blank(string? note) => string.IsNullOrWhiteSpace(note) ? null : note;

    private static bool Text(string value, int max) => Preconditions.IsText(value, max);

    private static void CheckChange(Id<Kinds.Change>? change, string paramName = "change") =>
        Preconditions.CheckArgument(change is not { IsEmpty: true }, paramName, "A change id is not empty; give null for no change.");

    /// <summary>The version an update leads to; checks the update (throws <see cref="ArgumentException"/>, or, while
    /// replaying an event, <see cref="InvalidHistoryException"/>).</summary>
    private ConfigurationItemSnapshot Next(ConfigurationItemSnapshot current, Instant at, Id<Kinds.Change>? change, string? name, string? owner, Criticality? criticality, IReadOnlyDictionary<string, AttributeValue>? set, IReadOnlyCollection<string>? removed, ConfigurationItemEvent? replaying)
    {
        try
        {
            CheckFields(current.Type, name ?? current.Name, owner ?? current.Owner, criticality ?? current.Criticality);
            var attributes = current.Attributes.ToBuilder();
            foreach (var gone in removed ?? [])
            {
                Preconditions.CheckArgument(gone is not null && attributes.Remove(gone), "update", $"{Id} has no attribute '{gone}' to remove.");
                Preconditions.CheckArgument(set is null || !set.ContainsKey(gone), "update", $"Attribute '{gone}' is either set or removed, not both.");
            }

            foreach (var (key, value) in CheckAttributes(set ?? ImmutableSortedDictionary<string, AttributeValue>.Empty, "update"))
            {
                attributes[key] = value;
            }

            Preconditions.CheckArgument(attributes.Count <= MaxAttributes, "update", FormattableString.Invariant($"An item has at most {MaxAttributes} attributes."));
            return current.Next(at, change, name, owner, criticality, attributes: attributes.ToImmutable());
        }
        catch (ArgumentException e) when (replaying is not null)
        {
            throw History(replaying, "an update is valid for the item: " + e.Message);
        }
    }

    private void Add(ConfigurationItemEvent domainEvent, Id<Kinds.Change>? change, bool requiredChange, ConfigurationItemSnapshot after)
    {
        var differences = _versions.Count == 0 ? Initial(after) : Current.DifferencesTo(after);
        if (_versions.Count > 0 && differences.Count == 0)
        {
            throw History(domainEvent, "every version changes something");
        }

        _versions.Add(new ConfigurationItemVersion(after.Version, domainEvent.At, domainEvent.Actor.Id, change, requiredChange, differences, after));
        Current = after;
    }

    private static IReadOnlyList<ConfigurationDifference> Initial(ConfigurationItemSnapshot first) =>
    [
        new(ConfigurationDifference.TypeField, null, first.Type),
        new(ConfigurationDifference.NameField, null, first.Name),
        new(ConfigurationDifference.OwnerField, null, first.Owner),
        new(ConfigurationDifference.CriticalityField, null, first.Criticality.ToString()),
        new(ConfigurationDifference.StatusField, null, first.State.ToString()),
        .. first.Attributes.Select(a => new ConfigurationDifference(ConfigurationDifference.AttributePrefix + a.Key, null, a.Value.ToString())),
    ];
}
