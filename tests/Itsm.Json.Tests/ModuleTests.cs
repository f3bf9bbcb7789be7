using System;
using System.Collections.Generic;
using System.Threading;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Json.Changes;
using Itsm.Json.Incidents;
using Itsm.Testing;
using Newtonsoft.Json;

namespace Itsm.Json.Tests;

/// <summary>The records of the other domain packages come through their modules: without one, writing and reading say
/// which package to add instead of writing the record's properties or failing to construct it.</summary>
public sealed class ModuleTests
{
    [Fact]
    public void Serialize_RecordWithoutItsModule_NamesThePackage()
    {
        var change = ChangeScenario.Template;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Serialize(change));

        Assert.Contains("ChangeTemplate", error.Message, StringComparison.Ordinal);
        Assert.Contains("Itsm.Json.Changes (ChangesJsonModule)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheModulesOtherTypes_AndTheTypesOfOtherPackages_AreLeftToNewtonsoft()
    {
        var options = new ItsmJsonOptions { Modules = [new ChangesJsonModule()] };
        var risk = new RiskAssessment(6, RiskLevel.Medium);
        var holidays = new HolidaySet("cn-national-day-2026", [new NodaTime.LocalDate(2026, 10, 1)]);

        Assert.Contains("\"Score\": 6", ItsmJson.Serialize(risk, options), StringComparison.Ordinal);
        Assert.Contains("Itsm.Json.Changes (ChangesJsonModule)", Assert.Throws<JsonSerializationException>(() => ItsmJson.Serialize(risk)).Message, StringComparison.Ordinal);
        Assert.Contains("\"Name\": \"cn-national-day-2026\"", ItsmJson.Serialize(holidays), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RecordWithoutItsModule_NamesThePackageBeforeReadingTheText()
    {
        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Change>("not even JSON", new ItsmJsonOptions()));

        Assert.Contains("Itsm.Json.Changes (ChangesJsonModule)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WithTheModule_WritesTheRecordAndReadsItBack()
    {
        var options = new ItsmJsonOptions { Modules = [new ChangesJsonModule { Changes = ChangeScenario.Settings }] };

        string json = ItsmJson.Serialize(ChangeScenario.Template, options);

        Assert.Equal(json, ItsmJson.Serialize(ItsmJson.Deserialize<ChangeTemplate>(json, options), options));
    }

    [Fact]
    public void Modules_NullOrTwiceOfOneType_AreRefusedWhenTheOptionsAreBuilt()
    {
        Assert.Throws<ArgumentNullException>(() => new ItsmJsonOptions { Modules = null! });
        Assert.Throws<ArgumentNullException>(() => new ItsmJsonOptions { Modules = [null!] });
        var twice = Assert.Throws<ArgumentException>(() => new ItsmJsonOptions { Modules = [new IncidentsJsonModule(), new IncidentsJsonModule()] });
        Assert.Contains("IncidentsJsonModule", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_AreCopiedWhenGiven()
    {
        IItsmJsonModule[] modules = [new ChangesJsonModule()];
        var options = new ItsmJsonOptions { Modules = modules };

        modules[0] = new IncidentsJsonModule();

        Assert.IsType<ChangesJsonModule>(Assert.Single(options.Modules));
    }

    [Fact]
    public void OneOptionsInstance_BuildsItsConvertersOnce()
    {
        var counting = new CountingModule();
        var options = new ItsmJsonOptions { Modules = [counting] };
        string json = ItsmJson.Serialize(BusinessCalendars.SevenByTwentyFour(NodaTime.DateTimeZone.Utc));

        ItsmJson.Deserialize<BusinessCalendar>(json, options);
        ItsmJson.Deserialize<BusinessCalendar>(json, options);
        ItsmJson.Serialize(ChangeScenario.Template.Id, options);
        Assert.Equal(1, counting.Calls);

        ItsmJson.Deserialize<BusinessCalendar>(json, options with { Calendars = new BusinessCalendarRegistry([]) });
        Assert.Equal(2, counting.Calls);
    }

    /// <summary>A module of a host's own that counts how often its converters are built.</summary>
    private sealed class CountingModule : IItsmJsonModule
    {
        private int _calls;

        public int Calls => _calls;

        public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
        {
            Interlocked.Increment(ref _calls);
            return [];
        }
    }
}
