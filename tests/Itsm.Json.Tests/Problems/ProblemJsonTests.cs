using Itsm.Json.Incidents;
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Problems;

public class ProblemJsonTests
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new IncidentsJsonModule { Problems = ProblemScenario.Settings }] };

    private static readonly Actor Pm = ProblemScenario.Actors[0];
    private static readonly Actor PmPo = ProblemScenario.Actors[1];
    private static readonly Actor Resolver = ProblemScenario.Actors[2];
    private static readonly Actor Cm = ProblemScenario.Actors[3];
    private static readonly Actor Po = ProblemScenario.Actors[4];
    private static readonly Actor Desk = ProblemScenario.Actors[5];

    private static Instant Day(int day) => ProblemScenario.Start + Duration.FromDays(day);

    private static Problem Logged(string id = "PRB-P") =>
        Problem.Log(new Id<Kinds.Problem>(id), "Mail delivery fails", "Outbound mail queues", new Id<Kinds.Service>("email"),
            [new Id<Kinds.ConfigurationItem>("mx-01"), new Id<Kinds.ConfigurationItem>("mx-02")], Priority.P2, PmPo, ProblemScenario.Settings, Pm, Day(0));

    /// <summary>A closed problem whose history holds most event types: a trend, links, a workaround-only known error, a
    /// late root cause, a fix, a recurrence, a second analysis, and the close.</summary>
    private static (Problem Problem, KnownError First) Closed()
    {
        var problem = Logged();
        problem.StartAssessment(Pm, Day(0));
        problem.RecordTrendJustification(Resolver, Day(0), "queue alarms rose");
        problem.LinkIncident(Desk, Day(0), new Id<Kinds.Incident>("INC-1"));
        problem.StartRootCauseAnalysis(Pm, Day(1));
        var first = problem.IdentifyKnownError(Resolver, Day(2), new Id<Kinds.KnownError>("KE-1"), "mail stuck", null, "flush the queue");
        problem.RecordRootCause(Resolver, Day(3), "queue disk full");
        problem.StartFix(Cm, Day(3), new Id<Kinds.Change>("CHG-1"));
        problem.Resolve(Pm, Day(4), "disk enlarged");
        problem.RecordRecurrence(Desk, Day(10), new Id<Kinds.Incident>("INC-2"));
        problem.IdentifyKnownError(Resolver, Day(11), new Id<Kinds.KnownError>("KE-2"), "mail stuck again", "a second queue", "flush both");
        problem.StartFix(Cm, Day(11), new Id<Kinds.Change>("CHG-2"));
        problem.Reanalyse(Pm, Day(12), "CHG-2 was rolled back");
        problem.IdentifyKnownError(Resolver, Day(13), new Id<Kinds.KnownError>("KE-3"), "mail stuck again", "a second queue", "flush both");
        problem.StartFix(Cm, Day(13), new Id<Kinds.Change>("CHG-3"));
        problem.Resolve(Pm, Day(14), "both queues enlarged");
        problem.Advance(Actor.System, Day(44));
        return (problem, first);
    }

    private static Problem RiskAccepted()
    {
        var problem = Logged("PRB-R");
        problem.StartAssessment(Pm, Day(0));
        problem.ProposeRiskAcceptance(Pm, Day(1), "relay retires soon");
        problem.DeclineRiskAcceptance(Po, Day(2), "not soon enough");
        problem.ProposeRiskAcceptance(Pm, Day(3), "relay retires next week");
        problem.AcceptRisk(Po, Day(4));
        return problem;
    }

    private static Problem Duplicate()
    {
        var problem = Logged("PRB-D");
        problem.MarkDuplicate(Pm, Day(1), new Id<Kinds.Problem>("PRB-P"));
        return problem;
    }

    private static Problem Cancelled()
    {
        var problem = Logged("PRB-C");
        problem.Cancel(Pm, Day(1), "not a problem");
        return problem;
    }

    /// <summary>A problem handed to another owner, then escalated up the management line.</summary>
    private static Problem Escalated()
    {
        var problem = Logged("PRB-E");
        problem.StartAssessment(Pm, Day(0));
        problem.Escalate(Pm, Day(1), EscalationKind.Functional, "needs the mail team", Resolver);
        problem.Escalate(Pm, Day(2), EscalationKind.Hierarchical, "a week without progress");
        return problem;
    }

    private static Problem RoundTrip(Problem problem) => ItsmJson.Deserialize<Problem>(ItsmJson.Serialize(problem, Options), Options);

    [Fact]
    public void EveryProblemEvent_RoundTrips()
    {
        var problems = new[] { Closed().Problem, RiskAccepted(), Duplicate(), Cancelled(), Escalated() };

        foreach (var problem in problems)
        {
            var read = RoundTrip(problem);
            Assert.Equal(ProblemScenario.Fingerprint(problem), ProblemScenario.Fingerprint(read));
            AssertSameEvents(problem.Events, read.Events);
            Assert.Equal(ItsmJson.Serialize(problem, Options), ItsmJson.Serialize(read, Options));
        }

        var covered = problems.SelectMany(p => p.Events).Select(e => e.GetType()).ToHashSet();
        var all = EventTypes.In(typeof(Problem).Assembly).Values.Where(t => typeof(ProblemEvent).IsAssignableFrom(t));
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void EveryKnownErrorEvent_RoundTrips()
    {
        var (_, superseded) = Closed();
        superseded.Revise(Resolver, Day(3), "mail stuck in the queue", "queue disk full", "flush the queue");
        superseded.Publish(Pm, Day(3));
        superseded.Supersede(Pm, Day(12), new Id<Kinds.KnownError>("KE-3"));
        var (_, retired) = Closed();
        retired.Retire(Pm, Day(3), "wrong analysis");

        foreach (var knownError in new[] { superseded, retired })
        {
            var read = ItsmJson.Deserialize<KnownError>(ItsmJson.Serialize(knownError, Options), Options);
            Assert.Equal(KnownErrorScenario.Fingerprint(knownError), KnownErrorScenario.Fingerprint(read));
            AssertSameEvents(knownError.Events, read.Events);
        }

        var covered = new[] { superseded, retired }.SelectMany(k => k.Events).Select(e => e.GetType()).ToHashSet();
        var all = EventTypes.In(typeof(KnownError).Assembly).Values.Where(t => typeof(KnownErrorEvent).IsAssignableFrom(t));
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void Problem_IsWrittenAsStateVersionAndEvents()
    {
        var json = JObject.Parse(ItsmJson.Serialize(RiskAccepted(), Options));

        Assert.Equal(("PRB-R", "RiskAccepted", 6L), ((string)json["id"]!, (string)json["state"]!, (long)json["version"]!));
        var logged = (JObject)json["events"]![0]!;
        Assert.Equal("problem.logged", (string)logged["type"]!);
        Assert.Equal("pm-po", (string)logged["owner"]!["id"]!);
        Assert.Equal(["mx-01", "mx-02"], logged["configurationItems"]!.Select(c => (string)c!));
        Assert.Equal("po", (string)json["events"]![5]!["actor"]!["id"]!);
    }

    [Fact]
    public void CloseBeforeTheObservationPeriodEnds_IsRefusedWithThePath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        var resolved = ((JArray)json["events"]!).Last(e => (string)e["type"]! == "problem.resolved");
        resolved["observeUntil"] = "2026-12-31T00:00:00Z";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options));

        Assert.StartsWith("events:", error.Message, StringComparison.Ordinal);
        Assert.Contains("a problem closes only when its observation period has passed without recurrence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RiskAcceptedWithoutAProposal_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(RiskAccepted(), Options));
        var events = (JArray)json["events"]!;
        events.RemoveAt(4);
        events[4]!["version"] = 5;
        json["version"] = 5;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options));

        Assert.Contains("a risk is accepted or declined only after its acceptance was proposed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateName_AndDisagreeingStateOrVersion_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Cancelled(), Options));
        json["state"] = "Abandoned";
        Assert.Contains("'Abandoned' is not one of", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options)).Message, StringComparison.Ordinal);

        json["state"] = "New";
        Assert.StartsWith("state: says New, but the events leave the record Cancelled", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options)).Message, StringComparison.Ordinal);

        json["state"] = "Cancelled";
        json["version"] = 7;
        Assert.StartsWith("version:", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadValuesInEvents_AreRefusedAtTheirPath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        json["events"]![3]!["incident"] = " INC-1";
        Assert.StartsWith("events[3].incident:", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        json["events"]![0]!["priority"] = "P9";
        Assert.StartsWith("events[0].priority: 'P9' is not one of", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        json["events"]![1]!["type"] = "problem.exploded";
        Assert.StartsWith("events[1].type: 'problem.exploded' is not a problem event type", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        json["events"]![1]!["schema"] = 2;
        Assert.StartsWith("events[1].schema:", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        ((JObject)json["events"]![5]!).Remove("workaround");
        Assert.Contains("a known error records its root cause, a workaround, or both", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Closed().Problem, Options));
        json["events"]![5]!["symptom"] = 42;
        Assert.StartsWith("events[5].symptom: expected a string", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEscalationLevelThatIsNotAWholeNumberOf32Bits_IsRefusedAtItsPath()
    {
        foreach (var level in new JToken[] { "two", 2.5, 1e20, new JValue(long.MaxValue), new JValue(-1L + int.MinValue) })
        {
            var json = JObject.Parse(ItsmJson.Serialize(Escalated(), Options));
            json["events"]![3]!["level"] = level;

            Assert.StartsWith("events[3].level:", Refusal(json), StringComparison.Ordinal);
        }

        var read = RoundTrip(Escalated());
        Assert.Equal((Resolver, 1), (read.Owner, read.EscalationLevel));
    }

    [Fact]
    public void KnownErrorPublishedWithoutAWorkaround_IsRefused()
    {
        var (_, knownError) = Closed();
        knownError.Publish(Pm, Day(3));
        var json = JObject.Parse(ItsmJson.Serialize(knownError, Options));
        json["events"]![0]!["workaround"] = null;
        json["events"]![0]!["rootCause"] = "queue disk full";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<KnownError>(json.ToString(), Options));

        Assert.Contains("a known error is published only with a workaround", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded()
    {
        var (problem, knownError) = Closed();
        var none = new ItsmJsonOptions { Modules = [new IncidentsJsonModule()] };

        Assert.Contains("no ProblemSettings", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(ItsmJson.Serialize(problem, Options), none)).Message, StringComparison.Ordinal);
        Assert.Contains("no ProblemSettings", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<KnownError>(ItsmJson.Serialize(knownError, Options), none)).Message, StringComparison.Ordinal);
    }

    /// <summary>Events are records, compared by value, except their configuration item arrays (compared by reference).</summary>
    private static void AssertSameEvents<TEvent>(IReadOnlyList<TEvent> expected, IReadOnlyList<TEvent> actual)
        where TEvent : DomainEvent
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            switch ((e, a))
            {
                case (ProblemLogged el, ProblemLogged al):
                    Assert.Equal(el.ConfigurationItems.ToArray(), al.ConfigurationItems.ToArray());
                    Assert.Equal(el with { ConfigurationItems = [] }, al with { ConfigurationItems = [] });
                    break;
                case (KnownErrorDrafted ed, KnownErrorDrafted ad):
                    Assert.Equal(ed.ConfigurationItems.ToArray(), ad.ConfigurationItems.ToArray());
                    Assert.Equal(ed with { ConfigurationItems = [] }, ad with { ConfigurationItems = [] });
                    break;
                default:
                    Assert.Equal<DomainEvent>(e, a);
                    break;
            }
        }
    }

    private static string Refusal(JObject json) =>
        Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Problem>(json.ToString(), Options)).Message;
}

[ScaledProperties(Arbitrary = [typeof(ProblemArbitraries)], Cases = 2_000)]
public class ProblemJsonProperties
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new IncidentsJsonModule { Problems = ProblemScenario.Settings }] };
}
