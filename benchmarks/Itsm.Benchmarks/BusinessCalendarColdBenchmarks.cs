using BenchmarkDotNet.Attributes;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// What the first query in a new year costs: a fresh calendar (no year tables yet) answers one <c>Add</c>, which
/// compiles one year's table. No target is set for it; recorded so the price of laziness is known.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarColdBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly Instant Start = new LocalDateTime(2026, 3, 2, 10, 0).InZoneStrictly(Berlin).ToInstant();
    private static readonly Duration FourHours = Duration.FromHours(4);

    [Benchmark]
    public Instant FirstQuery_BuildsOneYearTable() =>
        BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0)).Add(Start, FourHours);

    [Benchmark]
    public BusinessCalendar Build_WithoutQuery() => BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0));
}
