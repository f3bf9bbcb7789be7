using System;
using System.Linq;
using Itsm.Calendars;
using Newtonsoft.Json;
using NodaTime;

namespace Itsm.Json.Tests.Calendars;

public class BusinessCalendarJsonConverterTests
{
    /// <summary>The example of the calendar semantics page, as written there.</summary>
    internal const string ShanghaiExample = """
        {
          "id": "cn-shanghai-5x9",
          "zone": "Asia/Shanghai",
          "week": {
            "Monday": [["09:00", "12:00"], ["13:00", "18:00"]],
            "Tuesday": [["09:00", "18:00"]],
            "Wednesday": [["09:00", "18:00"]],
            "Thursday": [["09:00", "18:00"]],
            "Friday": [["09:00", "18:00"]],
            "Saturday": [],
            "Sunday": []
          },
          "holidays": ["2026-10-01", "2026-10-02"],
          "exceptions": [
            { "date": "2026-09-27", "hours": [["09:00", "18:00"]] },
            { "date": "2026-12-31", "hours": [["09:00", "12:00"]] }
          ]
        }
        """;

    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    private static InvalidCalendarException Invalid(string json) =>
        Assert.Throws<InvalidCalendarException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));

    [Fact]
    public void Deserialize_SemanticsPageExample_ReadsEveryPart()
    {
        var calendar = ItsmJson.Deserialize<BusinessCalendar>(ShanghaiExample);

        Assert.Equal("cn-shanghai-5x9", calendar.Id);
        Assert.Equal("Asia/Shanghai", calendar.Zone.Id);
        Assert.Equal(
            [new WorkingWindow(new LocalTime(9, 0), new LocalTime(12, 0)), new WorkingWindow(new LocalTime(13, 0), new LocalTime(18, 0))],
            calendar.WindowsOn(IsoDayOfWeek.Monday));
        Assert.Empty(calendar.WindowsOn(IsoDayOfWeek.Saturday));
        Assert.Equal([new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)], calendar.Holidays);
        Assert.Equal([new LocalDate(2026, 9, 27), new LocalDate(2026, 12, 31)], calendar.ExceptionDays.Select(e => e.Date));

        // Sunday 2026-09-27 is a make-up working day; Thursday 2026-10-01 is a holiday; New Year's Eve is a half day.
        Assert.True(calendar.IsOpen(At(2026, 9, 27, 10)));
        Assert.False(calendar.IsOpen(At(2026, 10, 1, 10)));
        Assert.False(calendar.IsOpen(At(2026, 12, 31, 13)));
        Assert.False(calendar.IsOpen(At(2026, 1, 5, 12, 30)));
    }

    [Fact]
    public void Serialize_ThenDeserialize_GivesAnEqualCalendar()
    {
        var calendar = ItsmJson.Deserialize<BusinessCalendar>(ShanghaiExample);

        var again = ItsmJson.Deserialize<BusinessCalendar>(ItsmJson.Serialize(calendar));

        Assert.Equal(calendar, again);
        Assert.Equal(calendar.GetHashCode(), again.GetHashCode());
    }

    [Fact]
    public void Serialize_WritesMidnightEndAs2400_AndReadsItBack()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        string json = ItsmJson.Serialize(calendar);

        Assert.Contains("\"00:00\",", json, StringComparison.Ordinal);
        Assert.Contains("\"24:00\"", json, StringComparison.Ordinal);
        Assert.Equal(calendar, ItsmJson.Deserialize<BusinessCalendar>(json));
    }

    [Fact]
    public void Serialize_SecondsAndFractions_AreKept()
    {
        var calendar = BusinessCalendar.Builder("precise", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0, 30), LocalTime.FromHourMinuteSecondNanosecond(17, 59, 59, 500_000_000))
            .Build();

        string json = ItsmJson.Serialize(calendar);

        Assert.Contains("\"09:00:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"17:59:59.5\"", json, StringComparison.Ordinal);
        Assert.Equal(calendar, ItsmJson.Deserialize<BusinessCalendar>(json));
    }

    [Fact]
    public void Deserialize_HolidaySets_AreFlattenedToOneEqualCalendar()
    {
        var national = new HolidaySet("national", [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)]);
        var company = new HolidaySet("company", [new LocalDate(2026, 10, 2), new LocalDate(2026, 12, 24)]);
        var calendar = BusinessCalendar.Builder("sets", Shanghai)
            .AddWindow(IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(18, 0))
            .AddHolidays(national)
            .AddHolidays(company)
            .Build();

        var again = ItsmJson.Deserialize<BusinessCalendar>(ItsmJson.Serialize(calendar));

        Assert.Equal(calendar, again);
        Assert.Equal(3, again.Holidays.Count);
    }

    [Fact]
    public void Deserialize_MissingId_DefaultsToCalendar()
    {
        var calendar = ItsmJson.Deserialize<BusinessCalendar>("""{ "zone": "Etc/UTC" }""");
        Assert.Equal("calendar", calendar.Id);
    }

    [Fact]
    public void Deserialize_UnknownZone_NamesTheZoneAndThePath()
    {
        var error = Invalid("""{ "zone": "Europe/Berln", "week": { "Monday": [["09:00", "18:00"]] } }""");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("zone", problem.Path);
        Assert.Contains("'Europe/Berln'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("zone: 'Europe/Berln'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingZone_IsAProblem()
    {
        var problem = Assert.Single(Invalid("""{ "id": "x", "week": {} }""").Problems);
        Assert.Equal("zone", problem.Path);
        Assert.Contains("missing", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("9am")]
    [InlineData("09:60")]
    [InlineData("")]
    public void Deserialize_BadTime_NamesTheValueAndItsPath(string bad)
    {
        var error = Invalid($$"""{ "zone": "Etc/UTC", "week": { "Tuesday": [["08:00", "09:00"], ["{{bad}}", "18:00"]] } }""");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("week.Tuesday[1][0]", problem.Path);
        Assert.Contains($"'{bad}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("HH:mm", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_2400AsStart_IsRefused()
    {
        var problem = Assert.Single(Invalid("""{ "zone": "Etc/UTC", "week": { "Monday": [["24:00", "06:00"]] } }""").Problems);
        Assert.Equal("week.Monday[0][0]", problem.Path);
        Assert.Contains("24:00", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OverlappingWindows_NameBothWindows()
    {
        var problem = Assert.Single(Invalid("""{ "zone": "Etc/UTC", "week": { "Monday": [["09:00", "13:00"], ["12:00", "18:00"]] } }""").Problems);
        Assert.Equal("week.Monday[1]", problem.Path);
        Assert.Contains("[\"12:00\", \"18:00\"] overlaps [\"09:00\", \"13:00\"] at week.Monday[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OvernightWindowSpillingIntoNextDaysFirstWindow_IsRefused()
    {
        var problem = Assert.Single(Invalid("""{ "zone": "Etc/UTC", "week": { "Friday": [["22:00", "06:00"]], "Saturday": [["05:00", "12:00"]] } }""").Problems);
        Assert.Equal("week.Friday[0]", problem.Path);
        Assert.Contains("runs overnight into Saturday", problem.Message, StringComparison.Ordinal);
        Assert.Contains("week.Saturday[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ExceptionDayOverlappingThePreviousNightsWindow_IsRefused()
    {
        var problem = Assert.Single(Invalid("""
            { "zone": "Etc/UTC", "week": { "Friday": [["22:00", "06:00"]] },
              "exceptions": [ { "date": "2026-01-03", "hours": [["05:00", "09:00"]] } ] }
            """).Problems);
        Assert.Equal("week.Friday[0]", problem.Path);
        Assert.Contains("exceptions[0].hours[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateDates_AreRefused()
    {
        var error = Invalid("""
            { "zone": "Etc/UTC",
              "holidays": ["2026-10-01", "2026-10-02", "2026-10-01"],
              "exceptions": [ { "date": "2026-12-31", "hours": [] }, { "date": "2026-12-31", "hours": [["09:00", "12:00"]] } ] }
            """);

        Assert.Equal(["holidays[2]", "exceptions[1]"], error.Problems.Select(p => p.Path));
        Assert.Contains("2026-10-01 is already listed at holidays[0]", error.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("2026-12-31 already has an exception at exceptions[0]", error.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ManyProblems_AreAllListedOnceWithTheirOwnJsonIndices()
    {
        var error = Invalid("""
            { "zone": "Europe/Berln",
              "week": { "Monday": [["9am", "12:00"], ["10:00", "11:00"], ["10:30", "12:00"]], "Funday": [] },
              "holidays": ["2026-13-01"],
              "colour": "blue" }
            """);

        Assert.Equal(
            ["week.Monday[0][0]", "week.Funday", "holidays[0]", "colour", "zone", "week.Monday[2]"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal).Reverse().OrderBy(p => Rank(p)).ToArray());
        var overlap = error.Problems.Single(p => p.Path == "week.Monday[2]");
        Assert.Contains("at week.Monday[1]", overlap.Message, StringComparison.Ordinal);
        Assert.Contains("6 problems", error.Message, StringComparison.Ordinal);

        static int Rank(string path) => path switch
        {
            "week.Monday[0][0]" => 0,
            "week.Funday" => 1,
            "holidays[0]" => 2,
            "colour" => 3,
            "zone" => 4,
            _ => 5,
        };
    }

    [Fact]
    public void Deserialize_HundredThousandBadHolidays_CountsThemAll_ListsTheFirstHundred()
    {
        string holidays = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? "\"not a date\"" : "17"));

        var error = Invalid("{ \"zone\": \"Etc/UTC\", \"holidays\": [" + holidays + "] }");

        Assert.Equal(100_000, error.ProblemCount);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"holidays[{i}]"), error.Problems.Select(p => p.Path));
        Assert.Equal("expected a date string such as \"2026-10-01\" but found integer 17", error.Problems[1].Message);
        Assert.Contains("(100000 problems; the first 100 are listed)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RuleProblemsAfterSkippedEntries_NameTheDocumentsIndices()
    {
        // Unreadable entries are skipped before the rules run, so the rules see other positions than the document has.
        var error = Invalid("""
            { "zone": "Etc/UTC",
              "week": { "Sunday": [17, ["22:00", "06:00"]], "Monday": ["x", ["05:00", "09:00"], ["08:00", "10:00"]] },
              "holidays": ["bad", "2026-10-01", "2026-10-01", "9999-12-31"],
              "exceptions": [{ "hours": [] }, { "date": "2026-03-02", "hours": [1, ["04:00", "05:30"], ["05:00", "07:00"]] }] }
            """);

        var rules = error.Problems.Where(p => p.Message.Contains("overlap", StringComparison.Ordinal) || p.Message.Contains("listed", StringComparison.Ordinal) || p.Message.Contains("outside", StringComparison.Ordinal));
        Assert.Equal(
            [
                "week.Monday[2]: [\"08:00\", \"10:00\"] overlaps [\"05:00\", \"09:00\"] at week.Monday[1] on Monday; the windows of one date must not overlap, including a window running overnight from the date before.",
                "week.Sunday[1]: [\"22:00\", \"06:00\"] on Sunday runs overnight into Monday and overlaps [\"05:00\", \"09:00\"] at week.Monday[1]; the windows of one date must not overlap, including a window running overnight from the date before.",
                "holidays[2]: 2026-10-01 is already listed at holidays[1]; each date may appear once.",
                "holidays[3]: 9999-12-31 is outside the dates business calendars support, 1700-01-01 to 2249-12-31.",
                "exceptions[1].hours[2]: [\"05:00\", \"07:00\"] overlaps [\"04:00\", \"05:30\"] at exceptions[1].hours[1] on 2026-03-02; the windows of one date must not overlap, including a window running overnight from the date before.",
                "week.Sunday[1]: [\"22:00\", \"06:00\"] on 2026-03-01 runs overnight into 2026-03-02 and overlaps [\"04:00\", \"05:30\"] at exceptions[1].hours[1]; the windows of one date must not overlap, including a window running overnight from the date before.",
            ],
            rules.Select(p => p.ToString()));
        Assert.Equal(error.Problems.Count, error.ProblemCount);
    }

    [Fact]
    public void Deserialize_LongValues_AreQuotedAsExcerpts()
    {
        string time = new('9', 1_000_000);

        var error = Invalid("{ \"zone\": \"Etc/UTC\", \"week\": { \"Monday\": [[\"" + time + "\", \"18:00\"]] } }");

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("'" + new string('9', 64) + "… (1000000 characters)' is not a valid time", problem.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1_000, $"the message has {error.Message.Length} characters");
    }

    [Fact]
    public void Deserialize_TypeMetadata_IsRefusedNotFollowed()
    {
        var error = Invalid("""{ "$type": "System.IO.FileInfo, System.IO", "zone": "Etc/UTC" }""");
        Assert.Equal("$type", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Deserialize_DeepNesting_IsRefusedByTheDepthBound()
    {
        string deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        string json = "{ \"zone\": \"Etc/UTC\", \"holidays\": " + deep + " }";

        Assert.ThrowsAny<JsonException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));
    }

    [Fact]
    public void Deserialize_NullDocument_IsRefused() =>
        Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<BusinessCalendar>("null"));

    [Fact]
    public void Deserialize_WithHostZoneProvider_UsesIt()
    {
        var provider = new NodaTime.Testing.TimeZones.FakeDateTimeZoneSource.Builder { DateTimeZone.ForOffset(Offset.FromHours(3)) };
        var zoneProvider = new NodaTime.TimeZones.DateTimeZoneCache(provider.Build());
        string id = DateTimeZone.ForOffset(Offset.FromHours(3)).Id;

        var calendar = ItsmJson.Deserialize<BusinessCalendar>("{ \"zone\": \"" + id + "\" }", zoneProvider);

        Assert.Same(zoneProvider[id], calendar.Zone);
        Assert.Throws<InvalidCalendarException>(() => ItsmJson.Deserialize<BusinessCalendar>("""{ "zone": "Europe/Berlin" }""", zoneProvider));
    }
    [Fact]
    public void Deserialize_PropertyGivenTwice_IsRefusedNotOverwritten()
    {
        var error = Assert.Throws<JsonReaderException>(
            () => ItsmJson.Deserialize<BusinessCalendar>("""{ "zone": "Europe/Berln", "zone": "Etc/UTC" }"""));
        Assert.Contains("'zone'", error.Message, StringComparison.Ordinal);
    }
}
