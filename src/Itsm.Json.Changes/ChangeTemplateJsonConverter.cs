using Itsm.Changes;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Changes;

/// <summary>
/// Reads and writes <see cref="ChangeTemplate"/> as its state and its events, like a change. Reading rebuilds the
/// template with the template roles of the host's <see cref="ChangeSettings"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ChangeTemplateJsonConverter : RecordJsonConverter<ChangeTemplate, ChangeSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings templates are loaded with; null to only write.</param>
    public ChangeTemplateJsonConverter(ChangeSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(ChangeTemplate template) => RecordDocument(template.Id.Value, template.State.ToString(), template.Version, template.Events, Event);

    private protected override ChangeTemplate FromJson(JToken token) =>
        ReadRecordDocument<ChangeTemplate, ChangeTemplateState, ChangeTemplateEvent, ChangeSettings>(
            token, Settings, "a change template", "ChangeSettings", "ChangesJsonModule.Changes", ReadEvent, (events, settings) => ChangeTemplate.FromEvents(events, settings.TemplateRoles), r => r.State, r => r.Version);

    private static JObject Event(ChangeTemplateEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ChangeTemplateCreated created:
                json["id"] = created.Id.Value;
                json["title"] = created.Title;
                json["plans"] = ChangeJsonConverter.WritePlans(created.Plans);
                break;
            case ChangeTemplateApproved approved:
                json["expiresAt"] = Instant(approved.ExpiresAt);
                json["reasons"] = approved.Reasons;
                break;
            case ChangeTemplateWithdrawn withdrawn:
                json["reason"] = withdrawn.Reason;
                break;
        }

        return json;
    }

    private static ChangeTemplateEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ChangeTemplateEvent result = type switch
        {
            "change-template.created" => new ChangeTemplateCreated(at, actor, ReadId<Kinds.ChangeTemplate>(e, "id"), String(e, "title"), ChangeJsonConverter.ReadPlans(Required(e, "plans"))),
            "change-template.approved" => new ChangeTemplateApproved(at, actor, ReadInstant(Required(e, "expiresAt")), String(e, "reasons")),
            "change-template.withdrawn" => new ChangeTemplateWithdrawn(at, actor, String(e, "reason")),
            _ => throw Error(e["type"], $"'{type}' is not a change template event type"),
        };
        return result with { Version = version };
    }
}
