using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Tests.Shared;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

/// <summary>The definition rules at scale: every problem counted, the first ones listed, dates kept in the supported range.</summary>
public class CalendarValidatorTests
{
    [Fact]
    public void HundredThousandIdenticalWindows_AreCountedOnceEach_AndTheFirstHundredListed()
    {
        var builder = BusinessCalendar.Builder("crowded", DateTimeZone.Utc);
        for (int i = 0; i < 100_000; i++)
        {
            builder.AddWindow(IsoDayOfWeek.Monday, Time("09:00"), Time("18:00"));
        }

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        // Each window after the first overlaps the first: one problem per window, not one per pair (5 billion).
        Assert.Equal(99_999, error.ProblemCount);
        Assert.Equal(InvalidCalendarException.MaxListedProblems, error.Problems.Count);
        Assert.Equal("week.Monday[1]", error.Problems[0].Path);
        Assert.Equal("week.Monday[100]", error.Problems[^1].Path);
        Assert.All(error.Problems, p => Assert.Contains("overlaps [\"09:00\", \"18:00\"] at week.Monday[0] on Monday", p.Message, StringComparison.Ordinal));
        Assert.StartsWith("Calendar 'crowded' is not valid (99999 problems; the first 100 are listed):", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 30_000, $"the message has {error.Message.Length} characters");
        Assert.Equal(error.Problems, builder.Validate());
    }

    [Fact]
    public void MillionHolidays_RepeatingOneYear_AreCountedAsRepeats()
    {
        var builder = BusinessCalendar.Builder("holidays", DateTimeZone.Utc).AddWindow(Time("09:00"), Time("18:00"), MondayToFriday);
        var first = Date("2026-01-01");
        for (int i = 0; i < 1_000_000; i++)
        {
            builder.AddHoliday(first.PlusDays(i % 365));
        }

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        Assert.Equal(1_000_000 - 365, error.ProblemCount);
        Assert.Equal(100, error.Problems.Count);
        Assert.Equal(new CalendarProblem("holidays[365]", "2026-01-01 is already listed at holidays[0]; each date may appear once."), error.Problems[0]);
    }

    [Fact]
    public void ManyOvernightWindows_AgainstManyExceptions_CountEachSpillOncePerDate()
    {
        // Sunday's ten overnight windows overlap each other (nine problems) and spill past 05:00 into every Monday.
        var builder = BusinessCalendar.Builder("spills", DateTimeZone.Utc);
        for (int i = 0; i < 10; i++)
        {
            builder.AddWindow(IsoDayOfWeek.Sunday, Time("22:00"), Time("06:00"));
        }

        var monday = Date("2026-01-05");
        for (int week = 0; week < 1_000; week++)
        {
            builder.AddExceptionDay(monday.PlusWeeks(week), Window("05:00", "07:00"));
        }

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        // Nine overlaps on Sundays; each of the thousand Monday exceptions is overlapped by the ten spills.
        Assert.Equal(9 + (1_000 * 10), error.ProblemCount);
        Assert.Contains(
            new CalendarProblem(
                "week.Sunday[0]",
                "[\"22:00\", \"06:00\"] on 2026-01-04 runs overnight into 2026-01-05 and overlaps [\"05:00\", \"07:00\"] at exceptions[0].hours[0]; the windows of one date must not overlap, including a window running overnight from the date before."),
            error.Problems);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2250-01-01")]
    [InlineData("1699-12-31")]
    [InlineData("-0001-06-01")]
    public void ExceptionAndHolidayDates_OutsideTheSupportedDates_AreProblems(string text)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
        // The neighbours of 9999-12-31 are not dates NodaTime can reach: the range is checked before them.
        var problems = Weekly("Etc/UTC", "22:00", "06:00", EveryDay)
            .AddExceptionDay(date, Window("05:00", "09:00"))
            .AddHoliday(date)
            .Validate();

        string rule = " is outside the dates business calendars support, 1700-01-01 to 2249-12-31.";
        Assert.Equal([new CalendarProblem("holidays[0]", text + rule), new CalendarProblem("exceptions[0]", text + rule)], problems);
    }

    [Fact]
    public void SupportedDates_AtTheEdges_AreAccepted()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "18:00", MondayToFriday)
            .AddExceptionDay(BusinessCalendar.MinSupportedDate, Window("22:00", "06:00"))
            .AddExceptionDay(BusinessCalendar.MaxSupportedDate, Window("22:00", "06:00"))
            .AddHoliday(BusinessCalendar.MaxSupportedDate.PlusDays(-1))
            .Build();

        Assert.Equal(2, calendar.ExceptionDays.Count);
        Assert.Equal(new LocalDate(1700, 1, 1), BusinessCalendar.MinSupportedDate);
        Assert.Equal(new LocalDate(2249, 12, 31), BusinessCalendar.MaxSupportedDate);
    }

    [Fact]
    public void HolidaySet_WithADateOutsideTheSupportedDates_IsRefusedWhenMade()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new HolidaySet("far", [Date("2026-10-01"), new LocalDate(9999, 12, 31)]));

        Assert.Equal("dates", error.ParamName);
        Assert.Contains("Holiday set 'far': 9999-12-31 is outside the dates business calendars support, 1700-01-01 to 2249-12-31.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongZoneAndId_AreQuotedAsExcerpts()
    {
        string id = new('c', 1_000_000);
        string zone = new('z', 1_000_000);

        var error = Assert.Throws<InvalidCalendarException>(BusinessCalendar.Builder(id, zone).Build);

        Assert.Same(id, error.CalendarId);
        Assert.Contains("'" + new string('z', 64) + "… (1000000 characters)' is not a time zone id", error.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Calendar '" + new string('c', 64) + "… (1000000 characters)' is not valid (1 problem):", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1_000, $"the message has {error.Message.Length} characters");
    }

    [Fact]
    public void Exception_GivenMoreProblemsThanItLists_KeepsTheFirstAndTheCount()
    {
        var problems = Enumerable.Range(0, 250).Select(i => new CalendarProblem($"holidays[{i}]", "a rule")).ToList();

        var error = new InvalidCalendarException("x", problems);

        Assert.Equal(250, error.ProblemCount);
        Assert.Equal(problems.Take(100), error.Problems);
        Assert.Equal(101, error.Message.Split(Environment.NewLine).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvalidCalendarException("x", problems, 249));
        Assert.Throws<ArgumentException>(() => new InvalidCalendarException("x", [], 0));
    }
}

/// <summary>
/// The near-linear checks decide exactly what the pairwise definition decides: a weekly pattern is refused when, and
/// only when, two windows of one date overlap or one runs overnight into a window of the next date; and every listed
/// problem names a window that takes part in such an overlap.
/// </summary>
[ScaledProperties(Cases = 2_000)]
public class CalendarValidatorProperties
{
    [Property]
    public Property Refusal_AgreesWithThePairwiseDefinition()
    {
        // Hour-grained windows on three days make overlaps, touching windows and overnight spills all common.
        var window = from start in Gen.Choose(0, 23)
                     from length in Gen.Choose(1, 24)
                     select (Start: start, Length: length);
        var day = Gen.ListOf(window).Select(l => l.Take(4).ToList());
        var week = Gen.ListOf(day).Select(l => l.Take(3).ToArray()).ToArbitrary();

        return Prop.ForAll(week, days =>
        {
            var builder = BusinessCalendar.Builder("random", DateTimeZone.Utc);
            for (int d = 0; d < days.Length; d++)
            {
                foreach (var (start, length) in days[d])
                {
                    builder.AddWindow((IsoDayOfWeek)(d + 1), new WorkingWindow(new LocalTime(start, 0), new LocalTime((start + length) % 24, 0)));
                }
            }

            var culprits = PairwiseCulprits(days);
            var problems = builder.Validate();
            bool listedAreCulprits = problems.All(p => culprits.Contains(p.Path));
            return ((problems.Count > 0) == (culprits.Count > 0) && listedAreCulprits)
                .Classify(culprits.Count > 0, "refused")
                .Classify(culprits.Count == 0, "accepted");
        });
    }

    /// <summary>The pairwise definition: the paths of every window that overlaps another on its date or the next.</summary>
    private static HashSet<string> PairwiseCulprits(List<(int Start, int Length)>[] days)
    {
        var culprits = new HashSet<string>();
        for (int d = 0; d < 7; d++)
        {
            var today = d < days.Length ? days[d] : [];
            var tomorrow = d + 1 < days.Length ? days[d + 1] : d == 6 && days.Length > 0 ? days[0] : [];
            for (int i = 0; i < today.Count; i++)
            {
                for (int j = 0; j < today.Count; j++)
                {
                    if (i != j && today[i].Start < today[j].Start + today[j].Length && today[j].Start < today[i].Start + today[i].Length)
                    {
                        culprits.Add(Path(d, i));
                    }
                }

                for (int j = 0; j < tomorrow.Count; j++)
                {
                    if (today[i].Start + today[i].Length - 24 > tomorrow[j].Start)
                    {
                        culprits.Add(Path(d, i));
                        culprits.Add(Path((d + 1) % 7, j));
                    }
                }
            }
        }

        return culprits;
    }

    private static string Path(int day, int index) => $"week.{(IsoDayOfWeek)(day + 1)}[{index}]";
}

/// <summary>The validator's edges one by one: which neighbour a date has, which spills are counted, how windows are quoted.</summary>
public class CalendarValidatorEdgeTests
{
    private static readonly LocalDate Sunday = new(2026, 1, 4);

    [Fact]
    public void AnExceptionsNeighbour_ThatIsAHolidayOfASet_HasNoWindows()
    {
        // Monday's 05:00-09:00 is removed on 2026-01-05 by the set, so the Sunday exception's night may run into it.
        static BusinessCalendarBuilder Define(params LocalDate[] holidays) => BusinessCalendar.Builder("set", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, Time("05:00"), Time("09:00"))
            .AddHolidays(new HolidaySet("closures", holidays))
            .AddExceptionDay(Sunday, Window("22:00", "06:00"));

        Assert.Empty(Define(Sunday.PlusDays(1)).Validate());
        Assert.Equal(["exceptions[0].hours[0]"], Define(Sunday.PlusDays(8)).Validate().Select(p => p.Path));
    }

    [Fact]
    public void AnExceptionsOwnWindows_MustNotOverlap()
    {
        var problem = Assert.Single(BusinessCalendar.Builder("x", DateTimeZone.Utc)
            .AddExceptionDay(Sunday, Window("00:00", "24:00"), Window("00:00", "24:00"))
            .Validate());

        Assert.Equal(
            new CalendarProblem(
                "exceptions[0].hours[1]",
                "[\"00:00\", \"24:00\"] overlaps [\"00:00\", \"24:00\"] at exceptions[0].hours[0] on 2026-01-04; the windows of one date must not overlap, including a window running overnight from the date before."),
            problem);
    }

    [Fact]
    public void OnlyTheSpillsReachingTheNextDatesFirstWindow_AreCounted()
    {
        // Sunday's windows overlap each other at midnight (one problem); only the second runs past Monday's 05:00.
        var problems = BusinessCalendar.Builder("x", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Sunday, Time("22:00"), Time("01:00"))
            .AddWindow(IsoDayOfWeek.Sunday, Time("23:00"), Time("07:00"))
            .AddWindow(IsoDayOfWeek.Sunday, Time("21:00"), Time("04:00"))
            .AddWindow(IsoDayOfWeek.Monday, Time("05:00"), Time("09:00"))
            .Validate();

        // Monday comes first in the week: its spill check (Sunday into Monday), then Sunday's own overlaps.
        Assert.Equal(["week.Sunday[1]", "week.Sunday[0]", "week.Sunday[1]"], problems.Select(p => p.Path));
        Assert.Contains("[\"23:00\", \"07:00\"] on Sunday runs overnight into Monday", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHolidayOutsideTheSupportedDates_IsReportedOnce_EvenWhenRepeated()
    {
        var far = new LocalDate(2300, 1, 1);

        var problems = BusinessCalendar.Builder("x", DateTimeZone.Utc).AddHoliday(far).AddHoliday(far).Validate();

        Assert.Equal(["holidays[0]", "holidays[1]"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("outside the dates business calendars support", p.Message, StringComparison.Ordinal));
    }
}
