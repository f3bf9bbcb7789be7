using System;
using Itsm.Calendars;
using Newtonsoft.Json;

namespace Itsm.Json.Tests;

/// <summary>The documents Newtonsoft.Json alone accepts and strict JSON does not: each is refused with where and what.</summary>
public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("""{ "zone": "Etc/UTC" /* the zone */ }""", "zone", "comment")]
    [InlineData("""{ "zone": "Etc/UTC" } // trailing""", "", "after the document's value")]
    [InlineData("""{ "zone": 'Etc/UTC' }""", "zone", "single-quoted")]
    [InlineData("""{ 'zone': "Etc/UTC" }""", "", "single-quoted")]
    [InlineData("""{ zone: "Etc/UTC" }""", "", "without quotes")]
    [InlineData("""{ "zone": "Etc/UTC", }""", "zone", "trailing comma")]
    [InlineData("""{ "zone": "Etc/UTC", "holidays": ["2026-10-01",] }""", "holidays[0]", "trailing comma")]
    [InlineData("""{ "zone": "Etc/UTC" } { }""", "", "after the document's value")]
    [InlineData("""{ "zone": "Etc/UTC" } x""", "", "after the document's value")]
    [InlineData("""{ "zone": "Etc/UTC", "week": { "Monday": [["09:00", "18:00"]], "Monday": [] } }""", "week.Monday", "twice")]
    [InlineData("""{ "zone": "Etc/UTC", "holidays": [NaN] }""", "holidays", "NaN")]
    [InlineData("""{ "zone": "Etc/UTC", "holidays": [-Infinity] }""", "holidays", "NaN")]
    [InlineData("""{ "zone": undefined }""", "zone", "NaN")]
    public void Deserialize_LenientSyntax_IsRefusedWithThePath(string json, string path, string what)
    {
        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains("Path '" + path + "'", error.Message, StringComparison.Ordinal);
        Assert.True(error.LineNumber >= 1 && error.LinePosition >= 1, $"line {error.LineNumber}, position {error.LinePosition}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Deserialize_EmptyDocument_SaysSo(string json)
    {
        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));

        Assert.StartsWith("The document is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ErrorOnALaterLine_GivesThatLineAndPosition()
    {
        string json = "{\n  \"zone\": \"Etc/UTC\",\n  \"holidays\": [\n    \"2026-10-01\",\n  ]\n}";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));

        Assert.Equal(5, error.LineNumber);
        Assert.Equal(3, error.LinePosition);
        Assert.Equal("holidays[0]", error.Path);
    }

    [Fact]
    public void Deserialize_DuplicateNameInANestedArrayObject_GivesItsPosition()
    {
        string json = "{ \"zone\": \"Etc/UTC\",\n \"x\": [ {}, { \"a\": 1, \"a\": 2 } ] }";

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>(json));

        Assert.Equal("x[1].a", error.Path);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(23, error.LinePosition);
    }

    [Fact]
    public void Deserialize_SameNameInSiblingObjects_IsNotADuplicate()
    {
        string json = """{ "zone": "Etc/UTC", "week": { "Monday": [["09:00", "12:00"], ["13:00", "18:00"]], "Tuesday": [["09:00", "18:00"]] } }""";

        var calendar = ItsmJson.Deserialize<BusinessCalendar>(json);

        Assert.Equal("Etc/UTC", calendar.Zone.Id);
    }

    [Fact]
    public void Deserialize_NamesThatNeedBrackets_AreWrittenAsNewtonsoftWritesThem()
    {
        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<BusinessCalendar>("""{ "a b": { "c": 1, } }"""));

        Assert.Equal("['a b'].c", error.Path);
    }

    [Fact]
    public void Deserialize_StrictDocumentWithEscapesAndUnicode_IsRead()
    {
        string json = "{ \"zone\": \"Etc\\/UTC\", \"name\": \"\u4e0a\u6d77 \\u00e9\" }";

        var error = Record.Exception(() => ItsmJson.Deserialize<BusinessCalendar>(json));

        Assert.False(error is JsonReaderException, error?.Message);
    }
}
