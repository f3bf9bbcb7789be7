using System;
using System.Runtime.CompilerServices;
using Itsm.Calendars;
using Itsm.Json.Calendars;
using Itsm.Json.Sla;
using Newtonsoft.Json;
using NodaTime;
using NodaTime.Serialization.JsonNet;

namespace Itsm.Json;

/// <summary>
/// Reads and writes the SDK's types as JSON with Newtonsoft.Json: NodaTime values in ISO form and the business
/// calendar format of <c>docs/calendars.md</c>.
/// </summary>
/// <remarks>
/// The settings are safe by default: no type-name handling (a document cannot choose the .NET type it becomes;
/// metadata properties such as <c>$type</c> are never followed, and the calendar reader refuses them as unknown
/// properties), dates stay strings until a converter reads them, and nesting deeper than <see cref="MaxDepth"/> is
/// refused. This class is thread-safe; it keeps the settings it builds for an <see cref="ItsmJsonOptions"/> instance
/// while that instance lives, so reuse one instance rather than building options per document.
/// <para>The <c>Deserialize</c> methods read strict JSON (RFC 8259) only, although Newtonsoft.Json alone is lenient:
/// comments, single-quoted strings or names, unquoted names, trailing commas, <c>NaN</c>, <c>Infinity</c>,
/// <c>undefined</c>, a name given twice in one object, content after the value and an empty document are refused
/// with a <see cref="JsonReaderException"/> giving the path, line and position. Hosts that read with
/// <see cref="CreateSettings(ItsmJsonOptions)"/> and their own serializer get the converters, not this check.</para>
/// </remarks>
public static class ItsmJson
{
    /// <summary>The deepest nesting a document may have; deeper documents are refused with a <see cref="JsonReaderException"/>.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonSerializerSettings DefaultSettings = CreateSettings();

    /// <summary>The settings built for each options instance, kept while the instance lives: options are immutable, so a
    /// host that reads with one instance builds the converters once, not per document.</summary>
    private static readonly ConditionalWeakTable<ItsmJsonOptions, JsonSerializerSettings> SettingsByOptions = new();

    /// <summary>The domain packages whose records have a JSON package with a module (named in errors).</summary>
    private static readonly string[] ModulePackages = ["Incidents", "Documents", "Changes", "Configuration", "Audits"];

    /// <summary>Creates the serializer settings the SDK uses, for hosts that serialize with their own code.</summary>
    /// <param name="zoneProvider">Where zone ids are resolved; NodaTime's TZDB provider when null.</param>
    /// <param name="calendars">Where calendar ids are resolved when reading SLA targets, policies and clocks; reading one
    /// that names a calendar fails without it.</param>
    /// <returns>New settings; callers may change them.</returns>
    public static JsonSerializerSettings CreateSettings(IDateTimeZoneProvider? zoneProvider = null, BusinessCalendarRegistry? calendars = null) =>
        CreateSettings(new ItsmJsonOptions { ZoneProvider = zoneProvider ?? DateTimeZoneProviders.Tzdb, Calendars = calendars });

    /// <summary>Creates the serializer settings the SDK uses, with everything reading may need from the host.</summary>
    /// <param name="options">Zone provider, calendar registry and record settings.</param>
    /// <returns>New settings; callers may change them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerSettings CreateSettings(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        var provider = options.ZoneProvider;
        var calendars = options.Calendars;
        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None,
            MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
            MaxDepth = options.Limits.MaxDepth,
            Formatting = Formatting.Indented,
            NullValueHandling = NullValueHandling.Include,

            // Numbers with a fraction or an exponent are read as decimals, never through double, so that an amount such as
            // 1234567890123456789.12 reloads exactly; one no decimal holds is refused with its path (JsonReaderException).
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        settings.ConfigureForNodaTime(provider);
        JsonConverter[] converters =
        [
            new BusinessCalendarJsonConverter(provider),
            new SlaTargetJsonConverter(calendars),
            new SlaPolicyJsonConverter(calendars),
            new SlaClockJsonConverter(calendars),
            new ServiceLevelAgreementJsonConverter(calendars),
            new AvailabilityReportJsonConverter(calendars),
            new ServiceLevelReportJsonConverter(),
        ];
        for (int i = 0; i < converters.Length; i++)
        {
            settings.Converters.Insert(i, converters[i]);
        }

        int at = converters.Length;
        foreach (var module in options.Modules)
        {
            foreach (var converter in module.CreateConverters(options))
            {
                settings.Converters.Insert(at++, Preconditions.CheckNotNull(converter));
            }
        }

        return settings;
    }

    /// <summary>Writes a value as indented JSON.</summary>
    /// <param name="value">The value, for example a <see cref="Itsm.Calendars.BusinessCalendar"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="JsonSerializationException"><paramref name="value"/> is of a domain package that has a JSON module
    /// (incidents, documents, changes, configuration, audits); use <see cref="Serialize(object, ItsmJsonOptions)"/> with
    /// that module.</exception>
    public static string Serialize(object value) => Serialize(value, DefaultSettings, null);

    /// <summary>Writes a value as indented JSON with the converters of the options' modules.</summary>
    /// <param name="value">The value, for example an <c>Incident</c> (with <c>IncidentsJsonModule</c> among the
    /// modules).</param>
    /// <param name="options">The modules (their settings are not needed for writing).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonSerializationException"><paramref name="value"/> is of a domain package that has a JSON module,
    /// and that module is not among the options' modules.</exception>
    public static string Serialize(object value, ItsmJsonOptions options) => Serialize(value, SettingsFor(options), options);

    private static JsonSerializerSettings SettingsFor(ItsmJsonOptions options) =>
        SettingsByOptions.GetValue(Preconditions.CheckNotNull(options), static o => CreateSettings(o));

    private static string Serialize(object value, JsonSerializerSettings settings, ItsmJsonOptions? options)
    {
        Preconditions.CheckNotNull(value);
        CheckConverted(value.GetType(), options);
        return JsonConvert.SerializeObject(value, settings);
    }

    /// <summary>Refuses a class of a domain package that has a JSON module (incidents, documents, changes,
    /// configuration, audits) when that module is not among the options: Newtonsoft.Json would otherwise write a record's
    /// public properties (or fail to construct it), silently, instead of the documented format. With the module, its
    /// records are converted and the package's other types (statuses, register entries) are left to Newtonsoft.Json, as
    /// are the types of every other assembly.</summary>
    private static void CheckConverted(Type type, ItsmJsonOptions? options)
    {
        string assembly = type.Assembly.GetName().Name ?? string.Empty;
        string area = assembly.StartsWith("Itsm.", StringComparison.Ordinal) ? assembly["Itsm.".Length..] : string.Empty;
        if (type.IsValueType || Array.IndexOf(ModulePackages, area) < 0)
        {
            return;
        }

        string package = "Itsm.Json." + area;
        if (options is not null)
        {
            foreach (var module in options.Modules)
            {
                if (module.GetType().Assembly.GetName().Name == package)
                {
                    return;
                }
            }
        }

        throw new JsonSerializationException(FormattableString.Invariant(
            $"{type.Name} comes from {assembly}, whose types are read and written with its JSON module: add the module of package {package} ({area}JsonModule) to ItsmJsonOptions.Modules and pass the options."));
    }

    /// <summary>Reads a value from JSON, resolving zone ids with NodaTime's TZDB provider.</summary>
    /// <typeparam name="T">The type to read, for example <see cref="Itsm.Calendars.BusinessCalendar"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="Itsm.Calendars.InvalidCalendarException">A calendar definition breaks one or more rules; every
    /// problem is listed with its JSON path.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, nests deeper than <see cref="MaxDepth"/>, is
    /// <c>null</c>, or does not fit <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json) => Deserialize<T>(json, DefaultSettings, null);

    /// <summary>Reads a value from JSON, resolving zone ids with the host's provider.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="zoneProvider">Where zone ids are resolved.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zoneProvider"/> is null.</exception>
    /// <exception cref="Itsm.Calendars.InvalidCalendarException">A calendar definition breaks one or more rules.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, nests too deep, is <c>null</c>, or does not fit <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json, IDateTimeZoneProvider zoneProvider) =>
        Deserialize<T>(json, CreateSettings(Preconditions.CheckNotNull(zoneProvider)), null);

    /// <summary>Reads a value that names calendars by id (SLA targets, policies, clocks), resolving them in the host's
    /// registry.</summary>
    /// <typeparam name="T">The type to read, for example <see cref="Itsm.Sla.Clocks.SlaClock"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="calendars">The calendars the document may name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, breaks a rule of the type, or names a calendar the
    /// registry lacks; the message gives the JSON path.</exception>
    public static T Deserialize<T>(string json, BusinessCalendarRegistry calendars) =>
        Deserialize<T>(json, CreateSettings(calendars: Preconditions.CheckNotNull(calendars)), null);

    /// <summary>Reads a value with everything the host supplies for reading (zone provider, calendars, record settings).</summary>
    /// <typeparam name="T">The type to read, for example <c>Itsm.Incidents.Incident</c>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">What reading needs from the host.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, describes an impossible record, or needs something the
    /// options lack (a module, a calendar, settings); the message gives the JSON path.</exception>
    public static T Deserialize<T>(string json, ItsmJsonOptions options) => Deserialize<T>(json, SettingsFor(options), options);

    private static T Deserialize<T>(string json, JsonSerializerSettings settings, ItsmJsonOptions? options)
    {
        Preconditions.CheckNotNull(json);
        CheckConverted(typeof(T), options);
        StrictJson.Check(json, options?.Limits ?? JsonReadLimits.Default);
        return JsonConvert.DeserializeObject<T>(json, settings) is { } value
            ? value
            : throw new JsonSerializationException(
                FormattableString.Invariant($"The JSON holds null where {Wording.WithArticle(typeof(T).Name)} was expected."));
    }
}
