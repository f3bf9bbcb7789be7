using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Core;
using Itsm.Core.Events;
using Xunit;

namespace Itsm.Testing.Laws;

/// <summary>
/// The aggregate laws as an xUnit test class: derive one for a kind of record, name its generator in
/// <c>[Properties(Arbitrary = [typeof(...)], MaxTest = 10_000)]</c> on the derived class, and it runs every law of
/// <see cref="AggregateLaws"/> (the record's own invariants in <see cref="AssertInvariants"/>) and checks that the
/// generator reaches every trigger and every event.
/// </summary>
/// <typeparam name="THistory">The history type the generator draws.</typeparam>
/// <typeparam name="TRecord">The record.</typeparam>
/// <typeparam name="TStep">The step type.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <typeparam name="TEvent">The record's event base type.</typeparam>
/// <remarks>
/// <code>
/// [Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
/// public class IncidentLaws : AggregateLawTests&lt;IncidentScenario, Incident, HistoryStep&lt;IncidentTrigger&gt;, IncidentTrigger, IncidentEvent&gt;
/// {
///     protected override Arbitrary&lt;IncidentScenario&gt; Generator => IncidentArbitraries.Scenarios();
///     protected override IReadOnlyList&lt;IncidentTrigger&gt; NotCommands => [IncidentTrigger.Log, IncidentTrigger.AutoClose];
///
///     protected override void AssertInvariants(Incident incident) => Assert.True(Enum.IsDefined(incident.State));
/// }
/// </code>
/// </remarks>
public abstract class AggregateLawTests<THistory, TRecord, TStep, TTrigger, TEvent>
    where THistory : class, IHistory<TRecord, TStep, TTrigger>
    where TRecord : EventSourcedAggregate<TEvent>
    where TStep : IHistoryStep<TTrigger>
    where TTrigger : struct, Enum
    where TEvent : DomainEvent
{
    /// <summary>Gets the generator whose reach <see cref="TheGeneratorReachesEveryTriggerAndEveryEvent"/> measures.</summary>
    protected abstract Arbitrary<THistory> Generator { get; }

    /// <summary>Gets the triggers no step issues: creation, and those the record fires itself.</summary>
    protected abstract IReadOnlyList<TTrigger> NotCommands { get; }

    /// <summary>A refused command changes nothing (<see cref="AggregateLaws.RefusedCommandsChangeNothing"/>).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The property.</returns>
    [Property]
    public Property RefusedCommandsChangeNothing(THistory history) => AggregateLaws.RefusedCommandsChangeNothing(history);

    /// <summary>The record rebuilt from its events is the live record (<see cref="AggregateLaws.RebuildEqualsLive"/>).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The property.</returns>
    [Property]
    public Property RebuildEqualsLive(THistory history) => AggregateLaws.RebuildEqualsLive(history);

    /// <summary>The query agrees with the command (<see cref="AggregateLaws.CanFireAgreesWithTheCommand"/>).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The property.</returns>
    [Property]
    public Property CanFireAgreesWithTheCommand(THistory history) => AggregateLaws.CanFireAgreesWithTheCommand(history);

    /// <summary>The record loaded from its JSON is the live record (<see cref="AggregateLaws.JsonRoundTripEqualsLive"/>).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The property.</returns>
    [Property]
    public Property JsonRoundTripEqualsLive(THistory history) => AggregateLaws.JsonRoundTripEqualsLive(history);

    /// <summary>After creation and after every accepted command the record keeps the kernel's invariants (each event's
    /// version is its position, events in time order) and its own (<see cref="AssertInvariants"/>)
    /// (<see cref="AggregateLaws.AcceptedCommandsKeepTheInvariants"/>).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The property.</returns>
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(THistory history) =>
        AggregateLaws.AcceptedCommandsKeepTheInvariants(history, record =>
        {
            AssertKernelInvariants(record);
            AssertInvariants(record);
        });

    /// <summary>2,000 histories drawn with a fixed seed accept every trigger but <see cref="NotCommands"/> at least once
    /// and record every event type of the record's assembly (<see cref="Missing"/> may excuse some).</summary>
    /// <exception cref="InvalidOperationException">Something is not reached; the message names it.</exception>
    [Fact]
    public void TheGeneratorReachesEveryTriggerAndEveryEvent()
    {
        var coverage = Histories.Coverage(
            (IEnumerable<IHistory<TRecord, TStep, TTrigger>>)Histories.Sample(Generator, 2000),
            record => record.Events,
            typeof(TEvent),
            [.. NotCommands]);
        var missing = Missing(coverage);
        if (!missing.IsComplete)
        {
            throw new InvalidOperationException("The generator does not reach everything: " + missing);
        }
    }

    /// <summary>Checks the record's own invariants, those every accepted command must keep; throws (an xUnit assertion
    /// will do) when one is broken.</summary>
    /// <param name="record">The record after creation or after an accepted command.</param>
    protected abstract void AssertInvariants(TRecord record);

    private static void AssertKernelInvariants(TRecord record)
    {
        var events = record.Events;
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Version != i + 1 || (i > 0 && events[i].At < events[i - 1].At))
            {
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"{record.RecordType} '{record.RecordId}': event {i + 1} ({events[i].GetType().Name}, version {events[i].Version}, at {events[i].At}) breaks the kernel's invariants: each event's version is its position and no event is before the previous one."));
            }
        }
    }

    /// <summary>What is still missing once other generators are counted (a family's histories reach what a single
    /// record's cannot); by default all that <paramref name="coverage"/> says.</summary>
    /// <param name="coverage">What the generator's histories did not reach.</param>
    /// <returns>What is missing.</returns>
    protected virtual HistoryCoverage Missing(HistoryCoverage coverage) => coverage;
}
