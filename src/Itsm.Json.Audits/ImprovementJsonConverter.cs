using Itsm.Audits;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Audits;

/// <summary>
/// Reads and writes <see cref="Improvement"/> as its state and its events. Reading rebuilds the improvement with the
/// improvement roles of the host's <see cref="AuditSettings"/>; costs are written as invariant decimal text
/// (<c>"15000.50"</c>) so that every decimal, scale included, round-trips exactly.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ImprovementJsonConverter : RecordJsonConverter<Improvement, AuditSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings improvements are loaded with; null to only write.</param>
    public ImprovementJsonConverter(AuditSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Improvement improvement) => RecordDocument(improvement.Id.Value, improvement.State.ToString(), improvement.Version, improvement.Events, Event);

    private protected override Improvement FromJson(JToken token) =>
        ReadRecordDocument<Improvement, ImprovementState, ImprovementEvent, AuditSettings>(
            token, Settings, "an improvement", "AuditSettings", "AuditsJsonModule.Audits", ReadEvent, (events, settings) => Improvement.FromEvents(events, settings.ImprovementRoles), r => r.State, r => r.Version);

    private static JObject Event(ImprovementEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ImprovementRecorded recorded:
                json["id"] = recorded.Id.Value;
                json["description"] = recorded.Description;
                json["source"] = recorded.Source;
                break;
            case ImprovementEvaluated evaluated:
                json["benefit"] = evaluated.Evaluation.Benefit;
                json["cost"] = evaluated.Evaluation.Cost.ToString(System.Globalization.CultureInfo.InvariantCulture);
                json["priority"] = evaluated.Evaluation.Priority.ToString();
                break;
            case ImprovementAuthorised authorised:
                json["owner"] = authorised.Owner;
                json["target"] = LocalDatePattern.Iso.Format(authorised.Target);
                break;
            case ImprovementDeclined declined:
                json["reason"] = declined.Reason;
                break;
            case ImprovementCompleted completed:
                json["measuredEffect"] = completed.MeasuredEffect;
                break;
        }

        return json;
    }

    private static ImprovementEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ImprovementEvent result = type switch
        {
            "improvement.recorded" => new ImprovementRecorded(at, actor, ReadId<Kinds.Improvement>(e, "id"), String(e, "description"), String(e, "source")),
            "improvement.evaluated" => new ImprovementEvaluated(at, actor, new ImprovementEvaluation(String(e, "benefit"), DecimalText(Required(e, "cost")), Enum<ImprovementPriority>(Required(e, "priority")))),
            "improvement.authorised" => new ImprovementAuthorised(at, actor, String(e, "owner"), ReadDate(Required(e, "target"))),
            "improvement.declined" => new ImprovementDeclined(at, actor, String(e, "reason")),
            "improvement.started" => new ImprovementStarted(at, actor),
            "improvement.completed" => new ImprovementCompleted(at, actor, String(e, "measuredEffect")),
            _ => throw Error(e["type"], $"'{type}' is not an improvement event type"),
        };
        return result with { Version = version };
    }
}
