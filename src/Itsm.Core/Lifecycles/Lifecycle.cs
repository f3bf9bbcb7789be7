using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Actors;
using Itsm.Core.Commands;
using Itsm.Core.Events;
using Stateless;
using Stateless.Graph;

namespace Itsm.Core.Lifecycles;

/// <summary>
/// The transition table of one kind of record, as a Stateless state machine that checks commands without owning the
/// record's state, and the one pipeline every command passes before it records anything.
/// </summary>
/// <typeparam name="TSubject">What the guards read: the aggregate, or the part of it the table governs (a revision, a
/// copy).</typeparam>
/// <typeparam name="TState">The subject's state enum.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
/// <typeparam name="TCommand">The command value the guards read: trigger, actor, instant and the record's own facts.</typeparam>
/// <remarks>
/// <para>
/// Stateless cannot share one configuration between instances, and building one costs microseconds and kilobytes.
/// So each thread builds the machine once (<see cref="ForThread{TLifecycle}"/>) and points it at the subject being
/// checked: the machine's state is a scratch copy of the subject's, so firing a trigger computes the destination state
/// and changes nothing on the record. The record then records an event whose <c>Apply</c> sets the state. Replay never
/// touches a lifecycle.
/// </para>
/// <para>
/// Guards are pure functions of <see cref="Subject"/> and <see cref="Command"/>, named for the rule they enforce
/// (<see cref="Rule"/>); both are readable only while a command is checked.
/// </para>
/// <para>
/// <see cref="Authorise{TRecord}"/> and <see cref="UnmetRules{TRecord}"/> are the pipeline, in this order: the actor is
/// given (<see cref="ArgumentNullException"/>); the command is dated within <see cref="RecordTime"/> and not before the
/// record's last one (<see cref="ArgumentOutOfRangeException"/>, <see cref="EventSourcedAggregate{TEvent}.TimeOrderRule"/>); the role
/// policy and <see cref="UnmetAuthorisation"/> (<see cref="Actors.CommandNotAuthorizedException"/> listing every
/// unmet rule); a creation command only on a record not yet created; the transition table with its guards
/// (<see cref="InvalidTransitionException"/> listing every unmet guard). A trigger the table never mentions (creation,
/// advancing time) skips the last stage. <see cref="UnmetRules{TRecord}"/> lists what <see cref="Authorise{TRecord}"/>
/// would refuse, in the same order.
/// </para>
/// <para>
/// The table reads fixed transitions (<c>Permit</c>, <c>PermitIf</c>, <c>PermitReentry</c>, internal transitions, and
/// those a substate takes from its superstates). A lifecycle does not configure initial transitions
/// (<c>InitialTransition</c>), whose destination Stateless does not describe: replay would follow the superstate.
/// </para>
/// <para>Instances are confined to one thread.</para>
/// </remarks>
public abstract class Lifecycle<TSubject, TState, TTrigger, TCommand>
    where TSubject : class
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TCommand : struct, ICommand<TTrigger>
{
    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly Dictionary<(TState, TTrigger), TState> _table;
    private readonly Dictionary<(TState, TTrigger), TState> _unguarded;
    private readonly Dictionary<(TState, TTrigger), TState> _single;
    private readonly HashSet<TTrigger> _governed;
    private TState _state;
    private TSubject? _subject;
    private TCommand _command;

    /// <summary>Initializes the lifecycle and lets the subclass configure the machine.</summary>
    /// <param name="creation">The trigger that creates the record, if the record has one: refused on a record that
    /// already has events.</param>
    protected Lifecycle(TTrigger? creation = null)
    {
        Creation = creation;
        _machine = new StateMachine<TState, TTrigger>(() => _state, s => _state = s);
        Configure(_machine);
        (_table, _unguarded, _single) = BuildTables(_machine);
        _governed = [.. _table.Keys.Select(k => k.Item2)];
    }

    /// <summary>Gets the trigger that creates the record, if any.</summary>
    public TTrigger? Creation { get; }

    /// <summary>Gets the subject being checked; guards read it.</summary>
    /// <exception cref="InvalidOperationException">No command is being checked.</exception>
    protected TSubject Subject => _subject ?? throw NotChecking();

    /// <summary>Gets the command being checked; guards read it.</summary>
    /// <exception cref="InvalidOperationException">No command is being checked.</exception>
    protected TCommand Command => _subject is not null ? _command : throw NotChecking();

    /// <summary>Gets this thread's instance of a lifecycle, building it on the thread's first use.</summary>
    /// <typeparam name="TLifecycle">The concrete lifecycle.</typeparam>
    /// <returns>The thread's instance.</returns>
    protected static TLifecycle ForThread<TLifecycle>()
        where TLifecycle : Lifecycle<TSubject, TState, TTrigger, TCommand>, new() => PerThread<TLifecycle>.Instance ??= new TLifecycle();

    /// <summary>A guard and the rule it enforces, for Stateless's <c>PermitIf</c> and <c>PermitReentryIf</c>.</summary>
    /// <param name="guard">True when the rule is met.</param>
    /// <param name="text">The rule, as an invariant sentence.</param>
    /// <returns>The pair Stateless takes.</returns>
    protected static Tuple<Func<bool>, string> Rule(Func<bool> guard, string text) => Tuple.Create(guard, text);

    /// <summary>Returns whether the transition table mentions a trigger in any state (creation and advancing time are
    /// not transitions).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>True when some state has a transition for it.</returns>
    public bool Governs(TTrigger trigger) => _governed.Contains(trigger);

    /// <summary>
    /// Runs the whole pipeline for a command and returns the state it leads to, changing nothing on the record.
    /// </summary>
    /// <typeparam name="TRecord">The record (aggregate) type the role policy reads.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="roles">Its role policy; null when the record has none.</param>
    /// <param name="subject">What the table governs: the record itself, or a part of it; null when the command has
    /// nothing to act on (creating the record, or a part of it), which only a trigger the table does not govern may do.</param>
    /// <param name="state">The subject's current state.</param>
    /// <param name="command">The command.</param>
    /// <param name="missing">The rule refused when <paramref name="subject"/> is null for a governed trigger.</param>
    /// <returns>The destination state (the same state for an internal transition or an ungoverned trigger).</returns>
    /// <exception cref="ArgumentNullException">The command has no actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The command is dated outside <see cref="RecordTime"/> or before the record's last one.</exception>
    /// <exception cref="Actors.CommandNotAuthorizedException">The role policy or <see cref="UnmetAuthorisation"/> refuses the actor.</exception>
    /// <exception cref="InvalidTransitionException">The record's state or a guard refuses the command.</exception>
    public TState Authorise<TRecord>(TRecord record, RolePolicy<TRecord, TTrigger>? roles, TSubject? subject, TState state, in TCommand command, string? missing = null)
        where TRecord : class, IEventSourcedRecord
    {
        Run(record, roles, subject, state, command, missing, quietly: false, out var destination);
        return destination;
    }

    /// <summary>
    /// Runs the pipeline for a command the record gives itself when it is due (an automatic close, an effective date):
    /// like <see cref="Authorise{TRecord}"/>, except that the transition table is asked before the role policy, and its
    /// refusal (the command is not due, or not in this state) is an answer, false, rather than an exception. Once the
    /// table permits it, a refusal by the role policy still throws.
    /// </summary>
    /// <typeparam name="TRecord">The record (aggregate) type the role policy reads.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="roles">Its role policy; null when the record has none.</param>
    /// <param name="subject">What the table governs.</param>
    /// <param name="state">The subject's current state.</param>
    /// <param name="command">The command.</param>
    /// <param name="destination">The state it leads to, when permitted.</param>
    /// <returns>True when the command is permitted; false when the transition table or a guard refuses it.</returns>
    /// <exception cref="ArgumentNullException">The command has no actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The command is dated outside <see cref="RecordTime"/> or before the record's last one.</exception>
    /// <exception cref="Actors.CommandNotAuthorizedException">The role policy or <see cref="UnmetAuthorisation"/> refuses the actor.</exception>
    public bool TryAuthorise<TRecord>(TRecord record, RolePolicy<TRecord, TTrigger>? roles, TSubject subject, TState state, in TCommand command, out TState destination)
        where TRecord : class, IEventSourcedRecord =>
        Run(record, roles, Preconditions.CheckNotNull(subject), state, command, null, quietly: true, out destination);

    /// <summary>The rules of time every command obeys, first in the pipeline: it is dated within <see cref="RecordTime"/>,
    /// and not before the record's last command (<see cref="EventSourcedAggregate{TEvent}.TimeOrderRule"/>).</summary>
    /// <returns>The rule broken, as a sentence; null when both hold.</returns>
    private static string? UnmetTimeRule(IEventSourcedRecord record, in TCommand command) =>
        !RecordTime.Contains(command.At)
            ? $"{SupportedTime.Text(command.At)} is outside the supported range; {RecordTime.Rule}"
            : record.Version > 0 && command.At < record.LastCommandAt
                ? $"{EventSourcedAggregate<DomainEvent>.TimeOrderRule}, and the last one was at {SupportedTime.Text(record.LastCommandAt)}"
                : null;

    private bool Run<TRecord>(TRecord record, RolePolicy<TRecord, TTrigger>? roles, TSubject? subject, TState state, in TCommand command, string? missing, bool quietly, out TState destination)
        where TRecord : class, IEventSourcedRecord
    {
        Preconditions.CheckNotNull(record);
        var by = command.By;
        Preconditions.CheckNotNull(by);
        var trigger = command.Trigger;
        if (UnmetTimeRule(record, command) is { } timeRule)
        {
            throw new ArgumentOutOfRangeException(
                nameof(command),
                command.At,
                $"{trigger} at {SupportedTime.Text(command.At)} on {record.RecordType} '{record.RecordId}': {timeRule}.");
        }

        if (subject is null)
        {
            destination = AuthoriseWithoutSubject(record, roles, state, command, missing);
            return true;
        }

        destination = state;
        Begin(subject, state, command);
        try
        {
            // A command the record gives itself asks the table first: when it is not due, nothing else is asked (a role
            // policy that leaves the system out of it matters only once it is due), and when it is, the table is not
            // asked twice.
            if (quietly && _governed.Contains(trigger) && !_unguarded.ContainsKey((state, trigger)) && !_machine.CanFire(trigger))
            {
                return false;
            }

            var refused = roles?.UnmetRules(record, by, trigger);
            var extra = UnmetAuthorisation();
            if (refused is { Count: > 0 } || extra.Any())
            {
                List<string> rules = [.. refused ?? [], .. extra];
                throw new CommandNotAuthorizedException(by, trigger.ToString(), record.RecordType, record.RecordId, roles?.RolesFor(trigger) ?? [], rules);
            }

            if (IsCreation(trigger))
            {
                return record.Version == 0
                    ? true
                    : throw new InvalidTransitionException(record.RecordType, record.RecordId, state.ToString(), trigger.ToString(), CreatedOnceRule(record));
            }

            if (!_governed.Contains(trigger))
            {
                return true;
            }

            // A transition without guards, between states without actions, has nothing for Stateless to ask or run: the
            // table it configured answers (a tenth of the cost of CanFire and Fire).
            if (_unguarded.TryGetValue((state, trigger), out destination))
            {
                return true;
            }

            // A command the record gives itself has had the table's answer; any other asks it now.
            destination = state;
            if (!quietly && UnmetTransitionRules(state, trigger) is { } unmet)
            {
                throw new InvalidTransitionException(record.RecordType, SubjectId(subject, record.RecordId), state.ToString(), trigger.ToString(), string.Join("; ", unmet));
            }

            // Its guards hold: a transition that is its trigger's only one in this state, between states without actions,
            // leads where the table says, with nothing for Stateless to run.
            if (_single.TryGetValue((state, trigger), out destination))
            {
                return true;
            }

            _machine.Fire(trigger);
            destination = _state;
            return true;
        }
        finally
        {
            End();
        }
    }

    /// <summary>The pipeline for a command without a subject: role policy, creation once, nothing to act on.</summary>
    private TState AuthoriseWithoutSubject<TRecord>(TRecord record, RolePolicy<TRecord, TTrigger>? roles, TState state, in TCommand command, string? missing)
        where TRecord : class, IEventSourcedRecord
    {
        var trigger = command.Trigger;
        roles?.Demand(record, command.By, trigger, record.RecordType, record.RecordId);
        string? rule = IsCreation(trigger) ? (record.Version > 0 ? CreatedOnceRule(record) : null)
            : _governed.Contains(trigger) ? missing ?? $"{trigger} needs something to act on, and there is nothing"
            : null;
        return rule is null ? state : throw new InvalidTransitionException(record.RecordType, record.RecordId, state.ToString(), trigger.ToString(), rule);
    }

    /// <summary>Lists every rule the pipeline (<see cref="Authorise{TRecord}"/>) would refuse a command for, in the
    /// pipeline's order, without throwing: empty when the command is allowed.</summary>
    /// <typeparam name="TRecord">The record (aggregate) type the role policy reads.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="roles">Its role policy; null when the record has none.</param>
    /// <param name="subject">What the table governs; null when the command has nothing to act on (the rule
    /// <paramref name="missing"/> then stands for the lifecycle's).</param>
    /// <param name="state">The subject's current state.</param>
    /// <param name="command">The command.</param>
    /// <param name="missing">The rule reported when <paramref name="subject"/> is null.</param>
    /// <returns>The unmet rules, each an invariant sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null, or the command has no actor.</exception>
    public IReadOnlyList<string> UnmetRules<TRecord>(TRecord record, RolePolicy<TRecord, TTrigger>? roles, TSubject? subject, TState state, in TCommand command, string? missing = null)
        where TRecord : class, IEventSourcedRecord
    {
        Preconditions.CheckNotNull(record);
        var by = command.By;
        Preconditions.CheckNotNull(by, "actor");
        var trigger = command.Trigger;
        var unmet = new List<string>();
        if (UnmetTimeRule(record, command) is { } timeRule)
        {
            unmet.Add(timeRule);
        }

        if (roles is not null)
        {
            unmet.AddRange(roles.UnmetRules(record, by, trigger));
        }

        if (subject is null)
        {
            if (IsCreation(trigger) && record.Version > 0)
            {
                unmet.Add(CreatedOnceRule(record));
            }
            else if (!IsCreation(trigger) && _governed.Contains(trigger))
            {
                unmet.Add(missing ?? $"{trigger} needs something to act on, and there is nothing");
            }

            return unmet;
        }

        Begin(subject, state, command);
        try
        {
            unmet.AddRange(UnmetAuthorisation());

            if (IsCreation(trigger))
            {
                if (record.Version > 0)
                {
                    unmet.Add(CreatedOnceRule(record));
                }
            }
            else if (_governed.Contains(trigger) && !_unguarded.ContainsKey((state, trigger)) && UnmetTransitionRules(state, trigger) is { } rules)
            {
                unmet.AddRange(rules);
            }
        }
        finally
        {
            End();
        }

        return unmet;
    }

    /// <summary>Returns whether the transition table and its guards permit a command: the lifecycle's stage of the
    /// pipeline alone (no role policy, no time order), for queries such as "is the automatic close due?" that ask the
    /// rule instead of spelling it again. Allocates nothing.</summary>
    /// <param name="subject">What the table governs.</param>
    /// <param name="state">The subject's state.</param>
    /// <param name="command">The command.</param>
    /// <returns>True when the trigger may fire (always for a trigger the table does not govern).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public bool Permits(TSubject subject, TState state, in TCommand command)
    {
        Preconditions.CheckNotNull(subject);
        var trigger = command.Trigger;
        if (!_governed.Contains(trigger) || _unguarded.ContainsKey((state, trigger)))
        {
            return true;
        }

        Begin(subject, state, command);
        try
        {
            return _machine.CanFire(trigger);
        }
        finally
        {
            End();
        }
    }

    /// <summary>The rules beyond the role policy that decide whether the actor may give the command (an eligible
    /// approver, a copy's holder), reading <see cref="Subject"/> and <see cref="Command"/>. Refused as
    /// <see cref="Actors.CommandNotAuthorizedException"/> together with the role policy's rules.</summary>
    /// <returns>The unmet rules; an empty array (no allocation) when every one is met.</returns>
    protected virtual IEnumerable<string> UnmetAuthorisation() => [];

    /// <summary>The id a refusal names: the record's, or a part's within it (a copy's).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="recordId">The record's id.</param>
    /// <returns>The id for the exception.</returns>
    protected virtual string SubjectId(TSubject subject, string recordId) => recordId;

    private static string CreatedOnceRule(IEventSourcedRecord record) => record.Creation.CreatedOnceRule;

    private bool IsCreation(TTrigger trigger) => Creation is { } creation && EqualityComparer<TTrigger>.Default.Equals(creation, trigger);

    /// <summary>The guards that stop a governed trigger in a state (set by <see cref="Begin"/>), or null when it may fire.</summary>
    private List<string>? UnmetTransitionRules(TState state, TTrigger trigger)
    {
        // The plain question first: the list of unmet guards is built only for a refusal.
        if (_machine.CanFire(trigger) || _machine.CanFire(trigger, out ICollection<string>? unmetGuards))
        {
            return null;
        }

        // Stateless reports guard descriptions when a transition exists but its guards fail, and nothing when the state
        // has no transition for the trigger at all.
        return unmetGuards is { Count: > 0 }
            ? [.. unmetGuards]
            : [$"{trigger} is not a command {Wording.WithArticle(typeof(TSubject).Name)} accepts while {state}"];
    }

    private void Begin(TSubject subject, TState state, in TCommand command)
    {
        _subject = subject;
        _state = state;
        _command = command;
    }

    private void End()
    {
        _subject = null;
        _command = default;
    }

    private static InvalidOperationException NotChecking() =>
        new("A lifecycle's Subject and Command are readable only while it checks a command.");

    /// <summary>
    /// Looks up where a trigger leads from a state in the transition table, ignoring guards: for replaying a history
    /// whose commands passed their guards when they were accepted. Builds nothing.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination; the same state for an internal transition.</param>
    /// <returns>False when the table has no transition for the trigger in that state.</returns>
    public bool TryGetDestination(TState state, TTrigger trigger, out TState destination) =>
        _table.TryGetValue((state, trigger), out destination);

    /// <summary>Draws the lifecycle as a Mermaid state diagram, for the docs.</summary>
    /// <returns>The Mermaid text.</returns>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    /// <summary>Configures the whole transition table; one method, readable top to bottom as the lifecycle diagram.</summary>
    /// <param name="machine">The machine to configure.</param>
    protected abstract void Configure(StateMachine<TState, TTrigger> machine);

    /// <summary>The transition table (every fixed transition, guards ignored); the transitions Stateless need not fire
    /// (the only transition of its trigger in its state, between plain states: once its guards hold, the table says where
    /// it leads); and of those, the ones it need not even be asked about (without guards).</summary>
    private static (Dictionary<(TState, TTrigger), TState> Table, Dictionary<(TState, TTrigger), TState> Unguarded, Dictionary<(TState, TTrigger), TState> Single) BuildTables(StateMachine<TState, TTrigger> machine)
    {
        var table = new Dictionary<(TState, TTrigger), TState>();
        var unguarded = new Dictionary<(TState, TTrigger), TState>();
        var single = new Dictionary<(TState, TTrigger), TState>();
        var info = machine.GetInfo();

        // Stateless must fire a transition that leaves or enters a state with entry or exit actions (they run when it
        // fires; activation actions run only on Activate, which a lifecycle never calls), or a substate (leaving or
        // entering it runs its superstates' actions too). A superstate itself is plain: without initial transitions,
        // which a lifecycle does not use, entering it enters no substate.
        var fired = new HashSet<TState>();
        foreach (var state in info.States)
        {
            if (state.EntryActions.Any() || state.ExitActions.Any() || state.Superstate is not null)
            {
                fired.Add((TState)state.UnderlyingState);
            }
        }

        foreach (var state in info.States)
        {
            var from = (TState)state.UnderlyingState;

            // A substate also takes the transitions of its superstates that it does not handle itself (Stateless asks
            // the substate first, then each superstate outwards); an internal transition keeps the substate.
            for (var ancestor = state.Superstate; ancestor is not null; ancestor = ancestor.Superstate)
            {
                foreach (var inherited in ancestor.FixedTransitions)
                {
                    var key = (from, (TTrigger)inherited.Trigger.UnderlyingTrigger);
                    if (!state.FixedTransitions.Any(t => t.Trigger.UnderlyingTrigger.Equals(inherited.Trigger.UnderlyingTrigger)))
                    {
                        table.TryAdd(key, inherited.IsInternalTransition ? from : (TState)inherited.DestinationState.UnderlyingState);
                    }
                }
            }

            var transitions = state.FixedTransitions.ToList();
            foreach (var transition in transitions)
            {
                var trigger = (TTrigger)transition.Trigger.UnderlyingTrigger;
                var destination = transition.IsInternalTransition ? from : (TState)transition.DestinationState.UnderlyingState;
                table[(from, trigger)] = destination;
                bool only = transitions.Count(t => t.Trigger.UnderlyingTrigger.Equals(transition.Trigger.UnderlyingTrigger)) == 1
                    && !state.DynamicTransitions.Any(t => t.Trigger.UnderlyingTrigger.Equals(transition.Trigger.UnderlyingTrigger));
                if (only && !transition.IsInternalTransition && !fired.Contains(from) && !fired.Contains(destination))
                {
                    single[(from, trigger)] = destination;
                    if (!transition.GuardConditionsMethodDescriptions.Any())
                    {
                        unguarded[(from, trigger)] = destination;
                    }
                }
            }
        }

        return (table, unguarded, single);
    }

    private static class PerThread<TLifecycle>
    {
        [ThreadStatic]
        public static TLifecycle? Instance;
    }
}
