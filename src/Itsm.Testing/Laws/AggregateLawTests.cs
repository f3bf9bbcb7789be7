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
/// <see cref="AggregateLaws"/> and checks that the generator reaches every trigger and every event.
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

    /// <summary>What is still missing once other generators are counted (a family's histories reach what a single
    /// record's cannot); by default all that <paramref name="coverage"/> says.</summary>
    /// <param name="coverage">What the generator's histories did not reach.</param>
    /// <returns>What is missing.</returns>
    protected virtual HistoryCoverage Missing(HistoryCoverage coverage) => coverage;
}
