using System;
using Itsm.Calendars;
using Itsm.Json.Calendars;
using Itsm.Json.Audits;
using Itsm.Json.Changes;
using Itsm.Json.Configuration;
using Itsm.Json.Documents;
using Itsm.Json.Incidents;
using Itsm.Json.Problems;
using Itsm.Json.ServiceRequests;
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
/// refused. This class is stateless and thread-safe.
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
            MaxDepth = MaxDepth,
            Formatting = Formatting.Indented,
            NullValueHandling = NullValueHandling.Include,
        };
        settings.ConfigureForNodaTime(provider);
        JsonConverter[] converters =
        [
            new BusinessCalendarJsonConverter(provider),
            new SlaTargetJsonConverter(calendars),
            new SlaPolicyJsonConverter(calendars),
            new SlaClockJsonConverter(calendars),
            new ServiceLevelAgreementJsonConverter(calendars),
            new AvailabilityReportJsonConverter(),
            new ServiceLevelReportJsonConverter(),
            new IncidentJsonConverter(calendars, options.Incidents),
            new ServiceRequestJsonConverter(calendars, options.ServiceRequests),
            new ProblemJsonConverter(options.Problems),
            new KnownErrorJsonConverter(options.Problems?.KnownErrors),
            new ExternalDocumentJsonConverter(options.ExternalDocuments),
            new DocumentRecordJsonConverter(options.Records),
            new ControlledDocumentJsonConverter(options.Documents),
            new ChangeJsonConverter(options.Changes),
            new ChangeTemplateJsonConverter(options.Changes),
            new ConfigurationItemJsonConverter(options.Configuration),
            new ReleaseJsonConverter(options.Configuration),
            new BaselineJsonConverter(),
            new AuditJsonConverter(options.Audits),
            new NonconformityJsonConverter(options.Nonconformities),
            new ManagementReviewJsonConverter(options.Audits),
            new ImprovementJsonConverter(options.Audits),
        ];
        for (int i = 0; i < converters.Length; i++)
        {
            settings.Converters.Insert(i, converters[i]);
        }

        return settings;
    }

    /// <summary>Writes a value as indented JSON.</summary>
    /// <param name="value">The value, for example a <see cref="Itsm.Calendars.BusinessCalendar"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Serialize(object value) =>
        JsonConvert.SerializeObject(Preconditions.CheckNotNull(value), DefaultSettings);

    /// <summary>Reads a value from JSON, resolving zone ids with NodaTime's TZDB provider.</summary>
    /// <typeparam name="T">The type to read, for example <see cref="Itsm.Calendars.BusinessCalendar"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="Itsm.Calendars.InvalidCalendarException">A calendar definition breaks one or more rules; every
    /// problem is listed with its JSON path.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, nests deeper than <see cref="MaxDepth"/>, is
    /// <c>null</c>, or does not fit <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json) => Deserialize<T>(json, DefaultSettings);

    /// <summary>Reads a value from JSON, resolving zone ids with the host's provider.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="zoneProvider">Where zone ids are resolved.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="zoneProvider"/> is null.</exception>
    /// <exception cref="Itsm.Calendars.InvalidCalendarException">A calendar definition breaks one or more rules.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, nests too deep, is <c>null</c>, or does not fit <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json, IDateTimeZoneProvider zoneProvider) =>
        Deserialize<T>(json, CreateSettings(Preconditions.CheckNotNull(zoneProvider)));

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
        Deserialize<T>(json, CreateSettings(calendars: Preconditions.CheckNotNull(calendars)));

    /// <summary>Reads a value with everything the host supplies for reading (zone provider, calendars, record settings).</summary>
    /// <typeparam name="T">The type to read, for example <see cref="Itsm.Incidents.Incident"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">What reading needs from the host.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The text is empty or not strict JSON, describes an impossible record, or needs something the
    /// options lack; the message gives the JSON path.</exception>
    public static T Deserialize<T>(string json, ItsmJsonOptions options) => Deserialize<T>(json, CreateSettings(options));

    private static T Deserialize<T>(string json, JsonSerializerSettings settings)
    {
        Preconditions.CheckNotNull(json);
        StrictJson.Check(json, MaxDepth);
        return JsonConvert.DeserializeObject<T>(json, settings) is { } value
            ? value
            : throw new JsonSerializationException(
                FormattableString.Invariant($"The JSON holds null where {Wording.WithArticle(typeof(T).Name)} was expected."));
    }
}
