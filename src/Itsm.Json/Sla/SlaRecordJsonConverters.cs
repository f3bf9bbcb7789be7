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
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AvailabilityReportJsonConverter : JsonConverter<AvailabilityReport>
{
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

    private static AvailabilityReport FromJson(JToken token)
    {
        var root = Object(token);
        var outages = Array(root, "outages").Select(Object).Select(o => Wrap(o, () => new Outage(
            new Interval(ReadInstant(Required(o, "start")), ReadInstant(Required(o, "end"))),
            OptionalBool(o, "planned", absent: false),
            OptionalText(o, "reference")))).ToList();
        return Wrap(root, () => new AvailabilityReport(
            ReportJson.ReadHeader(Required(root, "header")),
            String(root, "calendar"),
            ReadDuration(Required(root, "agreedServiceTime")),
            ReadDuration(Required(root, "downtime")),
            ReadDuration(Required(root, "plannedMaintenance")),
            outages,
            root["meanTimeToRestore"] is { Type: not JTokenType.Null } mttr ? ReadDuration(mttr) : null));
    }
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
        var lines = Array(root, "lines").Select(Object).Select(l => new ServiceLevelLine(
            Enum<Priority>(Required(l, "priority")),
            Wrap(l, () => SlaMetric.Named(String(l, "metric"))),
            Int(l, "count"),
            Int(l, "met"),
            Int(l, "breached"),
            OptionalNumber(l["onTimePercent"]),
            [.. Array(l, "previousOnTimePercents").Select(OptionalNumber)])).ToList();
        var ops = Object(Required(root, "operations"));
        var operations = new OperationsFigures(
            Wrap(ops, () => SlaMetric.Named(String(ops, "metric"))),
            Int(ops, "issues"),
            Int(ops, "handled"),
            Int(ops, "completed"),
            Int(ops, "completedOnTime"),
            Int(ops, "openAtEnd"));
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
