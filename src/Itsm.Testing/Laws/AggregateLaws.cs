using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Json;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>
/// The laws every record obeys, over any random history (<see cref="IHistory{TRecord, TStep, TTrigger}"/>): a refused
/// command changes nothing, the record rebuilt from its events is the live record, the query (<c>UnmetRules</c>)
/// agrees with the command, and the record stored as JSON and loaded again is the live record.
/// </summary>
/// <remarks>
/// Each law returns an FsCheck <see cref="Property"/> that classifies its case (how many steps were refused, whether
/// the query foresaw a refusal), so a run reports how many of its cases exercised the law. A failing case is the
/// history, which shrinks by dropping steps and prints itself as C#.
/// </remarks>
public static class AggregateLaws
{
    /// <summary>A command the record refuses with a documented exception leaves it exactly as it was: same state, same
    /// version, same events, same clocks (<see cref="IHistory{TRecord, TStep, TTrigger}.Fingerprint"/>).</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <returns>The property, classified by whether any step was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Property RefusedCommandsChangeNothing<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        int refused = 0;
        string before = string.Empty;
        foreach (var played in Histories.Walk(history, (record, _, at) => before = history.Fingerprint(record, at)))
        {
            if (played.Refusal is { } refusal)
            {
                refused++;
                string after = history.Fingerprint(played.Record, played.At);
                if (after != before)
                {
                    return false.Label($"{played.Step} was refused ({refusal.Message}) and changed the record.{Environment.NewLine}Before: {before}{Environment.NewLine}After:  {after}");
                }
            }
        }

        return true.ToProperty()
            .Classify(refused == 0, "no step refused")
            .Classify(refused > 0, "some steps refused");
    }

    /// <summary>The record rebuilt from its events equals the live record, and answers the same at a later instant.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <returns>The property, classified by whether any step was accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Property RebuildEqualsLive<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        var played = Histories.Play(history);
        var rebuilt = history.Rebuild(played.Record);
        return Same(history, played, rebuilt, "rebuilt from its events");
    }

    /// <summary>The record stored as JSON and loaded again equals the live record, and is stored again as the same JSON.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <returns>The property, classified by whether any step was accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Property JsonRoundTripEqualsLive<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        var played = Histories.Play(history);
        string json = ItsmJson.Serialize(played.Record, history.JsonOptions);
        var loaded = ItsmJson.Deserialize<TRecord>(json, history.JsonOptions);
        string again = ItsmJson.Serialize(loaded, history.JsonOptions);
        return again != json
            ? false.Label($"the JSON written after loading differs:{Environment.NewLine}{json}{Environment.NewLine}{again}")
            : Same(history, played, loaded, "loaded from its JSON");
    }

    /// <summary>The record's query agrees with its commands: a command it accepts had no unmet rule, and a command it
    /// refuses for a rule (role policy, state, guard) had one. A refusal of an argument (a blank reason, a copy that
    /// does not exist) is the command's own check, which the query does not judge.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <returns>The property, classified by whether the query foresaw a refusal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Property CanFireAgreesWithTheCommand<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        int foreseen = 0;
        int judged = 0;
        IReadOnlyList<string>? unmet = null;
        foreach (var played in Histories.Walk(history, (record, step, at) => unmet = history.UnmetRules(record, step, at)))
        {
            if (played.Refusal is null)
            {
                if (unmet is { Count: > 0 })
                {
                    return false.Label($"{played.Step} was accepted, but the query said: {string.Join("; ", unmet)}");
                }

                judged += unmet is null ? 0 : 1;
            }
            else if (unmet is not null && IsRuleRefusal(played.Refusal))
            {
                // A refusal for a rule (role policy, state, guard) must have been foreseen; a refused argument, or a
                // step the query does not answer for, is not judged.
                if (unmet.Count == 0)
                {
                    return false.Label($"{played.Step} was refused ({played.Refusal.Message}), but the query found no unmet rule");
                }

                judged++;
                foreseen++;
            }
        }

        return Prop.When(judged > 0, () => { })
            .Classify(foreseen > 0, "the query foresaw a refusal")
            .Classify(foreseen == 0, "every judged step was accepted");
    }

    /// <summary>The record's own invariants hold when it is created and after every command it accepts (the record's law,
    /// the kit's walk).</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <param name="invariants">Asserts the invariants of the record (throws when one is broken).</param>
    /// <returns>The property, classified by whether any command was accepted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Property AcceptedCommandsKeepTheInvariants<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history, Action<TRecord> invariants)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(invariants);
        invariants(history.Create());
        int accepted = 0;
        foreach (var played in Histories.Walk(history))
        {
            if (played.Refusal is null)
            {
                accepted++;
                invariants(played.Record);
            }
        }

        return true.ToProperty()
            .Classify(accepted == 0, "no command accepted")
            .Classify(accepted > 0, "some commands accepted");
    }

    /// <summary>Returns whether a documented refusal is for a rule the query answers for (role policy, state, guard),
    /// rather than for an argument.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for <see cref="Core.Actors.CommandNotAuthorizedException"/> and <see cref="Core.InvalidTransitionException"/>.</returns>
    public static bool IsRuleRefusal(Exception exception) =>
        exception is Core.Actors.CommandNotAuthorizedException or Core.InvalidTransitionException;

    private static Property Same<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history, (TRecord Record, Instant End, int Accepted) played, TRecord other, string how)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        string live = history.Fingerprint(played.Record, played.End);
        string copy = history.Fingerprint(other, played.End);
        return (live == copy).Label($"the record {how} differs from the live record.{Environment.NewLine}Live:  {live}{Environment.NewLine}Other: {copy}")
            .Classify(played.Accepted == 0, "no step accepted")
            .Classify(played.Accepted > 0, "some steps accepted");
    }
}
