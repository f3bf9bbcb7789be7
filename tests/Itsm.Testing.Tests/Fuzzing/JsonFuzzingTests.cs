using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Json;
using Itsm.Testing.Fuzzing;
using Newtonsoft.Json.Linq;

namespace Itsm.Testing.Tests.Fuzzing;

/// <summary>The fuzzer itself: mutations are deterministic and do what they say, and the law fails on each outcome it
/// exists to catch (an undocumented exception, an unstable round trip), shrinking to the mutation that matters.</summary>
public class JsonFuzzingTests
{
    private const string Seed = """{ "name": "relay", "count": 3, "when": "2026-03-02T09:00:00Z", "items": [1, 2, 3], "nested": { "flag": true } }""";

    [Fact]
    public void Mutations_AreDeterministic_AndEachKindChangesTheDocument()
    {
        foreach (var kind in Enum.GetValues<JsonMutationKind>())
        {
            var changed = Enumerable.Range(0, 50)
                .Select(i => new JsonMutation(kind, i * 7, i * 13))
                .Select(m => (Once: JsonMutator.Apply(Seed, [m]), Again: JsonMutator.Apply(Seed, [m])))
                .ToList();

            Assert.All(changed, c => Assert.Equal(c.Once, c.Again));
            Assert.Contains(changed, c => c.Once != JToken.Parse(Seed).ToString(Newtonsoft.Json.Formatting.None));
        }
    }

    [Fact]
    public void EditString_MovesYearsToTheEdgesOfTime()
    {
        string moved = JsonMutator.Apply(Seed, [new JsonMutation(JsonMutationKind.EditString, 1, 0)]);

        Assert.Contains("\"9999-03-02T09:00:00Z\"", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_RefuseNoSeeds() =>
        Assert.Throws<ArgumentException>(() => JsonFuzzing.Cases([]));

    [Fact]
    public void TheLaw_FailsOnAnUndocumentedException_AndShrinksToOneMutation()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(2_000),
            Prop.ForAll(JsonFuzzing.Cases([Box.Seed]), c => JsonFuzzing.LoadsOrRefuses<Box>(c, new ItsmJsonOptions()))));

        Assert.Contains("reading threw System.InvalidOperationException, which the readers do not document", failure.Message, StringComparison.Ordinal);
        string shrunk = failure.Message[failure.Message.IndexOf("Shrunk:", StringComparison.Ordinal)..];
        Assert.Single(shrunk.Split("new JsonMutation(", StringSplitOptions.None).Skip(1));
    }

    [Fact]
    public void TheLaw_FailsOnAnUnstableRoundTrip()
    {
        var stable = new JsonFuzzCase(Drifting.Seed, []);

        var outcome = JsonFuzzing.LoadsOrRefuses<Drifting>(stable, new ItsmJsonOptions());

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), outcome));
        Assert.Contains("the round trip is unstable", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLaw_PassesOnDocumentedRefusalsAndStableLoads() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500),
            Prop.ForAll(JsonFuzzing.Cases([Plain.Seed]), c => JsonFuzzing.LoadsOrRefuses<Plain>(c, new ItsmJsonOptions())));

    /// <summary>Throws an exception no reader documents when its count is negative.</summary>
    public sealed class Box
    {
        public const string Seed = """{ "count": 3 }""";

        public Box(int count) => Count = count >= 0 ? count : throw new InvalidOperationException("a negative count");

        public int Count { get; }
    }

    /// <summary>Reads back one more than it wrote.</summary>
    public sealed class Drifting
    {
        public const string Seed = """{ "count": 3 }""";

        private int _count;

        public int Count
        {
            get => _count;
            set => _count = value + 1;
        }
    }

    /// <summary>Loads and writes what it read.</summary>
    public sealed class Plain
    {
        public const string Seed = """{ "count": 3, "name": "x" }""";

        public int Count { get; set; }

        public string? Name { get; set; }
    }
}
