using System.Linq;
using Itsm.Audits;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Audits;

/// <summary>
/// Reads and writes <see cref="Nonconformity"/> as its state and its events. Reading rebuilds the nonconformity with the
/// host's <see cref="NonconformitySettings"/> (its calendar, escalation step, effectiveness window and roles).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class NonconformityJsonConverter : RecordJsonConverter<Nonconformity, NonconformitySettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings nonconformities are loaded with; null to only write.</param>
    public NonconformityJsonConverter(NonconformitySettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Nonconformity nonconformity) => RecordDocument(nonconformity.Id.Value, nonconformity.State.ToString(), nonconformity.Version, nonconformity.Events, Event);

    private protected override Nonconformity FromJson(JToken token) =>
        ReadRecordDocument<Nonconformity, NonconformityState, NonconformityEvent, NonconformitySettings>(
            token, Settings, "a nonconformity", "NonconformitySettings", "AuditsJsonModule.Nonconformities", ReadEvent, Nonconformity.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(NonconformityEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case NonconformityReported reported:
                json["id"] = reported.Id.Value;
                json["source"] = reported.Source.ToString();
                json["sourceReference"] = reported.SourceReference;
                json["requirement"] = reported.Requirement;
                json["description"] = reported.Description;
                json["evidence"] = reported.Evidence;
                json["severity"] = reported.Severity.ToString();
                break;
            case NonconformityRejected rejected:
                json["reason"] = rejected.Reason;
                break;
            case NonconformityContained contained:
                json["correction"] = contained.Correction;
                json["noneNeeded"] = contained.NoneNeeded;
                break;
            case NonconformityAnalysed analysed:
                json["rootCause"] = analysed.Analysis.RootCause;
                json["similarExist"] = analysed.Analysis.SimilarExist;
                json["extent"] = analysed.Analysis.Extent;
                break;
            case NonconformityPlanApproved approved:
                json["actions"] = new JArray(approved.Actions.Select(a => new JObject
                {
                    ["type"] = a.Type.ToString(),
                    ["description"] = a.Description,
                    ["owner"] = a.Owner,
                    ["dueAt"] = Instant(a.DueAt),
                }));
                break;
            case NonconformityStatusChanged moved:
                json["to"] = moved.To.ToString();
                break;
            case NonconformityActionCompleted completed:
                json["action"] = completed.Action;
                json["evidence"] = completed.Evidence;
                break;
            case NonconformityEffectivenessRecorded recorded:
                json["effective"] = recorded.Effective;
                json["evidence"] = recorded.Evidence;
                break;
            case NonconformityActionEscalated escalated:
                json["action"] = escalated.Action;
                json["level"] = escalated.Level.ToString();
                json["dueAt"] = Instant(escalated.DueAt);
                break;
        }

        return json;
    }

    private static NonconformityEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        NonconformityEvent result = type switch
        {
            "nonconformity.reported" => new NonconformityReported(
                at, actor, ReadId<Kinds.Nonconformity>(e, "id"), Enum<NonconformitySource>(Required(e, "source")), String(e, "sourceReference"),
                String(e, "requirement"), String(e, "description"), String(e, "evidence"), Enum<NonconformitySeverity>(Required(e, "severity"))),
            "nonconformity.accepted" => new NonconformityAccepted(at, actor),
            "nonconformity.rejected" => new NonconformityRejected(at, actor, String(e, "reason")),
            "nonconformity.contained" => new NonconformityContained(at, actor, OptionalText(e, "correction"), OptionalText(e, "noneNeeded")),
            "nonconformity.analysed" => new NonconformityAnalysed(at, actor, new NonconformityAnalysis(String(e, "rootCause"), Bool(Required(e, "similarExist")), String(e, "extent"))),
            "nonconformity.plan-approved" => new NonconformityPlanApproved(at, actor, [.. Array(e, "actions").Select(t =>
            {
                var a = Object(t);
                return new PlannedAction(Enum<ActionType>(Required(a, "type")), String(a, "description"), String(a, "owner"), ReadInstant(Required(a, "dueAt")));
            })]),
            "nonconformity.status-changed" => new NonconformityStatusChanged(at, actor, Enum<NonconformityState>(Required(e, "to"))),
            "nonconformity.action-completed" => new NonconformityActionCompleted(at, actor, Int(e, "action"), String(e, "evidence")),
            "nonconformity.effectiveness-recorded" => new NonconformityEffectivenessRecorded(at, actor, Bool(Required(e, "effective")), String(e, "evidence")),
            "nonconformity.action-escalated" => new NonconformityActionEscalated(at, actor, Int(e, "action"), Enum<EscalationLevel>(Required(e, "level")), ReadInstant(Required(e, "dueAt"))),
            _ => throw Error(e["type"], $"'{type}' is not a nonconformity event type"),
        };
        return result with { Version = version };
    }
}
