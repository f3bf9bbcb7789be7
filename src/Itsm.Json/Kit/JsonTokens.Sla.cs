using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Sla.Targets;
using Newtonsoft.Json.Linq;

namespace Itsm.Json;

// The SLA parts of the shared tokens (targets, thresholds, calendars named by id), for the converters that
// embed SLA targets: Itsm.Json's own and those of incidents and service requests.
internal static partial class JsonTokens
{
    public static JObject Target(SlaTarget target) => new()
    {
        ["metric"] = target.Metric.Name,
        ["amount"] = Duration(target.Amount),
        ["calendar"] = target.Calendar.Id,
        ["thresholds"] = new JArray(target.Thresholds.Select(Threshold)),
    };

    public static JObject Threshold(SlaThreshold threshold) => threshold.Percentage is { } p
        ? new JObject { ["percent"] = p }
        : new JObject { ["before"] = Duration(threshold.LeadTime!.Value) };

    public static SlaThreshold ReadThreshold(JToken token)
    {
        var threshold = Object(token);
        if (threshold["percent"] is { } percent)
        {
            return Wrap(percent, () => SlaThreshold.Percent(ReadPercentage(percent)));
        }

        return Wrap(threshold, () => SlaThreshold.Before(ReadDuration(Required(threshold, "before"))));
    }

    /// <summary>A threshold's percentage: a JSON number that fits a decimal; any other token is refused at its path.</summary>
    private static decimal ReadPercentage(JToken token)
    {
        string rule = FormattableString.Invariant($"a percentage is a number more than 0 and at most {SlaThreshold.MaxPercentage}");
        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            string held = token.Type == JTokenType.Null ? "null" : FormattableString.Invariant($"{token.Type.ToString().ToLowerInvariant()} {token.ToString(Newtonsoft.Json.Formatting.None)}");
            throw Error(token, FormattableString.Invariant($"holds {held}; {rule}."));
        }

        return TryDecimal(token, out var percentage)
            ? percentage
            : throw Error(token, FormattableString.Invariant($"the threshold {token.ToString(Newtonsoft.Json.Formatting.None)}% is outside (0, {SlaThreshold.MaxPercentage}]; {rule}."));
    }

    public static SlaTarget ReadTarget(JToken token, BusinessCalendarRegistry? calendars)
    {
        var target = Object(token);
        var thresholds = Array(target, "thresholds").Select(ReadThreshold).ToList();
        return Wrap(target, () => new SlaTarget(
            SlaMetric.Named(String(target, "metric")),
            ReadDuration(Required(target, "amount")),
            Calendar(Required(target, "calendar"), calendars),
            thresholds));
    }

    public static BusinessCalendar Calendar(JToken token, BusinessCalendarRegistry? calendars)
    {
        string id = Text(token);
        if (calendars is null)
        {
            throw Error(token, $"names the calendar '{id}', but no calendar registry was given to resolve it; pass a BusinessCalendarRegistry to ItsmJson.Deserialize");
        }

        return calendars.TryGet(id, out var calendar)
            ? calendar!
            : throw Error(token, "names the calendar '" + id + "', which is not registered; the registry has "
                + (calendars.Calendars.Count == 0 ? "none" : string.Join(", ", calendars.Calendars.Select(c => "'" + c.Id + "'"))));
    }
}
