using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Problems;

/// <summary>
/// Reads and writes <see cref="Problem"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. Reading rebuilds
/// the problem from its events with the host's <see cref="ProblemSettings"/> and refuses a document that describes an
/// impossible record (a transition the lifecycle does not allow, an event that breaks its content rules, an unknown
/// state, a version that disagrees with the events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ProblemJsonConverter : RecordJsonConverter<Problem, ProblemSettings>
{

    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings problems are loaded with; null to only write.</param>
    public ProblemJsonConverter(ProblemSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Problem problem) => RecordDocument(problem.Id.Value, problem.State.ToString(), problem.Version, problem.Events, Event);

    private protected override Problem FromJson(JToken token) =>
        ReadRecordDocument<Problem, ProblemState, ProblemEvent, ProblemSettings>(token, Settings, "a problem", "ProblemSettings", "IncidentsJsonModule.Problems", ReadEvent, Problem.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(ProblemEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ProblemLogged logged:
                json["id"] = logged.Id.Value;
                json["title"] = logged.Title;
                json["description"] = logged.Description;
                json["service"] = logged.Service.Value;
                json["configurationItems"] = new JArray(logged.ConfigurationItems.Select(c => c.Value));
                json["priority"] = logged.Priority.ToString();
                json["owner"] = Actor(logged.Owner);
                break;
            case ProblemIncidentLinked linked:
                json["incident"] = linked.Incident.Value;
                break;
            case ProblemTrendJustificationRecorded trend:
                json["justification"] = trend.Justification;
                break;
            case ProblemKnownErrorIdentified identified:
                json["knownError"] = identified.KnownErrorId.Value;
                json["symptom"] = identified.Symptom;
                json["rootCause"] = identified.RootCause;
                json["workaround"] = identified.Workaround;
                break;
            case ProblemRootCauseRecorded recorded:
                json["rootCause"] = recorded.RootCause;
                break;
            case ProblemFixStarted fix:
                json["change"] = fix.Change.Value;
                break;
            case ProblemResolved resolved:
                json["notes"] = resolved.Notes;
                json["observeUntil"] = Instant(resolved.ObserveUntil);
                break;
            case ProblemRecurrenceRecorded recurrence:
                json["incident"] = recurrence.Incident.Value;
                break;
            case ProblemReanalysed reanalysed:
                json["reason"] = reanalysed.Reason;
                break;
            case ProblemEscalated escalated:
                json["kind"] = escalated.Kind.ToString();
                json["toOwner"] = escalated.ToOwner is { } owner ? Actor(owner) : null;
                json["level"] = escalated.Level;
                json["reason"] = escalated.Reason;
                break;
            case ProblemMarkedDuplicate duplicate:
                json["of"] = duplicate.Of.Value;
                break;
            case ProblemCancelled cancelled:
                json["reason"] = cancelled.Reason;
                break;
            case ProblemRiskAcceptanceProposed proposed:
                json["rationale"] = proposed.Rationale;
                break;
            case ProblemRiskAcceptanceDeclined declined:
                json["reason"] = declined.Reason;
                break;
        }

        return json;
    }

    private static ProblemEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ProblemEvent result = type switch
        {
            "problem.logged" => new ProblemLogged(
                at,
                actor,
                ReadId<Kinds.Problem>(e, "id"),
                String(e, "title"),
                String(e, "description"),
                ReadId<Kinds.Service>(e, "service"),
                [.. Array(e, "configurationItems").Select(c => Wrap(c, () => new Id<Kinds.ConfigurationItem>(Text(c))))],
                Enum<Priority>(Required(e, "priority")),
                ReadActor(Required(e, "owner"))),
            "problem.incident-linked" => new ProblemIncidentLinked(at, actor, ReadId<Kinds.Incident>(e, "incident")),
            "problem.trend-justification-recorded" => new ProblemTrendJustificationRecorded(at, actor, String(e, "justification")),
            "problem.assessment-started" => new ProblemAssessmentStarted(at, actor),
            "problem.root-cause-analysis-started" => new ProblemRootCauseAnalysisStarted(at, actor),
            "problem.known-error-identified" => new ProblemKnownErrorIdentified(
                at,
                actor,
                ReadId<Kinds.KnownError>(e, "knownError"),
                String(e, "symptom"),
                OptionalText(e, "rootCause"),
                OptionalText(e, "workaround")),
            "problem.root-cause-recorded" => new ProblemRootCauseRecorded(at, actor, String(e, "rootCause")),
            "problem.fix-started" => new ProblemFixStarted(at, actor, ReadId<Kinds.Change>(e, "change")),
            "problem.resolved" => new ProblemResolved(at, actor, String(e, "notes"), ReadInstant(Required(e, "observeUntil"))),
            "problem.closed" => new ProblemClosed(at, actor),
            "problem.recurrence-recorded" => new ProblemRecurrenceRecorded(at, actor, ReadId<Kinds.Incident>(e, "incident")),
            "problem.reanalysed" => new ProblemReanalysed(at, actor, String(e, "reason")),
            "problem.escalated" => new ProblemEscalated(
                at,
                actor,
                Enum<EscalationKind>(Required(e, "kind")),
                e["toOwner"] is { Type: not JTokenType.Null } owner ? ReadActor(owner) : null,
                Int(e, "level"),
                String(e, "reason")),
            "problem.marked-duplicate" => new ProblemMarkedDuplicate(at, actor, ReadId<Kinds.Problem>(e, "of")),
            "problem.cancelled" => new ProblemCancelled(at, actor, String(e, "reason")),
            "problem.risk-acceptance-proposed" => new ProblemRiskAcceptanceProposed(at, actor, String(e, "rationale")),
            "problem.risk-acceptance-declined" => new ProblemRiskAcceptanceDeclined(at, actor, String(e, "reason")),
            "problem.risk-accepted" => new ProblemRiskAccepted(at, actor),
            _ => throw Error(e["type"], $"'{type}' is not a problem event type"),
        };
        return result with { Version = version };
    }
}
