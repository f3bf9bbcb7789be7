using System;
using System.Collections.Generic;
using Itsm.Json;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>
/// A random history of one record, as the aggregate laws (<see cref="AggregateLaws"/>) play it: how the record is
/// created, when each step happens, how a step is applied and asked about, what the record looks like, how it is
/// rebuilt and stored.
/// </summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <typeparam name="TStep">The step type.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
/// <remarks>Implement it for a record of your own to run every law on it; <see cref="Histories"/> plays, shrinks and
/// measures coverage for any implementation.</remarks>
public interface IHistory<TRecord, TStep, TTrigger>
    where TRecord : class
    where TStep : IHistoryStep<TTrigger>
    where TTrigger : struct, Enum
{
    /// <summary>Gets the steps, in order.</summary>
    IReadOnlyList<TStep> Steps { get; }

    /// <summary>Gets the instant the record is created at; the first step is dated from it.</summary>
    Instant Start { get; }

    /// <summary>Gets the options that store and load the record as JSON.</summary>
    ItsmJsonOptions JsonOptions { get; }

    /// <summary>Creates the record, before any step.</summary>
    /// <returns>The record.</returns>
    TRecord Create();

    /// <summary>When a step happens, given the record before it and the instant of the previous step.</summary>
    /// <param name="record">The record.</param>
    /// <param name="command">The step.</param>
    /// <param name="previous">The previous step's instant (<see cref="Start"/> for the first).</param>
    /// <returns>The step's instant; never before <paramref name="previous"/>. By default its
    /// <see cref="IHistoryStep{TTrigger}.After"/> after the previous one.</returns>
    Instant At(TRecord record, TStep command, Instant previous) => previous + command.After;

    /// <summary>Applies a step; throws whatever the record throws.</summary>
    /// <param name="record">The record.</param>
    /// <param name="command">The step.</param>
    /// <param name="at">When.</param>
    void Apply(TRecord record, TStep command, Instant at);

    /// <summary>Asks the record's query (<c>UnmetRules</c>) about the command a step would give.</summary>
    /// <param name="record">The record.</param>
    /// <param name="command">The step.</param>
    /// <param name="at">When.</param>
    /// <returns>The unmet rules; null when the record's query does not answer for this step.</returns>
    IReadOnlyList<string>? UnmetRules(TRecord record, TStep command, Instant at);

    /// <summary>Everything observable of the record at an instant, as text: state, version, every event, every clock's
    /// status, when it is next due. Two records with equal fingerprints are the same record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="at">The instant the clocks and queries are read at.</param>
    /// <returns>The fingerprint; by default <see cref="Fingerprints.Of"/>.</returns>
    string Fingerprint(TRecord record, Instant at) => Fingerprints.Of(record, at, JsonOptions);

    /// <summary>Rebuilds the record from its events, with the settings it was created with.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The rebuilt record.</returns>
    TRecord Rebuild(TRecord record);

    /// <summary>Returns whether an exception is a refusal the record documents (the record is then unchanged).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for a documented refusal; by default <see cref="Histories.IsDocumentedRefusal"/>.</returns>
    bool IsDocumentedRefusal(Exception exception) => Histories.IsDocumentedRefusal(exception);
}
