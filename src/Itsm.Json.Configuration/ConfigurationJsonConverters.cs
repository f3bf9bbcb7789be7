using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Configuration;
using Itsm.Core.Ids;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Configuration;

/// <summary>
/// Reads and writes <see cref="ConfigurationItem"/> as its state and its events. Reading rebuilds the item with the
/// item roles of the host's <see cref="ConfigurationSettings"/>; attributes are written as <c>{ "kind", "value" }</c>
/// with the value as invariant text, so decimals and dates round-trip exactly.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ConfigurationItemJsonConverter : RecordJsonConverter<ConfigurationItem, ConfigurationSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings items are loaded with; null to only write.</param>
    public ConfigurationItemJsonConverter(ConfigurationSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(ConfigurationItem item) => RecordDocument(item.Id.Value, item.State.ToString(), item.Version, item.Events, Event);

    private protected override ConfigurationItem FromJson(JToken token) =>
        ReadRecordDocument<ConfigurationItem, ConfigurationItemState, ConfigurationItemEvent, ConfigurationSettings>(
            token, Settings, "a configuration item", "ConfigurationSettings", "ConfigurationJsonModule.Configuration", ReadEvent, (events, settings) => ConfigurationItem.FromEvents(events, settings.ItemRoles), r => r.State, r => r.Version);

    private static JObject Event(ConfigurationItemEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ConfigurationItemRegistered registered:
                json["id"] = registered.Id.Value;
                json["itemType"] = registered.Type;
                json["name"] = registered.Name;
                json["owner"] = registered.Owner;
                json["criticality"] = registered.Criticality.ToString();
                json["attributes"] = ConfigurationJson.Attributes(registered.Attributes);
                break;
            case ConfigurationItemStatusChanged moved:
                json["to"] = moved.To.ToString();
                json["change"] = moved.Change?.Value;
                json["note"] = moved.Note;
                break;
            case ConfigurationItemUpdated updated:
                json["change"] = updated.Change?.Value;
                json["name"] = updated.Name;
                json["owner"] = updated.Owner;
                json["criticality"] = updated.Criticality?.ToString();
                json["set"] = ConfigurationJson.Attributes(updated.Set);
                json["removed"] = new JArray(updated.Removed);
                break;
            case ConfigurationItemRetirementAcknowledged acknowledged:
                json["dependant"] = acknowledged.Dependant.Value;
                break;
        }

        return json;
    }

    private static ConfigurationItemEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ConfigurationItemEvent result = type switch
        {
            "configuration-item.registered" => new ConfigurationItemRegistered(
                at, actor, ReadId<Kinds.ConfigurationItem>(e, "id"), String(e, "itemType"), String(e, "name"), String(e, "owner"),
                Enum<Criticality>(Required(e, "criticality")), ConfigurationJson.ReadAttributes(e, "attributes")),
            "configuration-item.status-changed" => new ConfigurationItemStatusChanged(at, actor, Enum<ConfigurationItemState>(Required(e, "to")), ReadOptionalId<Kinds.Change>(e, "change"), OptionalText(e, "note")),
            "configuration-item.updated" => new ConfigurationItemUpdated(
                at, actor, ReadOptionalId<Kinds.Change>(e, "change"), OptionalText(e, "name"), OptionalText(e, "owner"),
                e["criticality"] is { Type: not JTokenType.Null } c ? Enum<Criticality>(c) : null,
                ConfigurationJson.ReadAttributes(e, "set"), [.. Array(e, "removed").Select(Text)]),
            "configuration-item.retirement-acknowledged" => new ConfigurationItemRetirementAcknowledged(at, actor, ReadId<Kinds.ConfigurationItem>(e, "dependant")),
            _ => throw Error(e["type"], $"'{type}' is not a configuration item event type"),
        };
        return result with { Version = version };
    }
}

/// <summary>
/// Reads and writes <see cref="Release"/> as its state and its events. Reading rebuilds the release with the release
/// roles of the host's <see cref="ConfigurationSettings"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ReleaseJsonConverter : RecordJsonConverter<Release, ConfigurationSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings releases are loaded with; null to only write.</param>
    public ReleaseJsonConverter(ConfigurationSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Release release) => RecordDocument(release.Id.Value, release.State.ToString(), release.Version, release.Events, Event);

    private protected override Release FromJson(JToken token) =>
        ReadRecordDocument<Release, ReleaseState, ReleaseEvent, ConfigurationSettings>(
            token, Settings, "a release", "ConfigurationSettings", "ConfigurationJsonModule.Configuration", ReadEvent, (events, settings) => Release.FromEvents(events, settings.ReleaseRoles), r => r.State, r => r.Version);

    private static JObject Event(ReleaseEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ReleasePlanned planned:
                json["id"] = planned.Id.Value;
                json["releaseType"] = planned.Type.ToString();
                json["title"] = planned.Title;
                json["changes"] = new JArray(planned.Changes.Select(c => c.Value));
                json["items"] = new JArray(planned.Items.Select(c => c.Value));
                json["criteria"] = new JArray(planned.Criteria);
                json["builder"] = planned.Builder;
                json["acceptor"] = planned.Acceptor;
                break;
            case ReleaseCriterionAdded added:
                json["criterion"] = added.Criterion;
                break;
            case ReleaseLinked linked:
                json["change"] = linked.Change?.Value;
                json["problem"] = linked.Problem?.Value;
                json["knownError"] = linked.KnownError?.Value;
                break;
            case ReleaseStatusChanged moved:
                json["to"] = moved.To.ToString();
                break;
            case ReleaseTestResultRecorded result:
                json["criterion"] = result.Criterion;
                json["passed"] = result.Passed;
                json["evidence"] = result.Evidence;
                break;
            case ReleaseAccepted accepted:
                json["decisionToProceed"] = accepted.DecisionToProceed;
                break;
            case ReleaseAcceptanceRefused refused:
                json["reason"] = refused.Reason;
                break;
            case ReleaseScheduled scheduled:
                json["window"] = Window(scheduled.Window);
                break;
            case ReleaseBaselineRecorded recorded:
                json["baseline"] = recorded.Baseline.Value;
                json["takenAt"] = Instant(recorded.TakenAt);
                json["items"] = ConfigurationJson.Versions(recorded.Items);
                break;
            case ReleaseDeployed deployed:
                json["remedy"] = deployed.Remedy;
                break;
            case ReleaseRolledBack rolledBack:
                json["rollback"] = rolledBack.Rollback;
                break;
            case ReleaseVerified verified:
                json["updates"] = ConfigurationJson.Versions(verified.Updates);
                break;
        }

        return json;
    }

    private static ReleaseEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ReleaseEvent result = type switch
        {
            "release.planned" => new ReleasePlanned(
                at,
                actor,
                ReadId<Kinds.Release>(e, "id"),
                Enum<ReleaseType>(Required(e, "releaseType")),
                String(e, "title"),
                [.. Array(e, "changes").Select(t => Wrap(t, () => new Id<Kinds.Change>(Text(t))))],
                [.. Array(e, "items").Select(t => Wrap(t, () => new Id<Kinds.ConfigurationItem>(Text(t))))],
                [.. Array(e, "criteria").Select(Text)],
                String(e, "builder"),
                String(e, "acceptor")),
            "release.criterion-added" => new ReleaseCriterionAdded(at, actor, String(e, "criterion")),
            "release.linked" => new ReleaseLinked(at, actor, ReadOptionalId<Kinds.Change>(e, "change"), ReadOptionalId<Kinds.Problem>(e, "problem"), ReadOptionalId<Kinds.KnownError>(e, "knownError")),
            "release.status-changed" => new ReleaseStatusChanged(at, actor, Enum<ReleaseState>(Required(e, "to"))),
            "release.test-result-recorded" => new ReleaseTestResultRecorded(at, actor, String(e, "criterion"), Bool(Required(e, "passed")), String(e, "evidence")),
            "release.accepted" => new ReleaseAccepted(at, actor, OptionalText(e, "decisionToProceed")),
            "release.acceptance-refused" => new ReleaseAcceptanceRefused(at, actor, String(e, "reason")),
            "release.scheduled" => new ReleaseScheduled(at, actor, ReadWindow(Required(e, "window"))),
            "release.baseline-recorded" => new ReleaseBaselineRecorded(at, actor, ReadId<Kinds.Baseline>(e, "baseline"), ReadInstant(Required(e, "takenAt")), ConfigurationJson.ReadVersions(e, "items")),
            "release.deployed" => new ReleaseDeployed(at, actor, OptionalText(e, "remedy")),
            "release.rolled-back" => new ReleaseRolledBack(at, actor, String(e, "rollback")),
            "release.verified" => new ReleaseVerified(at, actor, ConfigurationJson.ReadVersions(e, "updates")),
            _ => throw Error(e["type"], $"'{type}' is not a release event type"),
        };
        return result with { Version = version };
    }
}

/// <summary>
/// Reads and writes a <see cref="Baseline"/>: <c>{ "id", "name", "takenAt", "takenBy", "items": [snapshot...] }</c>,
/// each snapshot with its item's fields, attributes, version, instant and change. A baseline that breaks a rule is
/// refused with its JSON path.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class BaselineJsonConverter : JsonConverter<Baseline>
{
    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, Baseline? value, JsonSerializer serializer) =>
        Write(writer, value, baseline => new JObject
        {
            ["id"] = baseline.Id.Value,
            ["name"] = baseline.Name,
            ["takenAt"] = Instant(baseline.TakenAt),
            ["takenBy"] = baseline.TakenBy,
            ["items"] = new JArray(baseline.Items.Select(Snapshot)),
        });

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The document is not a baseline or breaks a rule; the message gives
    /// the JSON path.</exception>
    public override Baseline? ReadJson(JsonReader reader, Type objectType, Baseline? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Read(reader, token =>
        {
            var root = Object(token);
            var id = ReadId<Kinds.Baseline>(root, "id");
            string name = String(root, "name");
            var takenAt = ReadInstant(Required(root, "takenAt"));
            string takenBy = String(root, "takenBy");
            var items = Array(root, "items").Select(ReadSnapshot).ToList();
            return Wrap(root, () => new Baseline(id, name, takenAt, takenBy, items));
        });

    private static JObject Snapshot(ConfigurationItemSnapshot snapshot) => new()
    {
        ["id"] = snapshot.Id.Value,
        ["itemType"] = snapshot.Type,
        ["name"] = snapshot.Name,
        ["owner"] = snapshot.Owner,
        ["criticality"] = snapshot.Criticality.ToString(),
        ["state"] = snapshot.State.ToString(),
        ["attributes"] = ConfigurationJson.Attributes(snapshot.Attributes),
        ["version"] = snapshot.Version,
        ["at"] = Instant(snapshot.At),
        ["change"] = snapshot.Change?.Value,
    };

    private static ConfigurationItemSnapshot ReadSnapshot(JToken token)
    {
        var s = Object(token);
        var id = ReadId<Kinds.ConfigurationItem>(s, "id");
        string type = String(s, "itemType");
        string name = String(s, "name");
        string owner = String(s, "owner");
        var criticality = Enum<Criticality>(Required(s, "criticality"));
        var state = Enum<ConfigurationItemState>(Required(s, "state"));
        var attributes = ConfigurationJson.ReadAttributes(s, "attributes");
        int version = Int(s, "version");
        var at = ReadInstant(Required(s, "at"));
        var change = ReadOptionalId<Kinds.Change>(s, "change");
        return Wrap(s, () => new ConfigurationItemSnapshot(id, type, name, owner, criticality, state, attributes, version, at, change));
    }
}

/// <summary>The JSON of configuration attributes and item versions, shared by the converters.</summary>
internal static class ConfigurationJson
{
    public static JObject Attributes(IReadOnlyDictionary<string, AttributeValue> attributes)
    {
        var json = new JObject();
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            json[name] = new JObject { ["kind"] = value.Kind.ToString(), ["value"] = value.ToString() };
        }

        return json;
    }

    public static Dictionary<string, AttributeValue> ReadAttributes(JObject parent, string name)
    {
        var result = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        if (parent[name] is null or { Type: JTokenType.Null })
        {
            return result;
        }

        foreach (var property in Object(parent[name]).Properties())
        {
            var attribute = Object(property.Value);
            var valueToken = Required(attribute, "value");
            string text = Text(valueToken);
            AttributeValue value = Enum<AttributeKind>(Required(attribute, "kind")) switch
            {
                AttributeKind.Number => AttributeValue.Of(DecimalText(valueToken)),
                AttributeKind.Flag => text switch
                {
                    "true" => AttributeValue.Of(true),
                    "false" => AttributeValue.Of(false),
                    _ => throw Error(valueToken, $"'{text}' is not \"true\" or \"false\""),
                },
                AttributeKind.Date => LocalDatePattern.Iso.Parse(text) is { Success: true } date
                    ? AttributeValue.Of(date.Value)
                    : throw Error(valueToken, $"'{text}' is not a date such as \"2026-12-31\""),
                _ => Wrap(valueToken, () => AttributeValue.Of(text)),
            };
            result[property.Name] = value;
        }

        return result;
    }

    public static JArray Versions(IEnumerable<ItemVersion> versions) =>
        new(versions.Select(v => new JObject { ["item"] = v.Item.Value, ["version"] = v.Version }));

    public static ItemVersion[] ReadVersions(JObject parent, string name) =>
    [
        .. Array(parent, name).Select(token =>
        {
            var v = Object(token);
            return new ItemVersion(ReadId<Kinds.ConfigurationItem>(v, "item"), Int(v, "version"));
        }),
    ];
}
