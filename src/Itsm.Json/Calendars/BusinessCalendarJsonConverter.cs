using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Itsm.Calendars;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Json.Calendars;

/// <summary>
/// Reads and writes <see cref="BusinessCalendar"/> in the calendar JSON format (<c>docs/calendars.md</c>):
/// <c>id</c>, <c>zone</c>, <c>week</c>, <c>holidays</c>, <c>exceptions</c>, with times such as <c>"09:00"</c> and
/// <c>"24:00"</c> and dates such as <c>"2026-10-01"</c>.
/// </summary>
/// <remarks>
/// Reading collects every problem in the document (syntax of values, unknown properties, and every definition rule
/// of <see cref="BusinessCalendarBuilder.Validate"/>) and throws one <see cref="InvalidCalendarException"/> whose
/// problems carry JSON paths. Writing lists all seven days, the union of the holiday sets, and the exception days in
/// date order, so reading what was written gives an equal calendar. Instances are immutable and thread-safe.
/// </remarks>
public sealed partial class BusinessCalendarJsonConverter : JsonConverter<BusinessCalendar>
{
    /// <summary>The id a calendar gets when the document has none.</summary>
    public const string DefaultId = "calendar";

    private static readonly string[] DayNames = Enumerable.Range(1, 7).Select(d => ((IsoDayOfWeek)d).ToString()).ToArray();
    private static readonly string[] Properties = ["id", "zone", "week", "holidays", "exceptions"];
    private const string TimeRule = "times are written HH:mm, HH:mm:ss or HH:mm:ss.fffffffff, from 00:00 to 23:59:59.999999999, and 24:00 only as a window's end";
    private static readonly JsonLoadSettings LoadSettings = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };
    private readonly IDateTimeZoneProvider _zoneProvider;

    /// <summary>Initializes the converter.</summary>
    /// <param name="zoneProvider">Where zone ids are resolved, for example <see cref="DateTimeZoneProviders.Tzdb"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zoneProvider"/> is null.</exception>
    public BusinessCalendarJsonConverter(IDateTimeZoneProvider zoneProvider) =>
        _zoneProvider = Preconditions.CheckNotNull(zoneProvider);

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, BusinessCalendar? value, JsonSerializer serializer)
    {
        Preconditions.CheckNotNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(value.Id);
        writer.WritePropertyName("zone");
        writer.WriteValue(value.Zone.Id);
        writer.WritePropertyName("week");
        writer.WriteStartObject();
        for (int d = 1; d <= 7; d++)
        {
            writer.WritePropertyName(DayNames[d - 1]);
            WriteWindows(writer, value.WindowsOn((IsoDayOfWeek)d));
        }

        writer.WriteEndObject();
        writer.WritePropertyName("holidays");
        writer.WriteStartArray();
        foreach (var date in value.Holidays)
        {
            writer.WriteValue(LocalDatePattern.Iso.Format(date));
        }

        writer.WriteEndArray();
        writer.WritePropertyName("exceptions");
        writer.WriteStartArray();
        foreach (var day in value.ExceptionDays)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("date");
            writer.WriteValue(LocalDatePattern.Iso.Format(day.Date));
            writer.WritePropertyName("hours");
            WriteWindows(writer, day.Windows);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    /// <exception cref="InvalidCalendarException">The document breaks one or more rules; every problem is listed with its JSON path.</exception>
    /// <exception cref="JsonReaderException">The document is not JSON, nests too deep, or gives a property twice in one object.</exception>
    public override BusinessCalendar? ReadJson(JsonReader reader, Type objectType, BusinessCalendar? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        Preconditions.CheckNotNull(reader);
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        // A property given twice is refused (JsonReaderException naming it) rather than letting the last one win.
        var token = JToken.ReadFrom(reader, LoadSettings);
        return new Reader(_zoneProvider).Read(token);
    }

    private static void WriteWindows(JsonWriter writer, IEnumerable<WorkingWindow> windows)
    {
        writer.WriteStartArray();
        foreach (var window in windows)
        {
            // One line per window, as people write them: ["09:00", "18:00"]. Times hold only digits, ':' and '.'.
            writer.WriteRawValue(
                "[\"" + WorkingWindow.FormatTime(window.Start, isEnd: false) + "\", \"" + WorkingWindow.FormatTime(window.End, isEnd: true) + "\"]");
        }

        writer.WriteEndArray();
    }

    [GeneratedRegex(@"(week\.[A-Za-z]+|holidays|exceptions)\[(\d+)\](\.hours\[(\d+)\])?", RegexOptions.CultureInvariant)]
    private static partial Regex BuilderPath();

    /// <summary>Reads one document, collecting problems; builder paths are translated to the document's own indices
    /// (an unreadable entry is skipped, so later entries have a smaller index in the builder than in the document).
    /// Problems are counted, and described (path and sentence) only while fewer than
    /// <see cref="InvalidCalendarException.MaxListedProblems"/> are listed, so a document with a problem in every
    /// element costs one pass, not one path walk per element.</summary>
    private sealed class Reader(IDateTimeZoneProvider zoneProvider)
    {
        private readonly List<CalendarProblem> _problems = [];
        private int _problemCount;

        // Builder position to document position, per list the builder numbers: the seven days, holidays, exceptions,
        // and each exception's hours (by the exception's builder position).
        private readonly List<int>[] _weekIndices = [.. Enumerable.Range(0, 7).Select(_ => new List<int>())];
        private readonly List<int> _holidayIndices = [];
        private readonly List<int> _exceptionIndices = [];
        private readonly List<List<int>> _hoursIndices = [];

        public BusinessCalendar Read(JToken token)
        {
            if (token is not JObject root)
            {
                throw new InvalidCalendarException(DefaultId, [Problem(token, $"expected a calendar object but found {Describe(token)}")]);
            }

            string id = DefaultId;
            if (root.TryGetValue("id", StringComparison.Ordinal, out var idToken))
            {
                if (idToken is JValue { Type: JTokenType.String, Value: string text })
                {
                    id = text;
                }
                else
                {
                    Add(idToken, $"expected the calendar id as a string but found {Describe(idToken)}");
                }
            }

            string? zoneId = null;
            if (root.TryGetValue("zone", StringComparison.Ordinal, out var zoneToken) && zoneToken.Type != JTokenType.Null)
            {
                if (zoneToken is JValue { Type: JTokenType.String, Value: string text })
                {
                    zoneId = text;
                }
                else
                {
                    Add(zoneToken, $"expected an IANA zone id such as \"Europe/Berlin\" but found {Describe(zoneToken)}");
                    zoneId = string.Empty;
                }
            }

            foreach (var property in root.Properties().Where(p => !Properties.Contains(p.Name, StringComparer.Ordinal)))
            {
                Add(property, $"'{Wording.Excerpt(property.Name)}' is not a calendar property; the properties are {string.Join(", ", Properties)}");
            }

            var builder = BusinessCalendar.Builder(id, zoneId, zoneProvider);
            ReadWeek(root["week"], builder);
            ReadHolidays(root["holidays"], builder);
            ReadExceptions(root["exceptions"], builder);

            BusinessCalendar? calendar = null;
            int ruleCount = 0;
            try
            {
                calendar = builder.Build();
            }
            catch (InvalidCalendarException invalid)
            {
                ruleCount = invalid.ProblemCount;
                foreach (var problem in invalid.Problems)
                {
                    if (zoneId == string.Empty && problem.Path == "zone")
                    {
                        ruleCount--;
                        continue; // already reported as the wrong JSON type
                    }

                    if (_problems.Count < InvalidCalendarException.MaxListedProblems)
                    {
                        _problems.Add(new CalendarProblem(Translate(problem.Path), Translate(problem.Message)));
                    }
                }
            }

            int count = _problemCount + ruleCount;
            return count > 0 ? throw new InvalidCalendarException(id, _problems, count) : calendar!;
        }

        private void ReadWeek(JToken? token, BusinessCalendarBuilder builder)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                return;
            }

            if (token is not JObject week)
            {
                Add(token, $"expected an object of days (\"Monday\": [[\"09:00\", \"18:00\"]]) but found {Describe(token)}");
                return;
            }

            foreach (var property in week.Properties())
            {
                int day = Array.IndexOf(DayNames, property.Name);
                if (day < 0)
                {
                    Add(property, $"'{Wording.Excerpt(property.Name)}' is not a day of the week; use {string.Join(", ", DayNames)}");
                    continue;
                }

                foreach (var window in ReadWindows(property.Value, _weekIndices[day]))
                {
                    builder.AddWindow((IsoDayOfWeek)(day + 1), window);
                }
            }
        }

        private void ReadHolidays(JToken? token, BusinessCalendarBuilder builder)
        {
            if (ReadArray(token, "an array of dates such as [\"2026-10-01\"]") is not { } dates)
            {
                return;
            }

            for (int i = 0; i < dates.Count; i++)
            {
                if (ReadDate(dates[i]) is { } date)
                {
                    builder.AddHoliday(date);
                    _holidayIndices.Add(i);
                }
            }
        }

        private void ReadExceptions(JToken? token, BusinessCalendarBuilder builder)
        {
            if (ReadArray(token, "an array of { \"date\": ..., \"hours\": [...] } objects") is not { } items)
            {
                return;
            }

            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not JObject item)
                {
                    Add(items[i], $"expected an exception object {{ \"date\": ..., \"hours\": [...] }} but found {Describe(items[i])}");
                    continue;
                }

                foreach (var property in item.Properties().Where(p => p.Name is not ("date" or "hours")))
                {
                    Add(property, $"'{Wording.Excerpt(property.Name)}' is not an exception property; the properties are date, hours");
                }

                LocalDate? date = item["date"] is { } dateToken ? ReadDate(dateToken) : null;
                if (item["date"] is null)
                {
                    Add(item, $"the exception has no \"date\"; every exception names the date it replaces");
                }

                var hoursIndices = new List<int>();
                var windows = item["hours"] is { } hours ? ReadWindows(hours, hoursIndices) : [];
                if (date is { } d)
                {
                    builder.AddExceptionDay(d, [.. windows]);
                    _exceptionIndices.Add(i);
                    _hoursIndices.Add(hoursIndices);
                }
            }
        }

        /// <summary>Reads an array of windows, noting in <paramref name="indices"/> the document position of each one read.</summary>
        private List<WorkingWindow> ReadWindows(JToken token, List<int> indices)
        {
            var windows = new List<WorkingWindow>();
            if (ReadArray(token, "an array of windows such as [[\"09:00\", \"18:00\"]]") is not { } array)
            {
                return windows;
            }

            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is not JArray pair || pair.Count != 2)
                {
                    Add(array[i], $"expected a window as [\"start\", \"end\"] such as [\"09:00\", \"18:00\"] but found {Describe(array[i])}");
                    continue;
                }

                var start = ReadTime(pair[0], isEnd: false);
                var end = ReadTime(pair[1], isEnd: true);
                if (start is { } s && end is { } e)
                {
                    indices.Add(i);
                    windows.Add(new WorkingWindow(s, e));
                }
            }

            return windows;
        }

        /// <summary>An optional array: null when absent or null (nothing to read) or not an array (a problem is recorded).</summary>
        private JArray? ReadArray(JToken? token, string expected)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token is not JArray array)
            {
                Add(token, $"expected {expected} but found {Describe(token)}");
                return null;
            }

            return array;
        }

        private LocalTime? ReadTime(JToken token, bool isEnd)
        {
            string? text = token is JValue { Type: JTokenType.String, Value: string value } ? value : null;
            if (WorkingWindow.TryParseTime(text, isEnd, out var time))
            {
                return time;
            }

            if (text is "24:00" or "24:00:00")
            {
                Add(token, $"'24:00' cannot start a window; it is allowed only as a window's end");
            }
            else if (text is null)
            {
                Add(token, $"expected a time string but found {Describe(token)}; {TimeRule}");
            }
            else
            {
                Add(token, $"'{Wording.Excerpt(text)}' is not a valid time; {TimeRule}");
            }

            return null;
        }

        private LocalDate? ReadDate(JToken token)
        {
            string? text = token is JValue { Type: JTokenType.String, Value: string value } ? value : null;
            var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
            if (result is { Success: true })
            {
                return result.Value;
            }

            if (text is null)
            {
                Add(token, $"expected a date string such as \"2026-10-01\" but found {Describe(token)}");
            }
            else
            {
                Add(token, $"'{Wording.Excerpt(text)}' is not a valid date; dates are written yyyy-MM-dd, such as \"2026-10-01\"");
            }

            return null;
        }

        private string Translate(string text) =>
            BuilderPath().Replace(text, match =>
            {
                string list = match.Groups[1].Value;
                int index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                var indices = list switch
                {
                    "holidays" => _holidayIndices,
                    "exceptions" => _exceptionIndices,
                    _ => Array.IndexOf(DayNames, list["week.".Length..]) is int day and >= 0 ? _weekIndices[day] : null,
                };
                if (indices is null || index >= indices.Count)
                {
                    return match.Value;
                }

                string head = Invariant($"{list}[{indices[index]}]");
                if (!match.Groups[3].Success)
                {
                    return head;
                }

                int window = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
                var hours = list == "exceptions" ? _hoursIndices[index] : null;
                return hours is not null && window < hours.Count
                    ? head + Invariant($".hours[{hours[window]}]")
                    : head + match.Groups[3].Value;
            });

        /// <summary>Counts a problem, and describes it (the path walk and the sentence) only when it is to be listed.</summary>
        private void Add(JToken token, FormattableString message)
        {
            _problemCount++;
            if (_problems.Count < InvalidCalendarException.MaxListedProblems)
            {
                _problems.Add(Problem(token, message));
            }
        }

        private static string PathOf(JToken token) => token.Path.Length == 0 ? "$" : token.Path;

        private static CalendarProblem Problem(JToken token, FormattableString message) =>
            new(PathOf(token), Invariant(message));

        private static string Describe(JToken token) => token.Type switch
        {
            JTokenType.String => "the string \"" + Wording.Excerpt(token.ToString()) + "\"",
            JTokenType.Null => "null",
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            _ => token.Type.ToString().ToLowerInvariant() + " " + Wording.Excerpt(token.ToString(Formatting.None)),
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
