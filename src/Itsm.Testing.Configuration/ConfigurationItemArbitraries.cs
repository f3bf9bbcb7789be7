using Itsm.Json.Configuration;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random configuration item history: the item <c>mx-01</c> registered, then commands by random actors, mostly along
/// its lifecycle (stock, build, pilot, production, maintenance or repair and back, updates, acknowledgements,
/// retirement, disposal), some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments: the change id (none every fifth choice),
/// the update, the retirement facts, the dependant.</param>
public sealed record ConfigurationItemScenario(IReadOnlyList<HistoryStep<ConfigurationItemTrigger>> Commands)
    : IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>
{
    /// <summary>Gets the cast, by index: 0 the configuration manager (<c>cfg-1</c>); 1 a resolver who owns the dependants
    /// (<c>res-1</c>); 2 the change manager (<c>cm-1</c>); 3 <see cref="Actor.System"/>; 4 an actor without roles
    /// (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("cfg-1", "Configuration Manager", [Roles.ConfigurationManager]),
        new("res-1", "Resolver", [Roles.Resolver]),
        new("cm-1", "Change Manager", [Roles.ChangeManager]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets the items that depend on <c>mx-01</c>: <c>app-1</c> and <c>app-2</c>.</summary>
    public static IReadOnlyList<Id<Kinds.ConfigurationItem>> Dependants { get; } = [new("app-1"), new("app-2")];

    /// <summary>Gets when every scenario's item is registered: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the JSON options that load the scenarios' items.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ConfigurationItemTrigger>> IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.JsonOptions => JsonOptions;

    /// <summary>Registers the scenario's item, <c>mx-01</c>, a mail relay owned by <c>res-1</c>, by the configuration
    /// manager at <see cref="Start"/>.</summary>
    /// <returns>The item, Planned.</returns>
    public static ConfigurationItem Register() =>
        ConfigurationItem.Register(
            new Id<Kinds.ConfigurationItem>("mx-01"),
            "server",
            "Mail relay",
            "res-1",
            Criticality.High,
            new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(4m), ["os"] = AttributeValue.Of("Debian 12") },
            Actors[0],
            Start);

    /// <summary>Registers the item and runs every command, skipping those it refuses.</summary>
    /// <returns>The item and the instant of the last command.</returns>
    public (ConfigurationItem Item, Instant End) Play()
    {
        var item = Register();
        return (item, Histories.PlayOn(item, Commands, Start, Apply));
    }

    /// <inheritdoc />
    ConfigurationItem IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.Create() => Register();

    /// <inheritdoc />
    void IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.Apply(ConfigurationItem record, HistoryStep<ConfigurationItemTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.UnmetRules(ConfigurationItem record, HistoryStep<ConfigurationItemTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, ChangeOf(command.Choice), FactsOf(command.Choice));

    /// <inheritdoc />
    ConfigurationItem IHistory<ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger>.Rebuild(ConfigurationItem record) => ConfigurationItem.FromEvents(record.Events);

    /// <summary>Runs one command; throws whatever the item throws. The choice picks the change (none every fifth choice,
    /// otherwise <c>CHG-</c> and the choice), the update (a new owner, criticality, name, attribute set, or removal of
    /// <c>os</c>), the retirement facts (an open incident every seventh choice; none, one or both dependants) and the
    /// dependant acknowledging (<c>mx-01</c> itself every thirteenth choice, refused).</summary>
    /// <param name="item">The item.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(ConfigurationItem item, HistoryStep<ConfigurationItemTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(item);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        var change = ChangeOf(choice);
        switch (command.Trigger)
        {
            case ConfigurationItemTrigger.Update: item.Update(by, at, UpdateOf(choice), change); break;
            case ConfigurationItemTrigger.AcknowledgeRetirement:
                item.AcknowledgeRetirement(by, at, choice % 13 == 0 ? item.Id : Dependants[choice % 2]);
                break;
            case ConfigurationItemTrigger.Retire: item.Retire(by, at, FactsOf(choice), change); break;
            case ConfigurationItemTrigger.Register: throw new ArgumentException("An item is registered once, by Register.", nameof(command));
            default: item.MoveTo(StateAfter(command.Trigger), by, at, change, choice % 3 == 0 ? null : "step " + choice.ToString(CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>The change a choice names: none every fifth choice.</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The change id, or null.</returns>
    public static Id<Kinds.Change>? ChangeOf(int choice) => choice % 5 == 0 ? null : new Id<Kinds.Change>("CHG-" + choice.ToString(CultureInfo.InvariantCulture));

    /// <summary>The retirement facts a choice gives: an open incident every seventh choice; none, one or both dependants.</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The facts.</returns>
    public static RetirementFacts FactsOf(int choice) => new(choice % 7 == 0 ? 1 : 0, [.. Dependants.Take(choice % 3)]);

    /// <summary>The update a choice gives (by the choice modulo 6): a new owner, a criticality, a name, a number of CPUs,
    /// a patch date, or the removal of <c>os</c> (refused once removed).</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The update.</returns>
    public static ConfigurationItemUpdate UpdateOf(int choice) => (choice % 6) switch
    {
        0 => new(Owner: choice % 4 == 0 ? "res-1" : "res-2"),
        1 => new(Criticality: (Criticality)(1 + (choice % 4))),
        2 => new(Name: "Mail relay " + (choice % 3).ToString(CultureInfo.InvariantCulture)),
        3 => new(Set: new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(2m + (choice % 4)) }),
        4 => new(Set: new Dictionary<string, AttributeValue> { ["patched"] = AttributeValue.Of(new LocalDate(2026, 3, 1 + (choice % 28))) }),
        _ => new(Remove: ["os"]),
    };

    /// <summary>The state a status trigger leads to.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The state.</returns>
    public static ConfigurationItemState StateAfter(ConfigurationItemTrigger trigger) =>
        Enum.GetValues<ConfigurationItemState>().Where(s => s != ConfigurationItemState.Planned).Single(s => ConfigurationItem.TriggerTo(s) == trigger);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ConfigurationItemScenario), [], Commands);
}

/// <summary>FsCheck generators of random configuration item histories, for
/// <c>[Properties(Arbitrary = [typeof(ConfigurationItemArbitraries)])]</c>.</summary>
public static class ConfigurationItemArbitraries
{
    private static readonly Gen<Duration> Gaps = Histories.MinutesApart(3 * 24 * 60);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ConfigurationItemScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the registration.</summary>
    public static IReadOnlyList<ConfigurationItemTrigger> Triggers { get; } = Histories.Triggers(ConfigurationItemTrigger.Register);

    /// <summary>Random item histories: its life told in order nineteen times in twenty (stock, build, pilot, production,
    /// updates, maintenance or repair and back, acknowledgements, retirement, disposal; each step sometimes left out or
    /// preceded by a random command), shuffled one time in twenty; up to 30 commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConfigurationItemScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Life(), Random()).Select(steps => new ConfigurationItemScenario(steps)),
            s => s.Commands,
            (s, c) => new ConfigurationItemScenario(c));

    private static Gen<HistoryStep<ConfigurationItemTrigger>[]> Life() =>
        from head in Sequence(
            Command(ConfigurationItemTrigger.Stock),
            Command(ConfigurationItemTrigger.Update),
            Command(ConfigurationItemTrigger.Build),
            Command(ConfigurationItemTrigger.Pilot),
            Command(ConfigurationItemTrigger.EnterProduction))
        from updates in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Command(ConfigurationItemTrigger.Update), n))
        from outage in Gen.Frequency(
            (2, Gen.Constant(Array.Empty<HistoryStep<ConfigurationItemTrigger>>())),
            (1, Sequence(Command(ConfigurationItemTrigger.StartMaintenance), Command(ConfigurationItemTrigger.Update), Command(ConfigurationItemTrigger.EnterProduction))),
            (1, Sequence(Command(ConfigurationItemTrigger.StartRepair), Command(ConfigurationItemTrigger.EnterProduction))))
        from tail in Sequence(
            Command(ConfigurationItemTrigger.AcknowledgeRetirement, Gen.Constant(1)),
            Command(ConfigurationItemTrigger.AcknowledgeRetirement, Gen.Constant(1)),
            Command(ConfigurationItemTrigger.Retire),
            Command(ConfigurationItemTrigger.Dispose))
        select (HistoryStep<ConfigurationItemTrigger>[])[.. head, .. updates, .. outage, .. tail];

    private static Gen<HistoryStep<ConfigurationItemTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    /// <summary>A command by the usual actor (the configuration manager unless told), one time in twenty anyone.</summary>
    private static Gen<HistoryStep<ConfigurationItemTrigger>> Command(ConfigurationItemTrigger trigger, Gen<int>? actors = null) =>
        Histories.Step(trigger, actors ?? Gen.Constant(0), AnyActor, Gaps);

    private static Gen<HistoryStep<ConfigurationItemTrigger>[]> Sequence(params Gen<HistoryStep<ConfigurationItemTrigger>>[] commands) => Gen.CollectToArray(commands);
}
