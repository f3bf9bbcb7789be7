using System;
using System.Collections.Generic;
using System.Linq;
using Stateless;
using Stateless.Graph;

namespace Itsm.Core.Lifecycles;

/// <summary>
/// The transition table of one kind of aggregate, as a Stateless state machine that checks commands without
/// owning the aggregate's state.
/// </summary>
/// <typeparam name="TAggregate">The aggregate whose guards the table reads.</typeparam>
/// <typeparam name="TState">The aggregate's state enum.</typeparam>
/// <typeparam name="TTrigger">The aggregate's trigger enum.</typeparam>
/// <remarks>
/// <para>
/// Stateless cannot share one configuration between instances, and building one costs microseconds and kilobytes.
/// So each thread builds the machine once (<see cref="ForThread{TLifecycle}"/>) and points it at the aggregate being
/// checked: the machine's state is a scratch copy of the aggregate's, so firing a trigger computes the destination
/// state and changes nothing on the aggregate. The aggregate then records an event whose <c>Apply</c> sets the state.
/// Replay never touches a lifecycle.
/// </para>
/// <para>Guards must be pure functions of <see cref="Subject"/> and the trigger, named for the rule they enforce.</para>
/// <para>Instances are confined to one thread.</para>
/// </remarks>
public abstract class Lifecycle<TAggregate, TState, TTrigger>
    where TAggregate : class
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly StateMachine<TState, TTrigger> _machine;
    private readonly Dictionary<(TState, TTrigger), TState> _table;
    private readonly Dictionary<(TState, TTrigger), TState> _unguarded;
    private TState _state;
    private TAggregate? _subject;

    /// <summary>Initializes the lifecycle and lets the subclass configure the machine.</summary>
    protected Lifecycle()
    {
        _machine = new StateMachine<TState, TTrigger>(() => _state, s => _state = s);
        Configure(_machine);
        (_table, _unguarded) = BuildTables(_machine);
    }

    /// <summary>Gets the aggregate being checked; guards read it.</summary>
    protected TAggregate Subject => _subject ?? throw new InvalidOperationException("Guards run only while a trigger is checked.");

    /// <summary>Gets this thread's instance of a lifecycle, building it on the thread's first use.</summary>
    /// <typeparam name="TLifecycle">The concrete lifecycle.</typeparam>
    /// <returns>The thread's instance.</returns>
    protected static TLifecycle ForThread<TLifecycle>()
        where TLifecycle : Lifecycle<TAggregate, TState, TTrigger>, new() => PerThread<TLifecycle>.Instance ??= new TLifecycle();

    /// <summary>Checks a trigger and returns the state it leads to, without changing the aggregate.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="state">Its current state.</param>
    /// <param name="trigger">The command's trigger.</param>
    /// <param name="recordType">The kind of record, for the exception.</param>
    /// <param name="recordId">The record's id, for the exception.</param>
    /// <returns>The destination state (the same state for an internal transition).</returns>
    /// <exception cref="InvalidTransitionException">The trigger is not permitted; the message names the rule.</exception>
    public TState Check(TAggregate aggregate, TState state, TTrigger trigger, string recordType, string recordId)
    {
        // A transition without guards, between states without actions, has nothing for Stateless to ask or run: the
        // table it configured answers (a tenth of the cost of CanFire and Fire).
        if (_unguarded.TryGetValue((state, trigger), out var destination))
        {
            return destination;
        }

        var unmet = UnmetRules(aggregate, state, trigger);
        if (unmet.Count > 0)
        {
            throw new InvalidTransitionException(recordType, recordId, state.ToString(), trigger.ToString(), string.Join("; ", unmet));
        }

        _subject = aggregate;
        _state = state;
        try
        {
            _machine.Fire(trigger);
            return _state;
        }
        finally
        {
            _subject = null;
        }
    }

    /// <summary>Lists the rules that stop a trigger now, without throwing: empty when it is permitted.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="state">Its current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The unmet rules, each an invariant sentence.</returns>
    public IReadOnlyList<string> UnmetRules(TAggregate aggregate, TState state, TTrigger trigger)
    {
        if (_unguarded.ContainsKey((state, trigger)))
        {
            return [];
        }

        _subject = aggregate;
        _state = state;
        try
        {
            if (_machine.CanFire(trigger, out ICollection<string>? unmetGuards))
            {
                return [];
            }

            // Stateless reports guard descriptions when a transition exists but its guards fail, and nothing when the
            // state has no transition for the trigger at all.
            return unmetGuards is { Count: > 0 }
                ? [.. unmetGuards]
                : [$"{trigger} is not a command {Wording.WithArticle(typeof(TAggregate).Name)} accepts while {state}"];
        }
        finally
        {
            _subject = null;
        }
    }

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

    /// <summary>The transition table (every fixed transition, guards ignored), and the part of it Stateless needs not be
    /// asked about: the only transition of its trigger in its state, without guards, between states without actions.</summary>
    private static (Dictionary<(TState, TTrigger), TState> Table, Dictionary<(TState, TTrigger), TState> Unguarded) BuildTables(StateMachine<TState, TTrigger> machine)
    {
        var table = new Dictionary<(TState, TTrigger), TState>();
        var unguarded = new Dictionary<(TState, TTrigger), TState>();
        var info = machine.GetInfo();
        var withActions = new HashSet<TState>();
        foreach (var state in info.States)
        {
            if (state.EntryActions.Any() || state.ExitActions.Any() || state.ActivateActions.Any() || state.DeactivateActions.Any())
            {
                withActions.Add((TState)state.UnderlyingState);
            }
        }

        foreach (var state in info.States)
        {
            var from = (TState)state.UnderlyingState;
            var transitions = state.FixedTransitions.ToList();
            foreach (var transition in transitions)
            {
                var trigger = (TTrigger)transition.Trigger.UnderlyingTrigger;
                var destination = transition.IsInternalTransition ? from : (TState)transition.DestinationState.UnderlyingState;
                table[(from, trigger)] = destination;
                bool only = transitions.Count(t => t.Trigger.UnderlyingTrigger.Equals(transition.Trigger.UnderlyingTrigger)) == 1
                    && !state.DynamicTransitions.Any(t => t.Trigger.UnderlyingTrigger.Equals(transition.Trigger.UnderlyingTrigger));
                if (only && !transition.IsInternalTransition && !transition.GuardConditionsMethodDescriptions.Any()
                    && !withActions.Contains(from) && !withActions.Contains(destination) && state.Superstate is null && !state.Substates.Any())
                {
                    unguarded[(from, trigger)] = destination;
                }
            }
        }

        return (table, unguarded);
    }

    private static class PerThread<TLifecycle>
    {
        [ThreadStatic]
        public static TLifecycle? Instance;
    }
}
