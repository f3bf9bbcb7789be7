using System;
using System.Linq;
using Itsm.Calendars;
using Newtonsoft.Json;

namespace Itsm.Json.Tests;

/// <summary>The limits a document must keep to be read: each is refused with the limit's name and where it was passed,
/// and the limits themselves are checked when set.</summary>
public sealed class ReadLimitsTests
{
    private static readonly ItsmJsonOptions Small = new()
    {
        Limits = new JsonReadLimits { MaxDocumentLength = 2_000, MaxDepth = 4, MaxStringLength = 40, MaxArrayLength = 3 },
    };

    [Fact]
    public void The_defaults_are_documented_values()
    {
        var limits = JsonReadLimits.Default;
        Assert.Equal((16 * 1024 * 1024, 32, 1024 * 1024, 100_000), (limits.MaxDocumentLength, limits.MaxDepth, limits.MaxStringLength, limits.MaxArrayLength));
        Assert.Same(JsonReadLimits.Default, new ItsmJsonOptions().Limits);
    }

    [Fact]
    public void A_document_longer_than_the_limit_is_refused_before_it_is_read()
    {
        string json = "{ \"zone\": \"Etc/UTC\", \"holidays\": [] " + new string(' ', 2_000) + "}";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json, Small));

        Assert.Contains($"{json.Length} characters, more than the 2000", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused_at_its_path()
    {
        string json = "{ \"zone\": \"Etc/UTC\", \"holidays\": [\"" + new string('x', 41) + "\"] }";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json, Small));

        Assert.Equal("holidays[0]", error.Path);
        Assert.Contains("a string of 41 bytes, more than the 40", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_name_longer_than_the_limit_is_refused_too()
    {
        string json = "{ \"zone\": \"Etc/UTC\", \"" + new string('n', 41) + "\": 1 }";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json, Small));

        Assert.Contains("MaxStringLength", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void An_array_with_more_items_than_the_limit_is_refused_at_the_first_item_over_it(int items, bool refused)
    {
        string holidays = string.Join(", ", Enumerable.Range(1, items).Select(d => $"\"2026-10-{d:D2}\""));
        string json = "{ \"id\": \"cn\", \"zone\": \"Etc/UTC\", \"week\": {}, \"holidays\": [" + holidays + "] }";

        var error = Record.Exception(() => ItsmJson.Deserialize<BusinessCalendar>(json, Small));

        if (refused)
        {
            var reader = Assert.IsType<JsonReaderException>(error);
            Assert.Equal("holidays[3]", reader.Path);
            Assert.Contains("more than the 3 items", reader.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.False(error is JsonReaderException, error?.Message);
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        const string json = """{ "zone": "Etc/UTC", "week": { "Monday": [["09:00", ["18:00"]]] } }""";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json, Small));

        Assert.Contains("deeper than 4 levels", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_below_one_is_refused_when_set_naming_it(int value)
    {
        Assert.Equal("MaxDocumentLength", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxDocumentLength = value }).ParamName);
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxDepth = value }).ParamName);
        Assert.Equal("MaxStringLength", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxStringLength = value }).ParamName);
        Assert.Equal("MaxArrayLength", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits { MaxArrayLength = value }).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ItsmJsonOptions { Limits = null! });
    }
}
