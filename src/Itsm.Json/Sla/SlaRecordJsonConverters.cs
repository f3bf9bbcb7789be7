using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Agreements;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Sla;

/// <summary>
/// Reads and writes <see cref="ServiceLevelAgreement"/> with its whole change history; calendars by id through the
/// host's <see cref="BusinessCalendarRegistry"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ServiceLevelAgreementJsonConverter : JsonConverter<ServiceLevelAgreement>
{
    private readonly BusinessCalendarRegistry? _calendars;

    /// <summary>Initializes the converter.</summary>
    /// <param name="calendars">Where calendar ids are resolved when reading; null to only write.</param>
    public ServiceLevelAgreementJsonConverter(BusinessCalendarRegistry? calendars) => _calendars = calendars;

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, ServiceLevelAgreement? value, JsonSerializer serializer) => Write(writer, value, ToJson);

    private static JObject ToJson(ServiceLevelAgreement value)
    {
        return new JObject
        {
            ["id"] = value.Id,
            ["customer"] = value.Customer,
            ["services"] = new JArray(value.Services),
            ["policy"] = SlaPolicyJsonConverter.Policy(value.Policy),
            ["servicePolicies"] = new JObject(value.ServicePolicies.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new JProperty(p.Key, SlaPolicyJsonConverter.Policy(p.Value)))),
            ["serviceHours"] = value.ServiceHours.Id,
            ["reviewDate"] = LocalDatePattern.Iso.Format(value.ReviewDate),
            ["version"] = value.Version,
            ["history"] = new JArray(value.History.Select(c => new JObject
            {
                ["version"] = c.Version,
                ["at"] = JsonTokens.Instant(c.At),
                ["by"] = Actor(c.By),
                ["reason"] = c.Reason,
                ["summary"] = c.Summary,
            })),
        };
    }

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The document breaks a rule; the message gives the JSON path.</exception>
    public override ServiceLevelAgreement? ReadJson(JsonReader reader, Type objectType, ServiceLevelAgreement? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Read(reader, FromJson);

    private ServiceLevelAgreement FromJson(JToken token)
    {
        var root = Object(token);
        var servicePolicies = root["servicePolicies"] is JObject policies
            ? policies.Properties().ToDictionary(p => p.Name, p => SlaPolicyJsonConverter.ReadPolicy(p.Value, _calendars), StringComparer.Ordinal)
            : [];
        var history = Array(root, "history").Select(Object).Select(c => new AgreementChange(
            Int(c, "version"),
            ReadInstant(Required(c, "at")),
            ReadActor(Required(c, "by")),
            String(c, "reason"),
            String(c, "summary"))).ToList();
        return Wrap(root, () => ServiceLevelAgreement.Restore(
            String(root, "id"),
            String(root, "customer"),
            Array(root, "services").Select(Text),
            SlaPolicyJsonConverter.ReadPolicy(Required(root, "policy"), _calendars),
            servicePolicies,
            Calendar(Required(root, "serviceHours"), _calendars),
            ReadDate(Required(root, "reviewDate")),
            history));
    }
}

/// <summary>Reads and writes <see cref="AvailabilityReport"/> with its header and figures.</summary>
/// <remarks>When reading with a calendar registry, the report's calendar of agreed service hours must be one of it;
/// without one, the id is kept as written. Immutable and thread-safe.</remarks>
public sealed class AvailabilityReportJsonConverter : JsonConverter<AvailabilityReport>
{
    private readonly BusinessCalendarRegistry? _calendars;

    /// <summary>Initializes a converter that keeps the calendar id as written.</summary>
    public AvailabilityReportJsonConverter()
    {
    }

    /// <summary>Initializes a converter that refuses a report whose calendar the registry lacks.</summary>
    /// <param name="calendars">The host's calendars; null to keep the id as written.</param>
    public AvailabilityReportJsonConverter(BusinessCalendarRegistry? calendars) => _calendars = calendars;

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, AvailabilityReport? value, JsonSerializer serializer) => Write(writer, value, ToJson);

    private static JObject ToJson(AvailabilityReport value)
    {
        return new JObject
        {
            ["header"] = ReportJson.Header(value.Header),
            ["calendar"] = value.CalendarId,
            ["agreedServiceTime"] = Duration(value.AgreedServiceTime),
            ["downtime"] = Duration(value.Downtime),
            ["plannedMaintenance"] = Duration(value.PlannedMaintenance),
            ["availabilityPercent"] = value.AvailabilityPercent,
            ["outages"] = new JArray(value.CountedOutages.Select(o => new JObject
            {
                ["start"] = JsonTokens.Instant(o.Interval.Start),
                ["end"] = JsonTokens.Instant(o.Interval.End),
                ["planned"] = o.IsPlannedMaintenance,
                ["reference"] = o.Reference,
            })),
            ["meanTimeToRestore"] = value.MeanTimeToRestore is { } mttr ? Duration(mttr) : null,
        };
    }

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The document breaks a rule; the message gives the JSON path.</exception>
    public override AvailabilityReport? ReadJson(JsonReader reader, Type objectType, AvailabilityReport? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Read(reader, FromJson);

    private AvailabilityReport FromJson(JToken token)
    {
        var root = Object(token);
        string calendarId = String(root, "calendar");
        if (_calendars is not null && !_calendars.TryGet(calendarId, out _))
        {
            throw Error(root["calendar"], Invariant($"names calendar '{Wording.Excerpt(calendarId)}', which the registry does not hold; the report's service hours come from a registered calendar"));
        }

        var outages = Array(root, "outages").Select(Object).Select(o => Wrap(o, () => new Outage(
            new Interval(ReadInstant(Required(o, "start")), ReadInstant(Required(o, "end"))),
            OptionalBool(o, "planned", absent: false),
            OptionalText(o, "reference")))).ToList();
        var report = Wrap(root, () => new AvailabilityReport(
            ReportJson.ReadHeader(Required(root, "header")),
            calendarId,
            ReadDuration(Required(root, "agreedServiceTime")),
            ReadDuration(Required(root, "downtime")),
            ReadDuration(Required(root, "plannedMaintenance")),
            outages,
            root["meanTimeToRestore"] is { Type: not JTokenType.Null } mttr ? ReadDuration(mttr) : null));

        // The percentage is derived from the figures; a document that says another one was changed by hand.
        if (root["availabilityPercent"] is { } percent && !Agrees(OptionalNumber(percent), report.AvailabilityPercent))
        {
            throw Error(percent, Invariant($"says {percent}, but the agreed service time and downtime give {report.AvailabilityPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}"));
        }

        return report;
    }

    /// <summary>A stored percentage agrees with the one computed when both are null, or both are numbers within a
    /// billionth of a point (the text of a double read back through a decimal may differ in its last bit).</summary>
    private static bool Agrees(double? stored, double? computed) =>
        stored is { } s ? computed is { } c && Math.Abs(s - c) <= 1e-9 : computed is null;
}

/// <summary>Reads and writes <see cref="ServiceLevelReport"/> with its header, lines and O&amp;M figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ServiceLevelReportJsonConverter : JsonConverter<ServiceLevelReport>
{
    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, ServiceLevelReport? value, JsonSerializer serializer) => Write(writer, value, ToJson);

    private static JObject ToJson(ServiceLevelReport value)
    {
        var ops = value.Operations;
        return new JObject
        {
            ["header"] = ReportJson.Header(value.Header),
            ["lines"] = new JArray(value.Lines.Select(l => new JObject
            {
                ["priority"] = l.Priority.ToString(),
                ["metric"] = l.Metric.Name,
                ["count"] = l.Count,
                ["met"] = l.Met,
                ["breached"] = l.Breached,
                ["onTimePercent"] = l.OnTimePercent,
                ["previousOnTimePercents"] = new JArray(l.PreviousOnTimePercents.Select(p => (object?)p)),
                ["trend"] = l.Trend.ToString(),
            })),
            ["operations"] = new JObject
            {
                ["metric"] = ops.Metric.Name,
                ["issues"] = ops.Issues,
                ["handled"] = ops.Handled,
                ["completed"] = ops.Completed,
                ["completedOnTime"] = ops.CompletedOnTime,
                ["openAtEnd"] = ops.OpenAtEnd,
                ["onTimePercent"] = ops.OnTimePercent,
                ["completionPercent"] = ops.CompletionPercent,
                ["carryOverPercent"] = ops.CarryOverPercent,
            },
        };
    }

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The document breaks a rule; the message gives the JSON path.</exception>
    public override ServiceLevelReport? ReadJson(JsonReader reader, Type objectType, ServiceLevelReport? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Read(reader, FromJson);

    private static ServiceLevelReport FromJson(JToken token)
    {
        var root = Object(token);
        var lines = Array(root, "lines").Select(Object).Select(l =>
        {
            var priority = Enum<Priority>(Required(l, "priority"));
            var metric = Wrap(l, () => SlaMetric.Named(String(l, "metric")));
            int count = Int(l, "count");
            int met = Int(l, "met");
            int breached = Int(l, "breached");
            double? onTime = OptionalNumber(l["onTimePercent"]);
            double?[] previous = [.. Array(l, "previousOnTimePercents").Select(OptionalNumber)];
            return Wrap(l, () => new ServiceLevelLine(priority, metric, count, met, breached, onTime, previous));
        }).ToList();
        var ops = Object(Required(root, "operations"));
        var opsMetric = Wrap(ops, () => SlaMetric.Named(String(ops, "metric")));
        int issues = Int(ops, "issues");
        int handled = Int(ops, "handled");
        int completed = Int(ops, "completed");
        int completedOnTime = Int(ops, "completedOnTime");
        int openAtEnd = Int(ops, "openAtEnd");
        var operations = Wrap(ops, () => new OperationsFigures(opsMetric, issues, handled, completed, completedOnTime, openAtEnd));
        return Wrap(root, () => new ServiceLevelReport(ReportJson.ReadHeader(Required(root, "header")), lines, operations));
    }
}

/// <summary>The report header's JSON.</summary>
internal static class ReportJson
{
    public static JObject Header(ReportHeader header) => new()
    {
        ["start"] = JsonTokens.Instant(header.Period.Start),
        ["end"] = JsonTokens.Instant(header.Period.End),
        ["audience"] = header.Audience,
        ["dataSource"] = header.DataSource,
    };

    public static ReportHeader ReadHeader(JToken token)
    {
        var header = Object(token);
        return Wrap(header, () => new ReportHeader(
            new Interval(ReadInstant(Required(header, "start")), ReadInstant(Required(header, "end"))),
            String(header, "audience"),
            String(header, "dataSource")));
    }
}
