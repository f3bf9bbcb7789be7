using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing.Tests.Laws;

/// <summary>What the aggregate-law kit promises: laws that fail on a broken record, failures shrunk to the fewest steps
/// and printed as C#, coverage that names what a generator misses.</summary>
public class AggregateLawsTests
{
    private static readonly HistoryStep<IncidentTrigger> Assign = new(IncidentTrigger.Assign, 0, Duration.FromMinutes(10), 1);
    private static readonly HistoryStep<IncidentTrigger> Resolve = new(IncidentTrigger.Resolve, 1, Duration.FromHours(2), 3);

    [Fact]
    public void DropSteps_TriesHalvesFirst_ThenEachStepLastFirst()
    {
        Assert.Equal(
            [[1, 2], [3, 4], [1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4]],
            Histories.DropSteps<int>([1, 2, 3, 4]).Select(s => s.ToArray()));
        Assert.Equal([[1], [2]], Histories.DropSteps<int>([1, 2]).Select(s => s.ToArray()));
        Assert.Empty(Histories.DropSteps<int>([]));
    }

    [Fact]
    public void AHistory_PrintsAsCSharp()
    {
        var history = new IncidentScenario(2, 3, [Assign, Resolve]);

        Assert.Equal(
            "new IncidentScenario(2, 3, [" + Environment.NewLine
            + "    new(IncidentTrigger.Assign, 0, Duration.FromMinutes(10), 1)," + Environment.NewLine
            + "    new(IncidentTrigger.Resolve, 1, Duration.FromMinutes(120), 3)," + Environment.NewLine
            + "])",
            history.ToString());
    }

    [Fact]
    public void ALaw_FailsOnABrokenRecord_ShrunkToTheStepThatBreaksIt_AndPrintedAsCSharp()
    {
        // A rebuild that loses the last event breaks "rebuild equals live" as soon as one step is accepted; the failure
        // is reported with a single step.
        var broken = IncidentArbitraries.Scenarios().Generator.Select(s => new Broken(s, BrokenPart.LosingRebuild));
        var arbitrary = Histories.Arbitrary(broken, h => h.Inner.Commands, (h, steps) => new Broken(h.Inner with { Commands = steps }, BrokenPart.LosingRebuild));

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(arbitrary, AggregateLaws.RebuildEqualsLive)));

        string shrunk = failure.Message[failure.Message.LastIndexOf("new IncidentScenario(", StringComparison.Ordinal)..];
        Assert.Single(shrunk.Split('\n'), line => line.Contains("new(IncidentTrigger.", StringComparison.Ordinal));
        Assert.Contains("differs from the live record", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedCommandsChangeNothing_FailsWhenARefusalLeavesAChange()
    {
        // An assignment that is recorded and then reported as refused.
        var history = new Broken(new IncidentScenario(2, 2, [Assign]), BrokenPart.RefusalThatChanges);

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.RefusedCommandsChangeNothing(history)));

        Assert.Contains("was refused", failure.Message, StringComparison.Ordinal);
        Assert.Contains("and changed the record", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanFireAgreesWithTheCommand_FailsWhenTheQueryMissesARule()
    {
        // A caller may not assign: the command is refused by the role policy, and a query that finds nothing is wrong.
        var history = new Broken(new IncidentScenario(2, 2, [new(IncidentTrigger.Assign, 2, Duration.FromMinutes(10), 1)]), BrokenPart.SilentQuery);

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.CanFireAgreesWithTheCommand(history)));

        Assert.Contains("but the query found no unmet rule", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLaws_HoldForTheShippedIncidentHistories()
    {
        var history = new IncidentScenario(2, 2, [Assign, Resolve, new(IncidentTrigger.Close, 2, Duration.FromHours(1), 0)]);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.RebuildEqualsLive(history));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.JsonRoundTripEqualsLive(history));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.RefusedCommandsChangeNothing(history));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), AggregateLaws.CanFireAgreesWithTheCommand(history));
    }

    [Fact]
    public void Coverage_NamesTheTriggersAndEventsAGeneratorNeverReaches()
    {
        var histories = Enumerable.Range(0, 5).Select(_ => new IncidentScenario(2, 2, [Assign]));

        var coverage = Histories.Coverage<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>(histories, i => i.Events, typeof(IncidentEvent), IncidentTrigger.Log);

        Assert.False(coverage.IsComplete);
        Assert.Equal(5, coverage.Histories);
        Assert.DoesNotContain("Assign", coverage.MissingTriggers);
        Assert.Contains("Resolve", coverage.MissingTriggers);
        Assert.Contains(nameof(IncidentResolved), coverage.MissingEvents);
        Assert.DoesNotContain(nameof(IncidentAssigned), coverage.MissingEvents);
    }

    [Fact]
    public void Triggers_AreTheEnumsButThoseNamed() =>
        Assert.Equal(Enum.GetValues<IncidentTrigger>().Length - 2, Histories.Triggers(IncidentTrigger.Log, IncidentTrigger.AutoClose).Count);

    [Fact]
    public void CSharp_WritesLiterals()
    {
        Assert.Equal("Duration.FromMilliseconds(1500)", CSharp.Literal(Duration.FromMilliseconds(1500)));
        Assert.Equal("Instant.FromUtc(2026, 3, 2, 8, 30, 0)", CSharp.Literal(Instant.FromUtc(2026, 3, 2, 8, 30)));
        Assert.Equal("\"a \\\"b\\\"\"", CSharp.Literal("a \"b\""));
        Assert.Equal("33.3m", CSharp.Literal(33.3m));
        Assert.Equal("2.0", CSharp.Literal(2.0));
        Assert.Throws<ArgumentException>(() => CSharp.Literal(new object()));
    }

    /// <summary>What a <see cref="Broken"/> history gets wrong.</summary>
    private enum BrokenPart
    {
        /// <summary>Its rebuild loses the last event: what a broken fold would do.</summary>
        LosingRebuild,

        /// <summary>An assignment is applied and then reported as refused: a half-applied command.</summary>
        RefusalThatChanges,

        /// <summary>Its query never finds an unmet rule.</summary>
        SilentQuery,
    }

    /// <summary>An incident history with one part broken, to show that the law about that part fails.</summary>
    private sealed class Broken(IncidentScenario inner, BrokenPart part) : IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>
    {
        private readonly IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger> _inner = inner;

        public IncidentScenario Inner => inner;

        public IReadOnlyList<HistoryStep<IncidentTrigger>> Steps => _inner.Steps;

        public Instant Start => _inner.Start;

        public ItsmJsonOptions JsonOptions => _inner.JsonOptions;

        public Incident Create() => _inner.Create();

        public Instant At(Incident record, HistoryStep<IncidentTrigger> command, Instant previous) => _inner.At(record, command, previous);

        public void Apply(Incident record, HistoryStep<IncidentTrigger> command, Instant at)
        {
            _inner.Apply(record, command, at);
            if (part == BrokenPart.RefusalThatChanges && command.Trigger == IncidentTrigger.Assign)
            {
                throw new ArgumentException("refused after the fact");
            }
        }

        public IReadOnlyList<string>? UnmetRules(Incident record, HistoryStep<IncidentTrigger> command, Instant at) =>
            part == BrokenPart.SilentQuery ? [] : _inner.UnmetRules(record, command, at);

        public string Fingerprint(Incident record, Instant at) => _inner.Fingerprint(record, at);

        public Incident Rebuild(Incident record) => part == BrokenPart.LosingRebuild
            ? Incident.FromEvents(record.Events.Take(Math.Max(1, record.Events.Count - 1)), IncidentScenario.Settings)
            : _inner.Rebuild(record);

        public bool IsDocumentedRefusal(Exception exception) => _inner.IsDocumentedRefusal(exception);

        public override string ToString() => inner.ToString();
    }
}
