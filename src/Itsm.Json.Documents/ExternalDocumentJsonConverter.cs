using Itsm.Core.Ids;
using Itsm.Documents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.Documents.DocumentJsonTokens;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Documents;

/// <summary>
/// Reads and writes <see cref="ExternalDocument"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. Reading rebuilds
/// the document from its events with the host's <see cref="ExternalDocumentSettings"/> and refuses a document that
/// describes an impossible record (a transition the lifecycle does not allow, an event that breaks its content rules, an
/// unknown state, a version that disagrees with the events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ExternalDocumentJsonConverter : RecordJsonConverter<ExternalDocument, ExternalDocumentSettings>
{

    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings external documents are loaded with; null to only write.</param>
    public ExternalDocumentJsonConverter(ExternalDocumentSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(ExternalDocument document) => RecordDocument(document.Id.Value, document.State.ToString(), document.Version, document.Events, Event);

    private protected override ExternalDocument FromJson(JToken token) =>
        ReadRecordDocument<ExternalDocument, ExternalDocumentState, ExternalDocumentEvent, ExternalDocumentSettings>(token, Settings, "an external document", "ExternalDocumentSettings", "DocumentsJsonModule.ExternalDocuments", ReadEvent, ExternalDocument.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(ExternalDocumentEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ExternalDocumentIdentified identified:
                json["id"] = identified.Id.Value;
                json["kind"] = identified.Kind.ToString();
                json["issuer"] = identified.Issuer;
                json["reference"] = identified.Reference;
                json["edition"] = identified.Edition;
                json["title"] = identified.Title;
                json["owner"] = Actor(identified.Owner);
                json["applicability"] = identified.Applicability;
                break;
            case ExternalDocumentAcceptedForUse accepted:
                json["nextCheckOn"] = Date(accepted.NextCheckOn);
                json["checkOverdueFrom"] = Instant(accepted.CheckOverdueFrom);
                break;
            case ExternalDocumentCurrencyChecked check:
                json["result"] = check.Result.ToString();
                json["note"] = check.Note;
                json["nextCheckOn"] = Date(check.NextCheckOn);
                json["checkOverdueFrom"] = Instant(check.CheckOverdueFrom);
                break;
            case ExternalDocumentCheckOverdue overdue:
                json["dueOn"] = Date(overdue.DueOn);
                break;
            case ExternalDocumentSuperseded superseded:
                json["supersededBy"] = superseded.SupersededBy.Value;
                json["reason"] = superseded.Reason;
                break;
            case ExternalDocumentWithdrawn withdrawn:
                json["reason"] = withdrawn.Reason;
                break;
        }

        return json;
    }

    private static ExternalDocumentEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ExternalDocumentEvent result = type switch
        {
            "external-document.identified" => new ExternalDocumentIdentified(
                at,
                actor,
                ReadId<Kinds.ExternalDocument>(e, "id"),
                Enum<ExternalDocumentKind>(Required(e, "kind")),
                String(e, "issuer"),
                String(e, "reference"),
                String(e, "edition"),
                String(e, "title"),
                ReadActor(Required(e, "owner")),
                String(e, "applicability")),
            "external-document.accepted-for-use" => new ExternalDocumentAcceptedForUse(
                at, actor, ReadDate(Required(e, "nextCheckOn")), ReadInstant(Required(e, "checkOverdueFrom"))),
            "external-document.currency-checked" => new ExternalDocumentCurrencyChecked(
                at,
                actor,
                Enum<CurrencyCheckResult>(Required(e, "result")),
                OptionalText(e, "note"),
                ReadDate(Required(e, "nextCheckOn")),
                ReadInstant(Required(e, "checkOverdueFrom"))),
            "external-document.check-overdue" => new ExternalDocumentCheckOverdue(at, actor, ReadDate(Required(e, "dueOn"))),
            "external-document.superseded" => new ExternalDocumentSuperseded(at, actor, ReadId<Kinds.ExternalDocument>(e, "supersededBy"), String(e, "reason")),
            "external-document.withdrawn" => new ExternalDocumentWithdrawn(at, actor, String(e, "reason")),
            _ => throw Error(e["type"], $"'{type}' is not an external document event type"),
        };
        return result with { Version = version };
    }
}
