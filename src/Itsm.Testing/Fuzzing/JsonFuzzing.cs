using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Json;
using Newtonsoft.Json;

namespace Itsm.Testing.Fuzzing;

/// <summary>
/// A property-based fuzzer for the JSON readers: inputs are documents the packages wrote (the seeds), changed by one to
/// four <see cref="JsonMutation"/>s, and the law is that reading one ends in a documented way: the value, which writes
/// and reads back to the same JSON, or a refusal of a documented type (<see cref="IsDocumentedRefusal"/>), within
/// <see cref="MaxInputTime"/>. A failing input shrinks to the fewest and simplest mutations that still fail.
/// </summary>
/// <example>
/// <code>
/// var seeds = Histories.Sample(IncidentArbitraries.Scenarios(), 100).Select(s => ItsmJson.Serialize(Histories.Play(s).Record, s.JsonOptions)).ToList();
/// Prop.ForAll(JsonFuzzing.Cases(seeds), c => JsonFuzzing.LoadsOrRefuses&lt;Incident&gt;(c, options)).QuickCheckThrowOnFailure();
/// </code>
/// </example>
public static class JsonFuzzing
{
    /// <summary>The longest one input may take to be read, written and read again: far above what any input needs
    /// (milliseconds), so an input that takes longer is a hang or a blow-up, not a slow machine.</summary>
    public static TimeSpan MaxInputTime { get; } = TimeSpan.FromSeconds(1);

    /// <summary>The inputs of a fuzz run over seed documents: a seed and one to four mutations. Shrinks by dropping
    /// mutations, then by moving each toward the first seed, token and choice.</summary>
    /// <param name="seeds">Documents the packages wrote; at least one.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seeds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="seeds"/> is empty.</exception>
    public static Arbitrary<JsonFuzzCase> Cases(IReadOnlyList<string> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("A fuzz run needs at least one seed document.", nameof(seeds));
        }

        var kinds = Enum.GetValues<JsonMutationKind>();
        var mutation = from kind in Gen.Elements(kinds)
                       from target in Gen.Choose(0, int.MaxValue)
                       from choice in Gen.Choose(0, int.MaxValue)
                       select new JsonMutation(kind, target, choice);
        var cases = from seed in Gen.Choose(0, seeds.Count - 1)
                    from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Choose(3, 4)))
                    from mutations in Gen.ArrayOf(mutation, count)
                    select new JsonFuzzCase(seeds[seed], mutations);
        return Arb.From(cases, c => Shrink(c, seeds));
    }

    /// <summary>The law: reading the case's document ends in a documented way within <see cref="MaxInputTime"/>. A value
    /// that loads must write JSON that loads again and writes the same JSON (a stable round trip).</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="fuzzCase">The input.</param>
    /// <param name="options">What reading needs from the host (modules, calendars, settings).</param>
    /// <returns>The property, classified by outcome: loaded, or refused and by which exception type.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Property LoadsOrRefuses<T>(JsonFuzzCase fuzzCase, ItsmJsonOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        ArgumentNullException.ThrowIfNull(options);
        string document = fuzzCase.Document;
        var (outcome, elapsed) = Timed(() => Outcome<T>(document, options));

        // A slow input is timed again before it counts: one pause of a shared machine is not a hang.
        if (elapsed > MaxInputTime)
        {
            (_, elapsed) = Timed(() => Outcome<T>(document, options));
        }

        bool documented = outcome.Failure is null;
        return (documented && elapsed <= MaxInputTime)
            .Label(outcome.Failure ?? $"reading took {elapsed.TotalMilliseconds:0} ms, more than {MaxInputTime.TotalMilliseconds:0} ms")
            .Classify(outcome.Refusal is null, "loaded")
            .Classify(outcome.Refusal is not null, "refused: " + outcome.Refusal?.GetType().Name);
    }

    /// <summary>Returns whether an exception is one the JSON readers document: <see cref="JsonException"/> (a
    /// <see cref="JsonReaderException"/> for text that is not strict JSON or passes a limit, a
    /// <see cref="JsonSerializationException"/> naming the path for a value that breaks a rule) or an
    /// <see cref="InvalidCalendarException"/> for a calendar definition.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for a documented refusal.</returns>
    public static bool IsDocumentedRefusal(Exception exception) => exception is JsonException or InvalidCalendarException;

    private static (Result Outcome, TimeSpan Elapsed) Timed(Func<Result> run)
    {
        long start = Stopwatch.GetTimestamp();
        var outcome = run();
        return (outcome, Stopwatch.GetElapsedTime(start));
    }

    private static Result Outcome<T>(string document, ItsmJsonOptions options)
        where T : class
    {
        T loaded;
        try
        {
            loaded = ItsmJson.Deserialize<T>(document, options);
        }
        catch (Exception e) when (IsDocumentedRefusal(e))
        {
            return new Result(e, null);
        }
        catch (Exception e)
        {
            return new Result(e, $"reading threw {e.GetType().FullName}, which the readers do not document: {e}");
        }

        try
        {
            string written = ItsmJson.Serialize(loaded, options);
            string again = ItsmJson.Serialize(ItsmJson.Deserialize<T>(written, options), options);
            return again == written
                ? new Result(null, null)
                : new Result(null, $"the round trip is unstable: the value loaded writes{Environment.NewLine}{written}{Environment.NewLine}and, read back, writes{Environment.NewLine}{again}");
        }
        catch (Exception e)
        {
            return new Result(null, $"the value loaded, but writing it or reading back what was written threw {e}");
        }
    }

    private static IEnumerable<JsonFuzzCase> Shrink(JsonFuzzCase fuzzCase, IReadOnlyList<string> seeds)
    {
        var mutations = fuzzCase.Mutations;
        if (mutations.Count > 1)
        {
            for (int i = 0; i < mutations.Count; i++)
            {
                yield return new JsonFuzzCase(fuzzCase.Seed, [.. mutations.Where((_, k) => k != i)]);
            }
        }

        if (!ReferenceEquals(fuzzCase.Seed, seeds[0]))
        {
            yield return new JsonFuzzCase(seeds[0], mutations);
        }

        for (int i = 0; i < mutations.Count; i++)
        {
            var m = mutations[i];
            foreach (var simpler in new[] { m with { Target = 0 }, m with { Choice = 0 }, m with { Target = m.Target / 2 }, m with { Choice = m.Choice / 2 } })
            {
                if (simpler != m)
                {
                    var copy = mutations.ToArray();
                    copy[i] = simpler;
                    yield return new JsonFuzzCase(fuzzCase.Seed, copy);
                }
            }
        }
    }

    private sealed record Result(Exception? Refusal, string? Failure);
}
