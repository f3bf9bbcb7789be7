using System;
using System.Collections.Generic;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

public class BusinessCalendarRegistryTests
{
    private static readonly BusinessCalendar Office = BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("09:00"), "office");
    private static readonly BusinessCalendar Always = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc, "always");

    [Fact]
    public void Calendars_AreOrderedById_AndFoundById()
    {
        var registry = new BusinessCalendarRegistry([Office, Always]);

        Assert.Equal([Always, Office], registry.Calendars);
        Assert.Same(Office, registry.Get("office"));
        Assert.True(registry.TryGet("always", out var found));
        Assert.Same(Always, found);
        Assert.False(registry.TryGet("Office", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Get_UnknownId_ListsTheIdsItHas()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new BusinessCalendarRegistry([Office, Always]).Get("nights"));

        Assert.Equal("No calendar with the id 'nights' is registered; the registry has 'always', 'office'.", error.Message);
        Assert.Equal("No calendar with the id 'x' is registered; the registry has none.", Assert.Throws<KeyNotFoundException>(() => new BusinessCalendarRegistry([]).Get("x")).Message);
    }

    [Fact]
    public void TwoDifferentCalendarsWithOneId_AreRefused_AnEqualOneTwiceIsNot()
    {
        var other = BusinessCalendars.SevenByNine(DateTimeZone.Utc, Time("09:00"), "office");

        var error = Assert.Throws<ArgumentException>(() => new BusinessCalendarRegistry([Office, other]));

        Assert.Equal("calendars", error.ParamName);
        Assert.StartsWith("Two different calendars have the id 'office'; ids in a registry are unique.", error.Message, StringComparison.Ordinal);
        Assert.Single(new BusinessCalendarRegistry([Office, BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("09:00"), "office")]).Calendars);
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Equal("calendars", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarRegistry(null!)).ParamName);
        Assert.Equal("calendars", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarRegistry([Office, null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new BusinessCalendarRegistry([]).TryGet(null!, out _));
    }
}
