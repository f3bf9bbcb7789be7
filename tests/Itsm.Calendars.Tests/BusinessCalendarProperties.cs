using FsCheck.Xunit;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Calendars.Tests;

/// <summary>The laws of the calendar semantics, over random calendars and instants.</summary>
[ScaledProperties(Arbitrary = [typeof(CalendarArbitraries)], Cases = 2_000)]
public class BusinessCalendarProperties
{
    [Property]
    public void Queries_AgreeWithTheReference(CalendarCase c)
    {
        var calendar = c.Calendar;
        var reference = new ReferenceCalendar(calendar);
        var (a, b) = c.A <= c.B ? (c.A, c.B) : (c.B, c.A);

        Assert.Equal(reference.Between(a, b), calendar.BusinessTimeBetween(a, b));
        Assert.Equal(reference.IsOpen(a), calendar.IsOpen(a));

        var limit = a + CalendarArbitraries.ThreeYears;
        if (reference.NextOpening(a, limit) is { } opening)
        {
            Assert.Equal(opening, calendar.NextOpening(a));
        }

        var forward = Fraction(reference.Between(a, limit), c.Fraction);
        Assert.Equal(reference.Add(a, forward, limit), calendar.Add(a, forward));

        var backLimit = a - CalendarArbitraries.ThreeYears;
        var backward = Fraction(reference.Between(backLimit, a), c.Fraction);
        Assert.Equal(reference.Add(a, -backward, backLimit), calendar.Add(a, -backward));

        if (reference.AddBusinessDays(a, c.Days, limit) is { } later)
        {
            Assert.Equal(later, calendar.AddBusinessDays(a, c.Days));
        }
    }

    [Property]
    public void BusinessTimeBetween_OfAdd_IsTheAmount(CalendarCase c)
    {
        var d = Fraction(c.Calendar.BusinessTimeBetween(c.A, c.A + CalendarArbitraries.ThreeYears), c.Fraction);

        var t = c.Calendar.Add(c.A, d);

        Assert.True(t >= c.A);
        Assert.Equal(d, c.Calendar.BusinessTimeBetween(c.A, t));
    }

    [Property]
    public void Add_ThenSubtract_ComesBackToOpenStart_OrAfterClosedStart(CalendarCase c)
    {
        var calendar = c.Calendar;
        var d = Fraction(calendar.BusinessTimeBetween(c.A, c.A + CalendarArbitraries.ThreeYears), c.Fraction);
        if (d == Duration.Zero)
        {
            return;
        }

        var back = calendar.Add(calendar.Add(c.A, d), -d);

        Assert.True(back >= c.A);
        if (calendar.IsOpen(c.A))
        {
            Assert.Equal(c.A, back);
        }
        else
        {
            Assert.Equal(calendar.NextOpening(c.A), back);
        }
    }

    [Property]
    public void BusinessTimeBetween_IsAdditive_AndAntisymmetric(CalendarCase c)
    {
        var calendar = c.Calendar;

        Assert.Equal(calendar.BusinessTimeBetween(c.A, c.C), calendar.BusinessTimeBetween(c.A, c.B) + calendar.BusinessTimeBetween(c.B, c.C));
        Assert.Equal(-calendar.BusinessTimeBetween(c.B, c.A), calendar.BusinessTimeBetween(c.A, c.B));
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(c.A, c.A));
    }

    [Property]
    public void Add_IsMonotoneInTheAmount(CalendarCase c)
    {
        var calendar = c.Calendar;
        var total = calendar.BusinessTimeBetween(c.A, c.A + CalendarArbitraries.ThreeYears);
        var smaller = Fraction(total, c.Fraction * c.Fraction);
        var larger = Fraction(total, c.Fraction);

        Assert.True(calendar.Add(c.A, smaller) <= calendar.Add(c.A, larger));

        var totalBack = calendar.BusinessTimeBetween(c.A - CalendarArbitraries.ThreeYears, c.A);
        Assert.True(calendar.Add(c.A, -Fraction(totalBack, c.Fraction * c.Fraction)) >= calendar.Add(c.A, -Fraction(totalBack, c.Fraction)));
    }

    [Property]
    public void OpenIntervals_SumToBusinessTime_AndAgreeWithIsOpen(CalendarCase c)
    {
        var calendar = c.Calendar;
        var (a, b) = c.A <= c.B ? (c.A, c.B) : (c.B, c.A);
        var sum = Duration.Zero;
        Instant? previousEnd = null;
        foreach (var interval in calendar.OpenIntervals(new Interval(a, b)))
        {
            Assert.True(interval.Start < interval.End);
            Assert.True(previousEnd is null || previousEnd < interval.Start, "intervals are maximal: they neither overlap nor touch");
            Assert.True(calendar.IsOpen(interval.Start));
            Assert.True(interval.End == b || !calendar.IsOpen(interval.End));
            sum += interval.Duration;
            previousEnd = interval.End;
        }

        Assert.Equal(calendar.BusinessTimeBetween(a, b), sum);
    }

    [ScaledProperty(Cases = 2_000)]
    public void AroundTheClockInUtc_IsPlainInstantArithmetic(CalendarCase c)
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
        var d = Fraction(CalendarArbitraries.ThreeYears, c.Fraction);

        Assert.Equal(c.A + d, calendar.Add(c.A, d));
        Assert.Equal(c.A - d, calendar.Add(c.A, -d));
        Assert.Equal(c.B - c.A, calendar.BusinessTimeBetween(c.A, c.B));
        Assert.True(calendar.IsOpen(c.A));
        Assert.Equal(c.A, calendar.NextOpening(c.A));
    }

    /// <summary>A fraction of a duration, to the nanosecond.</summary>
    private static Duration Fraction(Duration total, double fraction) =>
        Duration.FromNanoseconds((long)(total.ToInt64Nanoseconds() * fraction));
}
