using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Core.Actors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Json;

/// <summary>
/// Reading and writing the parts the SDK's converters share (event headers, targets, actors, instants, durations),
/// with errors that name the JSON path, the value and the rule.
/// </summary>
internal static partial class JsonTokens
{
    /// <summary>The writing side every token-based converter shares: null stays null, else the value's token.</summary>
    public static void Write<T>(JsonWriter writer, T? value, Func<T, JToken> toJson)
        where T : class
    {
        Preconditions.CheckNotNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        toJson(value).WriteTo(writer);
    }

    /// <summary>The reading side every token-based converter shares: null stays null, else the token is read whole.</summary>
    public static T? Read<T>(JsonReader reader, Func<JToken, T> fromJson)
        where T : class
    {
        Preconditions.CheckNotNull(reader);
        return reader.TokenType == JsonToken.Null ? null : fromJson(JToken.ReadFrom(reader));
    }

    /// <summary>The part every persisted event shares: stable type name, schema, version, instant and actor.</summary>
    public static JObject EventHeader(DomainEvent domainEvent)
    {
        var type = EventTypes.Of(domainEvent.GetType());
        return new JObject
        {
            ["type"] = type.Name,
            ["schema"] = type.SchemaVersion,
            ["version"] = domainEvent.Version,
            ["at"] = Instant(domainEvent.At),
            ["actor"] = Actor(domainEvent.Actor),
        };
    }

    /// <summary>Reads an event's shared part, refusing a schema this version does not read (every event is at schema 1).</summary>
    public static (JObject Json, string Type, Instant At, Actor Actor, long Version) ReadEventHeader(JToken token)
    {
        var e = Object(token);
        string type = String(e, "type");
        int schema = Int(e, "schema");
        if (schema != 1)
        {
            throw Error(e["schema"], Invariant($"schema {schema} of '{type}' is not one this version reads (it reads schema 1)"));
        }

        return (e, type, ReadInstant(Required(e, "at")), ReadActor(Required(e, "actor")), Long(Required(e, "version")));
    }

    /// <summary>Reads a required typed id, refusing an invalid value at its path.</summary>
    public static Id<TKind> ReadId<TKind>(JObject e, string name)
        where TKind : IIdKind
    {
        var token = Required(e, name);
        return Wrap(token, () => new Id<TKind>(Text(token)));
    }

    /// <summary>Reads an optional typed id: null when absent or null, refused at its path when invalid.</summary>
    public static Id<TKind>? ReadOptionalId<TKind>(JObject e, string name)
        where TKind : IIdKind =>
        e[name] is { Type: not JTokenType.Null } ? ReadId<TKind>(e, name) : null;

    /// <summary>The document of an event-sourced record: <c>{ "id", "state", "version", "events" }</c>, each event written by
    /// <paramref name="writeEvent"/>.</summary>
    public static JObject RecordDocument<TEvent>(string id, string state, long version, IEnumerable<TEvent> events, Func<TEvent, JObject> writeEvent) => new()
    {
        ["id"] = id,
        ["state"] = state,
        ["version"] = version,
        ["events"] = new JArray(events.Select(writeEvent)),
    };

    /// <summary>Reads the document of an event-sourced record written by <see cref="RecordDocument"/>: refuses it when
    /// the host gave no settings to load it with, reads the stored state (one of <typeparamref name="TState"/>'s names)
    /// and the events, then rebuilds the record and checks the state and version against it (<see cref="Rebuild"/>).</summary>
    /// <param name="token">The document.</param>
    /// <param name="settings">The host's settings, or null when none were given.</param>
    /// <param name="what">The record for the message, with its article ("an incident").</param>
    /// <param name="settingsType">The settings' type name for the message.</param>
    /// <param name="optionsProperty">The <see cref="ItsmJsonOptions"/> property that carries the settings.</param>
    /// <param name="readEvent">Reads one event.</param>
    /// <param name="fromEvents">Rebuilds the record.</param>
    /// <param name="stateOf">The record's state.</param>
    /// <param name="versionOf">The record's version.</param>
    public static TRecord ReadRecordDocument<TRecord, TState, TEvent, TSettings>(
        JToken token,
        TSettings? settings,
        string what,
        string settingsType,
        string optionsProperty,
        Func<JToken, TEvent> readEvent,
        Func<IEnumerable<TEvent>, TSettings, TRecord> fromEvents,
        Func<TRecord, TState> stateOf,
        Func<TRecord, long> versionOf)
        where TState : struct, Enum
        where TSettings : class
    {
        var root = Object(token);
        if (settings is null)
        {
            throw Error(root, $"is {what}, but no {settingsType} were given to load it with; pass them in {optionsProperty} among ItsmJsonOptions.Modules");
        }

        string? state = root["state"] is { } stateToken ? Enum<TState>(stateToken).ToString() : null;
        var events = Array(root, "events").Select(readEvent).ToList();
        return Rebuild(root, state, () => fromEvents(events, settings), r => stateOf(r).ToString(), versionOf);
    }

    /// <summary>Rebuilds a record from its events and checks the stored id, state and version against it, so a document
    /// that describes an impossible record, or says it is another record than its events are, is refused whole.</summary>
    public static T Rebuild<T>(JObject root, string? storedState, Func<T> rebuild, Func<T, string> stateOf, Func<T, long> versionOf)
    {
        T record;
        try
        {
            record = rebuild();
        }
        catch (InvalidHistoryException e)
        {
            throw Error(root["events"], e.Message, e);
        }

        if (root["id"] is { Type: not JTokenType.Null } id && record is IEventSourcedRecord events && Text(id) != events.RecordId)
        {
            throw Error(id, $"says '{Text(id)}', but the events are those of '{events.RecordId}'");
        }

        if (storedState is not null && storedState != stateOf(record))
        {
            throw Error(root["state"], $"says {storedState}, but the events leave the record {stateOf(record)}");
        }

        if (root["version"] is { } version && Long(version) != versionOf(record))
        {
            throw Error(version, Invariant($"says {version}, but there are {versionOf(record)} events"));
        }

        return record;
    }

    public static JObject Actor(Actor actor)
    {
        var json = new JObject { ["id"] = actor.Id, ["name"] = actor.DisplayName };
        if (actor.Roles.Count > 0)
        {
            json["roles"] = new JArray(actor.Roles.Select(r => r.Name));
        }

        return json;
    }

    public static Actor ReadActor(JToken token)
    {
        var actor = Object(token);
        var roles = Array(actor, "roles").Select(r => Wrap(r, () => new Role(Text(r)))).ToList();
        return Wrap(actor, () => new Actor(String(actor, "id"), String(actor, "name"), roles));
    }

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static Instant ReadInstant(JToken token) => Parse(token, InstantPattern.ExtendedIso, "an ISO instant such as \"2026-03-02T09:00:00Z\"");

    public static string Duration(Duration duration) => DurationPattern.Roundtrip.Format(duration);

    public static Duration ReadDuration(JToken token) => Parse(token, DurationPattern.Roundtrip, "a duration such as \"0:08:00:00\" (days:hours:minutes:seconds)");

    public static LocalDate ReadDate(JToken token) => Parse(token, LocalDatePattern.Iso, "a date such as \"2026-12-31\"");

    /// <summary>A bounded interval: <c>{ "start", "end" }</c> as ISO instants.</summary>
    public static JObject Window(Interval window) => new()
    {
        ["start"] = Instant(window.Start),
        ["end"] = Instant(window.End),
    };

    /// <summary>Reads a bounded interval written by <see cref="Window"/>, refusing one that ends before it starts.</summary>
    public static Interval ReadWindow(JToken token)
    {
        var window = Object(token);
        var start = ReadInstant(Required(window, "start"));
        var end = ReadInstant(Required(window, "end"));
        return end >= start ? new Interval(start, end) : throw Error(window, Invariant($"ends at {end}, before it starts at {start}"));
    }

    /// <summary>A decimal written as invariant text (<c>"-15000.50"</c>: a sign and a decimal point, nothing else), so that
    /// every decimal, scale included, round-trips exactly; never a format or overflow exception.</summary>
    public static decimal DecimalText(JToken token)
    {
        string text = Text(token);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(token, $"'{text}' is not a decimal such as \"15000.50\"");
    }

    public static TEnum Enum<TEnum>(JToken token)
        where TEnum : struct, Enum
    {
        string text = Text(token);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw Error(token, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public static JObject Object(JToken? token) =>
        token as JObject ?? throw Error(token, "expected an object");

    public static JToken Required(JObject parent, string name) =>
        parent[name] is { Type: not JTokenType.Null } token ? token : throw Error(parent, $"has no \"{name}\"");

    public static string String(JObject parent, string name) => Text(Required(parent, name));

    public static string Text(JToken token) =>
        token is JValue { Type: JTokenType.String, Value: string text } ? text : throw Error(token, "expected a string");

    /// <summary>An optional string: absent or null gives null, anything else must be a string.</summary>
    public static string? OptionalText(JObject parent, string name) => parent[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        var value => Text(value),
    };

    /// <summary>An optional instant: absent or null gives null, anything else must be an ISO instant.</summary>
    public static Instant? OptionalInstant(JObject parent, string name) => parent[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        var value => ReadInstant(value),
    };

    /// <summary>A boolean: never a cast exception.</summary>
    public static bool Bool(JToken token) =>
        token is JValue { Type: JTokenType.Boolean, Value: bool value } ? value : throw Error(token, "expected true or false");

    /// <summary>An optional boolean: absent or null gives <paramref name="absent"/>, anything else must be true or false.</summary>
    public static bool OptionalBool(JObject parent, string name, bool absent) => parent[name] switch
    {
        null or { Type: JTokenType.Null } => absent,
        var value => Bool(value),
    };

    /// <summary>A whole number that fits a <see cref="long"/>: never a format, cast or overflow exception.</summary>
    public static long Long(JToken token) =>
        token is JValue { Type: JTokenType.Integer, Value: var value }
            ? value is long n ? n : throw Error(token, "expected a whole number that fits 64 bits")
            : throw Error(token, "expected a whole number");

    /// <summary>An optional finite number (a percentage of a report): null or absent gives null; never a format, cast or
    /// overflow exception.</summary>
    public static double? OptionalNumber(JToken? token) => token switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Type: JTokenType.Integer or JTokenType.Float, Value: var value } => value switch
        {
            long n => n,
            decimal d => (double)d,
            double d when double.IsFinite(d) => d,
            _ => throw Error(token, "expected a finite number"),
        },
        _ => throw Error(token, "expected a number"),
    };

    /// <summary>A required whole number that fits an <see cref="int"/>: never a format or overflow exception.</summary>
    public static int Int(JObject parent, string name) => Int(Required(parent, name));

    /// <summary>A whole number that fits an <see cref="int"/>: never a format or overflow exception.</summary>
    public static int Int(JToken token) =>
        token is JValue { Type: JTokenType.Integer, Value: var value }
            ? value is long n && n is >= int.MinValue and <= int.MaxValue ? (int)n : throw Error(token, "expected a whole number that fits 32 bits")
            : throw Error(token, "expected a whole number");

    /// <summary>A required number that fits a <see cref="decimal"/>: never a format or overflow exception.</summary>
    public static decimal Decimal(JObject parent, string name)
    {
        var token = Required(parent, name);
        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            throw Error(token, "expected a number");
        }

        return TryDecimal(token, out var value) ? value : throw Error(token, "expected a number that fits a decimal");
    }

    /// <summary>Converts a number token to a <see cref="decimal"/> without a cast or overflow exception: false for a value
    /// outside the decimal range (or not a number). Json.NET writes a whole decimal as <c>50.0</c>; that reads as 50, so a
    /// decimal reloads as the value that was written, scale included.</summary>
    public static bool TryDecimal(JToken token, out decimal value)
    {
        switch ((token as JValue)?.Value)
        {
            case long n:
                value = n;
                return true;
            case decimal d:
                // Json.NET writes a whole decimal as "50.0": read that back as 50, the value written; every other scale is kept.
                value = d.Scale == 1 && d == decimal.Truncate(d) ? decimal.Truncate(d) : d;
                return true;
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                value = (decimal)d;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    public static IEnumerable<JToken> Array(JObject parent, string name) =>
        parent[name] switch
        {
            null or { Type: JTokenType.Null } => [],
            JArray array => array,
            var other => throw Error(other, "expected an array"),
        };

    /// <summary>Runs a domain constructor, turning its argument errors into a JSON error at the token's path.</summary>
    public static T Wrap<T>(JToken token, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw Error(token, e.Message, e);
        }
    }

    public static JsonSerializationException Error(JToken? token, string problem, Exception? inner = null)
    {
        string path = token is null || token.Path.Length == 0 ? "$" : token.Path;
        string message = path + ": " + problem + ".";
        return inner is null ? new JsonSerializationException(message) : new JsonSerializationException(message, inner);
    }

    private static T Parse<T>(JToken token, IPattern<T> pattern, string expected)
    {
        string text = Text(token);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw Error(token, $"'{text}' is not {expected}");
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
