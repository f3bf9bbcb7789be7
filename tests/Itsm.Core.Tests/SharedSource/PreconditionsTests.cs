using System;
using NodaTime;

namespace Itsm.Core.Tests.SharedSource;

/// <summary>The argument checks every package's public surface uses (the shared source in src/Shared).</summary>
public class PreconditionsTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("abc", true)]
    [InlineData("abcd", true)]
    [InlineData("abcde", false)]
    public void IsText_IsGivenNotBlankAndShortEnough(string? value, bool expected) =>
        Assert.Equal(expected, Preconditions.IsText(value, 4));

    [Fact]
    public void CheckText_WithALimit_NamesWhatAndTheLimit()
    {
        Preconditions.CheckText("four", 4, "title", "A title");

        var tooLong = Assert.Throws<ArgumentException>(() => Preconditions.CheckText("fives", 4, "title", "A title"));
        Assert.Equal("title", tooLong.ParamName);
        Assert.StartsWith("A title: not blank, at most 4 characters.", tooLong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Preconditions.CheckText(" ", 4, "title", "A title"));
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckText(null, 4, "title", "A title")).ParamName);
    }

    [Fact]
    public void CheckText_WithoutALimit_RefusesNullAndBlank()
    {
        Preconditions.CheckText("x", "name", "Name it.");

        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckText(null, "name", "Name it.")).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => Preconditions.CheckText(" \t", "name", "Name it."));
        Assert.StartsWith("Name it.", blank.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Preconditions.CheckText(string.Empty, "name", "Name it."));
    }

    [Fact]
    public void CheckNotNegative_ReturnsZeroOrMore_AndNamesANegative()
    {
        int days = -3;

        Assert.Equal(0, Preconditions.CheckNotNegative(0));
        Assert.Equal(5, Preconditions.CheckNotNegative(5));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckNotNegative(days));
        Assert.Equal("days", error.ParamName);
        Assert.StartsWith("days is -3; it counts days and is zero or more.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(9, true)]
    [InlineData(0, false)]
    [InlineData(10, false)]
    public void CheckArgumentRange_IncludesBothEnds(int value, bool accepted)
    {
        var error = Record.Exception(() => Preconditions.CheckArgumentRange("level", value, 1, 9));

        if (accepted)
        {
            Assert.Null(error);
        }
        else
        {
            var outOfRange = Assert.IsType<ArgumentOutOfRangeException>(error);
            Assert.Equal("level", outOfRange.ParamName);
            Assert.Equal(value, outOfRange.ActualValue);
            Assert.StartsWith($"level is {value}; it lies from 1 to 9.", outOfRange.Message, StringComparison.Ordinal);
        }
    }
}

/// <summary>The span of time every package works in.</summary>
public class SupportedTimeTests
{
    [Theory]
    [InlineData(1699, 12, 31, false)]
    [InlineData(1700, 1, 1, true)]
    [InlineData(2000, 6, 15, true)]
    [InlineData(2249, 12, 31, true)]
    [InlineData(2250, 1, 1, false)]
    public void Dates_FromTheFirstDayOf1700_ToTheLastOf2249(int year, int month, int day, bool contained)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(contained, SupportedTime.Contains(date));
        if (contained)
        {
            Assert.Equal(date, SupportedTime.Check(date, "date", "The date"));
        }
        else
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => SupportedTime.Check(date, "date", "The date"));
            Assert.Equal("date", error.ParamName);
            Assert.StartsWith($"The date {year:D4}-{month:D2}-{day:D2} is outside the supported range: {SupportedTime.DateRule}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Instants_FromTheStartOf1700(long nanosecondsAfterStart, bool contained)
    {
        var at = SupportedTime.MinInstant.PlusNanoseconds(nanosecondsAfterStart);

        Assert.Equal(contained, SupportedTime.Contains(at));
        Assert.Equal(contained, RecordTime.Contains(at));
        if (contained)
        {
            Assert.Equal(at, SupportedTime.Check(at, "at", "The instant"));
        }
        else
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => SupportedTime.Check(at, "at", "The instant"));
            Assert.StartsWith($"The instant 1699-12-31T23:59:59.999999999Z is outside the supported range: {SupportedTime.InstantRule}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_SpellsAnInstantToTheNanosecond()
    {
        Assert.Equal("2250-01-01T00:00:00Z", SupportedTime.Text(SupportedTime.MaxInstant));
        Assert.Equal("2250-01-01T00:00:00.000000001Z", SupportedTime.Text(SupportedTime.MaxInstant.PlusNanoseconds(1)));
        Assert.Equal("2026-03-02T09:00:00.5Z", SupportedTime.Text(Instant.FromUtc(2026, 3, 2, 9, 0).PlusNanoseconds(500_000_000)));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Instants_ToTheStartOf2250(long nanosecondsAfterEnd, bool contained) =>
        Assert.Equal(contained, SupportedTime.Contains(SupportedTime.MaxInstant.PlusNanoseconds(nanosecondsAfterEnd)));
}
