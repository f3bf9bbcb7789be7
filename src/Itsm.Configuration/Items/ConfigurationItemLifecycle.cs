using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Ids;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Configuration;

/// <summary>A command to a configuration item as its lifecycle checks it: the change it is made under and, to retire,
/// the host's facts.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Change">The authorised change, if any.</param>
/// <param name="Facts">The host's facts, to retire.</param>
internal readonly record struct ConfigurationItemCommand(ConfigurationItemTrigger Trigger, Actor By, Instant At, Id<Kinds.Change>? Change, RetirementFacts? Facts)
    : ICommand<ConfigurationItemTrigger>;

/// <summary>
/// The transition table of a configuration item, top to bottom as the lifecycle diagram: Planned -Stock-> InStock
/// -Build-> InBuild -Pilot-> Pilot -EnterProduction-> Production; Production -StartMaintenance-> Maintenance and
/// -StartRepair-> Repair, both -EnterProduction-> Production; any state before Retired -Retire-> Retired (no open
/// incident, every dependant acknowledged) -Dispose-> Disposed. Updates and acknowledgements keep the state, in any
/// state before Retired. The need for an authorised change is an authorisation rule
/// (<see cref="ConfigurationItem.RequiresChange(ConfigurationItemState, ConfigurationItemTrigger)"/>), asked before
/// the table.
/// </summary>
internal sealed class ConfigurationItemLifecycle : Lifecycle<ConfigurationItem, ConfigurationItemState, ConfigurationItemTrigger, ConfigurationItemCommand>
{
    public const string NoOpenIncident = "an item retires only with no open incident on it";
    public const string DependantsAcknowledged = "an item retires only once every item that depends on it has acknowledged the retirement";
    public const string UpdateKeepsState = "an update keeps the item where it is";
    public const string AcknowledgementKeepsState = "an acknowledgement keeps the item where it is";

    public ConfigurationItemLifecycle()
        : base(creation: ConfigurationItemTrigger.Register)
    {
    }

    public static ConfigurationItemLifecycle Instance => ForThread<ConfigurationItemLifecycle>();

    /// <summary>The change rule: an authorisation, refused as <see cref="Core.Actors.CommandNotAuthorizedException"/>.</summary>
    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Change is null && Command.Trigger != ConfigurationItemTrigger.Register && ConfigurationItem.RequiresChange(Subject.State, Command.Trigger) ? [ConfigurationItem.ChangeRule] : [];

    protected override void Configure(StateMachine<ConfigurationItemState, ConfigurationItemTrigger> machine)
    {
        Live(machine, ConfigurationItemState.Planned).Permit(ConfigurationItemTrigger.Stock, ConfigurationItemState.InStock);
        Live(machine, ConfigurationItemState.InStock).Permit(ConfigurationItemTrigger.Build, ConfigurationItemState.InBuild);
        Live(machine, ConfigurationItemState.InBuild).Permit(ConfigurationItemTrigger.Pilot, ConfigurationItemState.Pilot);
        Live(machine, ConfigurationItemState.Pilot).Permit(ConfigurationItemTrigger.EnterProduction, ConfigurationItemState.Production);
        Live(machine, ConfigurationItemState.Production)
            .Permit(ConfigurationItemTrigger.StartMaintenance, ConfigurationItemState.Maintenance)
            .Permit(ConfigurationItemTrigger.StartRepair, ConfigurationItemState.Repair);
        Live(machine, ConfigurationItemState.Maintenance).Permit(ConfigurationItemTrigger.EnterProduction, ConfigurationItemState.Production);
        Live(machine, ConfigurationItemState.Repair).Permit(ConfigurationItemTrigger.EnterProduction, ConfigurationItemState.Production);
        machine.Configure(ConfigurationItemState.Retired).Permit(ConfigurationItemTrigger.Dispose, ConfigurationItemState.Disposed);
        machine.Configure(ConfigurationItemState.Disposed);
    }

    /// <summary>A state before retirement: updated, acknowledged and retired from it.</summary>
    private StateMachine<ConfigurationItemState, ConfigurationItemTrigger>.StateConfiguration Live(StateMachine<ConfigurationItemState, ConfigurationItemTrigger> machine, ConfigurationItemState state) =>
        machine.Configure(state)
            .InternalTransitionIf(ConfigurationItemTrigger.Update, static _ => true, static () => { }, UpdateKeepsState)
            .InternalTransitionIf(ConfigurationItemTrigger.AcknowledgeRetirement, static _ => true, static () => { }, AcknowledgementKeepsState)
            .PermitIf(
                ConfigurationItemTrigger.Retire,
                ConfigurationItemState.Retired,
                Rule(() => Command.Facts is { OpenIncidents: 0 }, NoOpenIncident),
                Rule(() => Command.Facts is { } facts && Subject.UnacknowledgedDependants(facts.Dependants).Count == 0, DependantsAcknowledged));
}
