using Itsm.Core.Ids;
using Itsm.Documents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.Documents.DocumentJsonTokens;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Documents;

/// <summary>
/// Reads and writes <see cref="DocumentRecord"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>, the retention
/// policy as <c>{ "period": "P3Y", "trigger", "triggerEvent", "actionAfter" }</c>. Reading rebuilds the record from its
/// events with the host's <see cref="DocumentRecordSettings"/> and refuses a document that describes an impossible record
/// (a disposal under legal hold or before the retention ends, a content hash that is not SHA-256 hex, an unknown state, a
/// version that disagrees with the events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class DocumentRecordJsonConverter : RecordJsonConverter<DocumentRecord, DocumentRecordSettings>
{

    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings records are loaded with; null to only write.</param>
    public DocumentRecordJsonConverter(DocumentRecordSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(DocumentRecord record) => RecordDocument(record.Id.Value, record.State.ToString(), record.Version, record.Events, Event);

    private protected override DocumentRecord FromJson(JToken token) =>
        ReadRecordDocument<DocumentRecord, DocumentRecordState, DocumentRecordEvent, DocumentRecordSettings>(token, Settings, "a record", "DocumentRecordSettings", "DocumentsJsonModule.Records", ReadEvent, DocumentRecord.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(DocumentRecordEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case DocumentRecordDeclared declared:
                json["id"] = declared.Id.Value;
                json["title"] = declared.Title;
                json["class"] = declared.RecordClass;
                json["owner"] = Actor(declared.Owner);
                json["contentHash"] = declared.ContentHash;
                json["location"] = declared.Location;
                json["retention"] = new JObject
                {
                    ["period"] = Period(declared.Retention.Period),
                    ["trigger"] = declared.Retention.Trigger.ToString(),
                    ["triggerEvent"] = declared.Retention.TriggerEvent,
                    ["actionAfter"] = declared.Retention.ActionAfter.ToString(),
                };
                json["retentionStartsOn"] = OrNull(declared.RetentionStartsOn, d => Date(d));
                json["retentionEndsAt"] = OrNull(declared.RetentionEndsAt, i => Instant(i));
                break;
            case DocumentRecordMetadataCorrected corrected:
                json["reason"] = corrected.Reason;
                json["title"] = corrected.Title;
                json["class"] = corrected.RecordClass;
                json["location"] = corrected.Location;
                json["owner"] = OrNull(corrected.Owner, Actor);
                break;
            case DocumentRecordContentAppended appended:
                json["contentHash"] = appended.ContentHash;
                json["description"] = appended.Description;
                break;
            case DocumentRecordRetentionTriggered triggered:
                json["occurredOn"] = Date(triggered.OccurredOn);
                json["note"] = triggered.Note;
                json["retentionEndsAt"] = Instant(triggered.RetentionEndsAt);
                break;
            case DocumentRecordLegalHoldPlaced placed:
                json["reason"] = placed.Reason;
                json["reference"] = placed.Reference;
                break;
            case DocumentRecordLegalHoldReleased released:
                json["reason"] = released.Reason;
                break;
            case DocumentRecordRetentionExtended extended:
                json["extension"] = Period(extended.Extension);
                json["reason"] = extended.Reason;
                json["retentionEndsAt"] = Instant(extended.RetentionEndsAt);
                break;
            case DocumentRecordDisposed disposed:
                json["reason"] = disposed.Reason;
                break;
        }

        return json;
    }

    private static RetentionPolicy ReadRetention(JToken token)
    {
        var policy = Object(token);
        var period = ReadPeriod(Required(policy, "period"));
        var trigger = Enum<RetentionTrigger>(Required(policy, "trigger"));
        var action = Enum<RetentionAction>(Required(policy, "actionAfter"));
        string? triggerEvent = OptionalText(policy, "triggerEvent");
        return Wrap(policy, () => new RetentionPolicy(period, trigger, action, triggerEvent));
    }

    private static DocumentRecordEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        DocumentRecordEvent result = type switch
        {
            "record.declared" => new DocumentRecordDeclared(
                at,
                actor,
                ReadId<Kinds.Record>(e, "id"),
                String(e, "title"),
                String(e, "class"),
                ReadActor(Required(e, "owner")),
                String(e, "contentHash"),
                String(e, "location"),
                ReadRetention(Required(e, "retention")),
                OptionalDate(e, "retentionStartsOn"),
                OptionalInstant(e, "retentionEndsAt")),
            "record.metadata-corrected" => new DocumentRecordMetadataCorrected(
                at, actor, String(e, "reason"), OptionalText(e, "title"), OptionalText(e, "class"), OptionalText(e, "location"), OptionalActor(e, "owner")),
            "record.content-appended" => new DocumentRecordContentAppended(at, actor, String(e, "contentHash"), String(e, "description")),
            "record.retention-triggered" => new DocumentRecordRetentionTriggered(
                at, actor, ReadDate(Required(e, "occurredOn")), String(e, "note"), ReadInstant(Required(e, "retentionEndsAt"))),
            "record.legal-hold-placed" => new DocumentRecordLegalHoldPlaced(at, actor, String(e, "reason"), OptionalText(e, "reference")),
            "record.legal-hold-released" => new DocumentRecordLegalHoldReleased(at, actor, String(e, "reason")),
            "record.due-for-disposal" => new DocumentRecordDueForDisposal(at, actor),
            "record.review-due" => new DocumentRecordReviewDue(at, actor),
            "record.retention-extended" => new DocumentRecordRetentionExtended(
                at, actor, ReadPeriod(Required(e, "extension")), String(e, "reason"), ReadInstant(Required(e, "retentionEndsAt"))),
            "record.disposed" => new DocumentRecordDisposed(at, actor, String(e, "reason")),
            _ => throw Error(e["type"], $"'{type}' is not a record event type"),
        };
        return result with { Version = version };
    }
}
