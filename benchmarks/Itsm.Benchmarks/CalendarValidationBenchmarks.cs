using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Itsm.Calendars;
using Itsm.Json;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// What refusing a hostile calendar costs (target: under 1 s and a few MB for 100,000 windows or 1,000,000 holidays):
/// definitions whose every element is a problem, through the builder and through the JSON reader.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CalendarValidationBenchmarks
{
    private BusinessCalendarBuilder _windows = null!;
    private BusinessCalendarBuilder _holidays = null!;
    private string _sameWindowsJson = string.Empty;
    private string _badHolidaysJson = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _windows = BusinessCalendar.Builder("windows", DateTimeZone.Utc);
        for (int i = 0; i < 100_000; i++)
        {
            _windows.AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(18, 0));
        }

        _holidays = BusinessCalendar.Builder("holidays", DateTimeZone.Utc);
        var first = new LocalDate(2026, 1, 1);
        for (int i = 0; i < 1_000_000; i++)
        {
            _holidays.AddHoliday(first.PlusDays(i % 365));
        }

        // 100,000 identical Monday windows (1.8 MB) and 100,000 holidays that are not dates, within the default limits.
        _sameWindowsJson = "{ \"zone\": \"Etc/UTC\", \"week\": { \"Monday\": [" + string.Join(", ", Enumerable.Repeat("[\"09:00\", \"18:00\"]", 100_000)) + "] } }";
        _badHolidaysJson = "{ \"zone\": \"Etc/UTC\", \"holidays\": [" + string.Join(", ", Enumerable.Repeat("\"2026-13-01\"", 100_000)) + "] }";
    }

    /// <summary>100,000 identical Monday windows given to the builder: 99,999 overlaps.</summary>
    [Benchmark]
    public int BuilderHundredThousandWindows() => Refuse(() => _windows.Build());

    /// <summary>1,000,000 holidays given to the builder, one year repeated: 999,635 repeats.</summary>
    [Benchmark]
    public int BuilderMillionHolidays() => Refuse(() => _holidays.Build());

    /// <summary>The same 100,000 windows read from JSON.</summary>
    [Benchmark]
    public int JsonHundredThousandWindows() => Refuse(() => ItsmJson.Deserialize<BusinessCalendar>(_sameWindowsJson));

    /// <summary>100,000 holidays that are not dates, read from JSON.</summary>
    [Benchmark]
    public int JsonHundredThousandBadHolidays() => Refuse(() => ItsmJson.Deserialize<BusinessCalendar>(_badHolidaysJson));

    private static int Refuse(Func<BusinessCalendar?> build)
    {
        try
        {
            build();
        }
        catch (InvalidCalendarException refused)
        {
            return refused.ProblemCount;
        }

        throw new InvalidOperationException("the hostile calendar was built");
    }
}
