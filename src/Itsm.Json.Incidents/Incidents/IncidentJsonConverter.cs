using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Incidents;

/// <summary>
/// Reads and writes <see cref="Incident"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. Reading rebuilds
/// the incident from its events with the host's <see cref="IncidentSettings"/> and refuses a document that describes
/// an impossible record (a transition the lifecycle does not allow, an unknown state, a version that disagrees with the
/// events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class IncidentJsonConverter : RecordJsonConverter<Incident, IncidentSettings>
{
    private readonly BusinessCalendarRegistry? _calendars;

    /// <summary>Initializes the converter.</summary>
    /// <param name="calendars">Where calendar ids are resolved when reading; null to only write.</param>
    /// <param name="settings">The settings incidents are loaded with; null to only write.</param>
    public IncidentJsonConverter(BusinessCalendarRegistry? calendars, IncidentSettings? settings)
        : base(settings) => _calendars = calendars;

    private protected override JToken ToJson(Incident incident) => RecordDocument(incident.Id.Value, incident.State.ToString(), incident.Version, incident.Events, Event);

    private protected override Incident FromJson(JToken token) =>
        ReadRecordDocument<Incident, IncidentState, IncidentEvent, IncidentSettings>(token, Settings, "an incident", "IncidentSettings", "IncidentsJsonModule.Incidents", ReadEvent, Incident.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(IncidentEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case IncidentLogged logged:
                json["id"] = logged.Id.Value;
                json["caller"] = logged.Caller;
                json["service"] = logged.Service.Value;
                json["configurationItems"] = new JArray(logged.ConfigurationItems.Select(c => c.Value));
                json["category"] = logged.Category;
                WritePriority(json, logged.Impact, logged.Urgency, logged.Priority, logged.OverrideReason, logged.ResponseTarget, logged.ResolutionTarget);
                break;
            case IncidentAssigned assigned:
                json["group"] = assigned.Group.Value;
                json["assignee"] = assigned.Assignee;
                break;
            case IncidentPutOnHold hold:
                json["reason"] = hold.Reason.ToString();
                json["change"] = hold.Change?.Value;
                break;
            case IncidentCausedByChange caused:
                json["change"] = caused.Change.Value;
                break;
            case IncidentResolved resolved:
                json["code"] = resolved.Code;
                json["notes"] = resolved.Notes;
                break;
            case IncidentClosed closed:
                json["kind"] = closed.Kind.ToString();
                break;
            case IncidentReopened reopened:
                json["reason"] = reopened.Reason;
                break;
            case IncidentCancelled cancelled:
                json["reason"] = cancelled.Reason.ToString();
                json["duplicateOf"] = cancelled.DuplicateOf?.Value;
                break;
            case IncidentPriorityChanged changed:
                WritePriority(json, changed.Impact, changed.Urgency, changed.Priority, changed.OverrideReason, changed.ResponseTarget, changed.ResolutionTarget);
                break;
            case IncidentEscalated escalated:
                json["kind"] = escalated.Kind.ToString();
                json["toGroup"] = escalated.ToGroup?.Value;
                json["level"] = escalated.Level;
                json["reason"] = escalated.Reason;
                break;
            case IncidentSecurityClassified classified:
                json["class"] = classified.Class.ToString();
                json["reason"] = classified.Reason;
                if (classified.Facts is { } facts)
                {
                    json["facts"] = new JObject
                    {
                        ["outage"] = Duration(facts.Outage),
                        ["loss"] = facts.Loss,
                        ["information"] = facts.Information is { } information
                            ? new JObject
                            {
                                ["grade"] = new JObject { ["name"] = information.Grade.Name, ["rank"] = information.Grade.Rank },
                                ["exposure"] = information.Exposure.ToString(),
                            }
                            : null,
                        ["disaster"] = facts.Disaster.ToString(),
                        ["eventKind"] = facts.EventKind.ToString(),
                    };
                }

                break;
            case IncidentMajorProposed proposed:
                json["reason"] = proposed.Reason;
                break;
            case IncidentMajorDeclared declared:
                json["owner"] = declared.Owner;
                break;
            case IncidentProgressUpdated updated:
                ProgressUpdateJson.WriteUpdate(json, updated.Audience, updated.Text);
                break;
            case IncidentProgressUpdateOverdue overdue:
                ProgressUpdateJson.WriteOverdue(json, overdue.Audience, overdue.DueAt);
                break;
            case IncidentMajorReviewRecorded review:
                json["summary"] = review.Summary;
                break;
            case IncidentResolvedWithParent resolved:
                json["parent"] = resolved.Parent.Value;
                json["code"] = resolved.Code;
                json["notes"] = resolved.Notes;
                break;
            case IncidentWorkaroundApplied applied:
                json["knownError"] = applied.KnownError.Value;
                json["workaround"] = applied.Workaround;
                break;
            case IncidentChildLinked linked:
                json["child"] = linked.Child.Value;
                break;
            case IncidentParentLinked linked:
                json["parent"] = linked.Parent.Value;
                break;
            case IncidentSlaWarningRaised warning:
                json["metric"] = warning.Metric.Name;
                json["cycle"] = warning.Cycle;
                json["threshold"] = Threshold(warning.Threshold);
                json["firedAt"] = Instant(warning.FiredAt);
                json["passedOnAttach"] = warning.PassedOnAttach;
                break;
        }

        return json;
    }

    /// <summary>The priority part that logging and a priority change share.</summary>
    private static void WritePriority(JObject json, int impact, int urgency, Priority priority, string? overrideReason, Itsm.Sla.Targets.SlaTarget response, Itsm.Sla.Targets.SlaTarget resolution)
    {
        json["impact"] = impact;
        json["urgency"] = urgency;
        json["priority"] = priority.ToString();
        json["overrideReason"] = overrideReason;
        json["responseTarget"] = Target(response);
        json["resolutionTarget"] = Target(resolution);
    }

    private IncidentEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        string? Optional(string name) => e[name] is { Type: JTokenType.String } value ? (string?)value : null;
        IncidentEvent result = type switch
        {
            "incident.logged" => new IncidentLogged(
                at,
                actor,
                ReadId<Kinds.Incident>(e, "id"),
                String(e, "caller"),
                ReadId<Kinds.Service>(e, "service"),
                [.. Array(e, "configurationItems").Select(c => Wrap(c, () => new Id<Kinds.ConfigurationItem>(Text(c))))],
                String(e, "category"),
                Int(e, "impact"),
                Int(e, "urgency"),
                Enum<Priority>(Required(e, "priority")),
                Optional("overrideReason"),
                ReadTarget(Required(e, "responseTarget"), _calendars),
                ReadTarget(Required(e, "resolutionTarget"), _calendars)),
            "incident.assigned" => new IncidentAssigned(at, actor, ReadId<Kinds.Group>(e, "group"), Optional("assignee")),
            "incident.acknowledged" => new IncidentAcknowledged(at, actor),
            "incident.put-on-hold" => new IncidentPutOnHold(at, actor, Enum<HoldReason>(Required(e, "reason")), ReadOptionalId<Kinds.Change>(e, "change")),
            "incident.caused-by-change" => new IncidentCausedByChange(at, actor, ReadId<Kinds.Change>(e, "change")),
            "incident.resumed" => new IncidentResumed(at, actor),
            "incident.resolved" => new IncidentResolved(at, actor, String(e, "code"), String(e, "notes")),
            "incident.closed" => new IncidentClosed(at, actor, Enum<ClosureKind>(Required(e, "kind"))),
            "incident.reopened" => new IncidentReopened(at, actor, String(e, "reason")),
            "incident.cancelled" => new IncidentCancelled(
                at,
                actor,
                Enum<CancelReason>(Required(e, "reason")),
                ReadOptionalId<Kinds.Incident>(e, "duplicateOf")),
            "incident.priority-changed" => new IncidentPriorityChanged(
                at,
                actor,
                Int(e, "impact"),
                Int(e, "urgency"),
                Enum<Priority>(Required(e, "priority")),
                Optional("overrideReason"),
                ReadTarget(Required(e, "responseTarget"), _calendars),
                ReadTarget(Required(e, "resolutionTarget"), _calendars)),
            "incident.escalated" => new IncidentEscalated(
                at,
                actor,
                Enum<EscalationKind>(Required(e, "kind")),
                ReadOptionalId<Kinds.Group>(e, "toGroup"),
                Int(e, "level"),
                String(e, "reason")),
            "incident.security-classified" => new IncidentSecurityClassified(
                at,
                actor,
                Enum<SecurityClass>(Required(e, "class")),
                e["facts"] is JObject facts
                    ? new SecurityFacts(ReadDuration(Required(facts, "outage")), Decimal(facts, "loss"))
                    {
                        Information = facts["information"] is JObject information
                            ? new InformationCompromise(
                                new SecrecyGrade(String(Object(Required(information, "grade")), "name"), Int(Object(Required(information, "grade")), "rank")),
                                Enum<InformationExposure>(Required(information, "exposure")))
                            : null,
                        Disaster = Enum<DisasterDamage>(Required(facts, "disaster")),
                        EventKind = Enum<SecurityEventKind>(Required(facts, "eventKind")),
                    }
                    : null,
                Optional("reason")),
            "incident.major-proposed" => new IncidentMajorProposed(at, actor, String(e, "reason")),
            "incident.major-declared" => new IncidentMajorDeclared(at, actor, String(e, "owner")),
            "incident.progress-updated" => ProgressUpdateJson.ReadUpdate(e, (audience, text) => new IncidentProgressUpdated(at, actor, audience, text)),
            "incident.progress-update-overdue" => ProgressUpdateJson.ReadOverdue(e, (audience, dueAt) => new IncidentProgressUpdateOverdue(at, actor, audience, dueAt)),

            // Written before progress updates had audiences: top management informed is a progress update to management.
            "incident.top-management-informed" => new IncidentProgressUpdated(at, actor, UpdateAudience.Management, String(e, "note")),
            "incident.major-review-recorded" => new IncidentMajorReviewRecorded(at, actor, String(e, "summary")),
            "incident.resolved-with-parent" => new IncidentResolvedWithParent(at, actor, ReadId<Kinds.Incident>(e, "parent"), String(e, "code"), String(e, "notes")),
            "incident.workaround-applied" => new IncidentWorkaroundApplied(at, actor, ReadId<Kinds.KnownError>(e, "knownError"), String(e, "workaround")),
            "incident.child-linked" => new IncidentChildLinked(at, actor, ReadId<Kinds.Incident>(e, "child")),
            "incident.parent-linked" => new IncidentParentLinked(at, actor, ReadId<Kinds.Incident>(e, "parent")),
            "incident.sla-warning-raised" => new IncidentSlaWarningRaised(
                at,
                actor,
                Wrap(e, () => Itsm.Sla.Targets.SlaMetric.Named(String(e, "metric"))),
                Int(e, "cycle"),
                ReadThreshold(Required(e, "threshold")),
                ReadInstant(Required(e, "firedAt")),
                Bool(Required(e, "passedOnAttach"))),
            _ => throw Error(e["type"], $"'{type}' is not an incident event type"),
        };
        return result with { Version = version };
    }
}
