using System.Linq;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Problems;

/// <summary>
/// Reads and writes <see cref="KnownError"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. Reading rebuilds
/// the known error from its events with the host's <see cref="KnownErrorSettings"/> and refuses a document that describes
/// an impossible record (a transition the lifecycle does not allow, a published known error without a workaround, an
/// unknown state, a version that disagrees with the events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class KnownErrorJsonConverter : RecordJsonConverter<KnownError, KnownErrorSettings>
{

    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings known errors are loaded with; null to only write.</param>
    public KnownErrorJsonConverter(KnownErrorSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(KnownError knownError) => RecordDocument(knownError.Id.Value, knownError.State.ToString(), knownError.Version, knownError.Events, Event);

    private protected override KnownError FromJson(JToken token) =>
        ReadRecordDocument<KnownError, KnownErrorState, KnownErrorEvent, KnownErrorSettings>(token, Settings, "a known error", "ProblemSettings", "IncidentsJsonModule.Problems", ReadEvent, KnownError.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(KnownErrorEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case KnownErrorDrafted drafted:
                json["id"] = drafted.Id.Value;
                json["problem"] = drafted.Problem.Value;
                json["symptom"] = drafted.Symptom;
                json["rootCause"] = drafted.RootCause;
                json["workaround"] = drafted.Workaround;
                json["service"] = drafted.Service.Value;
                json["configurationItems"] = new JArray(drafted.ConfigurationItems.Select(c => c.Value));
                break;
            case KnownErrorRevised revised:
                json["symptom"] = revised.Symptom;
                json["rootCause"] = revised.RootCause;
                json["workaround"] = revised.Workaround;
                break;
            case KnownErrorRetired retired:
                json["reason"] = retired.Reason;
                break;
            case KnownErrorSuperseded superseded:
                json["by"] = superseded.By.Value;
                break;
        }

        return json;
    }

    private static KnownErrorEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        KnownErrorEvent result = type switch
        {
            "known-error.drafted" => new KnownErrorDrafted(
                at,
                actor,
                ReadId<Kinds.KnownError>(e, "id"),
                ReadId<Kinds.Problem>(e, "problem"),
                String(e, "symptom"),
                OptionalText(e, "rootCause"),
                OptionalText(e, "workaround"),
                ReadId<Kinds.Service>(e, "service"),
                [.. Array(e, "configurationItems").Select(c => Wrap(c, () => new Id<Kinds.ConfigurationItem>(Text(c))))]),
            "known-error.revised" => new KnownErrorRevised(at, actor, String(e, "symptom"), OptionalText(e, "rootCause"), OptionalText(e, "workaround")),
            "known-error.published" => new KnownErrorPublished(at, actor),
            "known-error.retired" => new KnownErrorRetired(at, actor, String(e, "reason")),
            "known-error.superseded" => new KnownErrorSuperseded(at, actor, ReadId<Kinds.KnownError>(e, "by")),
            _ => throw Error(e["type"], $"'{type}' is not a known error event type"),
        };
        return result with { Version = version };
    }
}
