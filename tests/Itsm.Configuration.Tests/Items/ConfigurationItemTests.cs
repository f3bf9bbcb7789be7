using Itsm.Json.Configuration;
using Itsm.Testing;
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using NodaTime;
using static Itsm.Configuration.Tests.Items.ConfigurationItemFixtures;

namespace Itsm.Configuration.Tests.Items;

/// <summary>The configuration item's lifecycle, the change rule, retirement, versions and validation.</summary>
public class ConfigurationItemTests
{
    [Fact]
    public void AnItem_GoesFromPlannedToProduction_InOrder_AndEachStepIsAVersion()
    {
        var item = InProduction();

        Assert.Equal(ConfigurationItemState.Production, item.State);
        Assert.Equal([1, 2, 3, 4, 5], item.Versions.Select(v => v.Number));
        Assert.Equal(["Planned", "InStock", "InBuild", "Pilot", "Production"], item.Versions.Select(v => v.After.State.ToString()));
        var last = item.Versions[^1];
        Assert.Equal((At(9), "cfg-1", (Id<Kinds.Change>?)Chg1, true), (last.At, last.By, last.Change, last.RequiredChange));
        Assert.Equal([new ConfigurationDifference("status", "Pilot", "Production")], last.Differences);
        Assert.Contains(new ConfigurationDifference("attributes.cpus", null, "4"), item.Versions[0].Differences);
    }

    [Theory]
    [InlineData(ConfigurationItemState.InBuild)]
    [InlineData(ConfigurationItemState.Pilot)]
    [InlineData(ConfigurationItemState.Maintenance)]
    [InlineData(ConfigurationItemState.Disposed)]
    public void AStepThatSkipsTheLifecycle_IsRefused_AndChangesNothing(ConfigurationItemState to)
    {
        var item = Registered();
        Assert.Throws<InvalidTransitionException>(() => item.MoveTo(to, Manager, At(9), Chg1));
        Assert.Equal((ConfigurationItemState.Planned, 1L), (item.State, item.Version));
    }

    [Fact]
    public void EnteringProduction_WithoutAChange_IsRefusedAsNotAuthorised_AndNamesTheRule()
    {
        var item = Registered();
        item.MoveTo(ConfigurationItemState.InStock, Manager, At(8, 10));
        item.MoveTo(ConfigurationItemState.InBuild, Manager, At(8, 20));
        item.MoveTo(ConfigurationItemState.Pilot, Manager, At(8, 30));

        Assert.True(item.RequiresChange(ConfigurationItemTrigger.EnterProduction));
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => item.MoveTo(ConfigurationItemState.Production, Manager, At(9)));
        Assert.Contains(ConfigurationItem.ChangeRule, refused.Message, StringComparison.Ordinal);
        Assert.Contains(ConfigurationItem.ChangeRule, item.UnmetRules(ConfigurationItemTrigger.EnterProduction, Manager, At(9)));
        Assert.Empty(item.UnmetRules(ConfigurationItemTrigger.EnterProduction, Manager, At(9), Chg1));
        Assert.Equal(ConfigurationItemState.Pilot, item.State);
    }

    [Theory]
    [InlineData(ConfigurationItemState.Maintenance)]
    [InlineData(ConfigurationItemState.Repair)]
    public void LeavingProduction_AndComingBack_EachNeedAChange(ConfigurationItemState outage)
    {
        var item = InProduction();
        Assert.Throws<CommandNotAuthorizedException>(() => item.MoveTo(outage, Manager, At(10)));
        item.MoveTo(outage, Manager, At(10), Chg2, "disk");
        Assert.Throws<CommandNotAuthorizedException>(() => item.MoveTo(ConfigurationItemState.Production, Manager, At(11)));
        item.MoveTo(ConfigurationItemState.Production, Manager, At(11), Chg2);

        Assert.Equal([Chg1, Chg2], item.ChangesSince(0));
        Assert.Equal([Chg2], item.ChangesSince(5));
    }

    [Fact]
    public void AnUpdateInProduction_NeedsAChange_ButNotBeforeProduction()
    {
        var item = Registered();
        item.Update(Manager, At(8, 5), new ConfigurationItemUpdate(Owner: "res-2"));
        Assert.Null(item.Versions[^1].Change);
        Assert.False(item.Versions[^1].RequiredChange);

        var live = InProduction();
        var update = new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(8m) });
        Assert.Throws<CommandNotAuthorizedException>(() => live.Update(Manager, At(10), update));
        Assert.Equal(5L, live.Version);
        live.Update(Manager, At(10), update, Chg2);

        var version = live.Versions[^1];
        Assert.Equal((6, (Id<Kinds.Change>?)Chg2), (version.Number, version.Change));
        Assert.Equal([new ConfigurationDifference("attributes.cpus", "4", "8")], version.Differences);
        Assert.Equal(AttributeValue.Of(8m), live.Attributes["cpus"]);
    }

    [Fact]
    public void AnUpdate_ThatChangesNothing_OrRemovesAnAbsentAttribute_IsRefused()
    {
        var item = Registered();
        Assert.Equal("update", Assert.Throws<ArgumentException>(() => item.Update(Manager, At(9), new ConfigurationItemUpdate(Name: "Mail relay"))).ParamName);
        Assert.Contains("no attribute 'os'", Assert.Throws<ArgumentException>(() => item.Update(Manager, At(9), new ConfigurationItemUpdate(Remove: ["os"]))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => item.Update(Manager, At(9), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(2m) }, Remove: ["cpus"])));
        Assert.Throws<ArgumentException>(() => item.Update(Manager, At(9), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { [" bad"] = AttributeValue.Of(2m) })));
        Assert.Equal(1L, item.Version);
    }

    [Fact]
    public void AttributesAreTyped_AndAVersionShowsThemInvariantly()
    {
        var item = Registered();
        item.Update(Manager, At(9), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue>
        {
            ["patched"] = AttributeValue.Of(new LocalDate(2026, 3, 1)),
            ["virtual"] = AttributeValue.Of(true),
            ["os"] = AttributeValue.Of("Debian 12"),
        }));

        Assert.Equal(
            ["attributes.os: (none) -> Debian 12", "attributes.patched: (none) -> 2026-03-01", "attributes.virtual: (none) -> true"],
            item.Versions[^1].Differences.Select(d => d.ToString()));
        Assert.Equal(AttributeKind.Date, item.Attributes["patched"].Kind);
        Assert.NotEqual(AttributeValue.Of("true"), item.Attributes["virtual"]);
        Assert.Throws<ArgumentException>(() => AttributeValue.Of(new string('x', AttributeValue.MaxTextLength + 1)));
    }

    [Fact]
    public void Retiring_NeedsNoOpenIncident_AndEveryDependantAcknowledged()
    {
        var item = Registered();
        var facts = new RetirementFacts(0, [App1, App2]);
        var refused = Assert.Throws<InvalidTransitionException>(() => item.Retire(Manager, At(9), facts with { OpenIncidents = 1 }));
        Assert.Contains("no open incident", refused.Message, StringComparison.Ordinal);
        Assert.Contains("acknowledged", refused.Message, StringComparison.Ordinal);

        item.AcknowledgeRetirement(Owner, At(9), App1);
        Assert.Equal([App2], item.UnacknowledgedDependants(facts.Dependants));
        Assert.Throws<InvalidTransitionException>(() => item.Retire(Manager, At(9, 5), facts));
        Assert.Throws<ArgumentException>(() => item.AcknowledgeRetirement(Owner, At(9, 5), App1));
        item.AcknowledgeRetirement(Owner, At(9, 10), App2);
        item.Retire(Manager, At(9, 20), facts, note: "replaced by mx-02");

        Assert.Equal(ConfigurationItemState.Retired, item.State);
        Assert.Equal([App1, App2], item.RetirementAcknowledgements);
        Assert.Throws<InvalidTransitionException>(() => item.AcknowledgeRetirement(Owner, At(9, 30), new Id<Kinds.ConfigurationItem>("app-3")));
        Assert.Throws<InvalidTransitionException>(() => item.Update(Manager, At(9, 30), new ConfigurationItemUpdate(Owner: "res-2")));
        item.MoveTo(ConfigurationItemState.Disposed, Manager, At(10));
        Assert.Equal(ConfigurationItemState.Disposed, item.State);
    }

    [Fact]
    public void RetiringFromProduction_NeedsAChangeToo()
    {
        var item = InProduction();
        Assert.Throws<CommandNotAuthorizedException>(() => item.Retire(Manager, At(10), new RetirementFacts(0, [])));
        item.Retire(Manager, At(10), new RetirementFacts(0, []), Chg2);
        Assert.Equal(ConfigurationItemState.Retired, item.State);
        Assert.Throws<ArgumentException>(() => InProduction().MoveTo(ConfigurationItemState.Retired, Manager, At(10), Chg2));
    }

    [Fact]
    public void OnlyTheConfigurationManager_ChangesAnItem()
    {
        var item = Registered();
        Assert.Throws<CommandNotAuthorizedException>(() => item.MoveTo(ConfigurationItemState.InStock, Owner, At(9)));
        Assert.Throws<CommandNotAuthorizedException>(() => ConfigurationItem.Register(App1, "app", "App", "res-1", Criticality.Low, null, Nobody, At(8)));
    }

    [Fact]
    public void SnapshotAt_GivesTheItemAsItStood()
    {
        var item = InProduction();
        Assert.Null(item.SnapshotAt(At(7)));
        Assert.Equal(ConfigurationItemState.Planned, item.SnapshotAt(At(8, 5))!.State);
        Assert.Equal(ConfigurationItemState.Pilot, item.SnapshotAt(At(8, 59))!.State);
        Assert.Same(item.Current, item.SnapshotAt(At(12)));
    }

    [Theory]
    [InlineData("", "Mail relay", "res-1")]
    [InlineData("server", " ", "res-1")]
    [InlineData("server", "Mail relay", "")]
    public void RegistrationWithoutTypeNameOrOwner_IsRefused(string type, string name, string owner) =>
        Assert.Throws<ArgumentException>(() => ConfigurationItem.Register(Mx, type, name, owner, Criticality.Low, null, Manager, At(8)));

    [Fact]
    public void AnUndefinedCriticality_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfigurationItem.Register(Mx, "server", "Mail relay", "res-1", (Criticality)9, null, Manager, At(8)));

    [Fact]
    public void AnItem_RoundTripsThroughJson_AndRebuildsFromItsEvents()
    {
        var item = InProduction();
        item.Update(Manager, At(10), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["cost"] = AttributeValue.Of(1234567890123456789.12m) }), Chg2);
        var options = new ItsmJsonOptions { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] };

        var loaded = ItsmJson.Deserialize<ConfigurationItem>(ItsmJson.Serialize(item, ConfigurationItemScenario.JsonOptions), options);

        Assert.Equal(ItsmJson.Serialize(item, ConfigurationItemScenario.JsonOptions), ItsmJson.Serialize(loaded, ConfigurationItemScenario.JsonOptions));
        Assert.Equal(AttributeValue.Of(1234567890123456789.12m), loaded.Attributes["cost"]);
        Assert.Equal(item.Current, loaded.Current);
        Assert.Equal(item.Versions.Count, ConfigurationItem.FromEvents(item.Events).Versions.Count);
    }

    [Fact]
    public void AStoredHistoryThatReturnsToPlanned_OrDisagreesWithItsState_IsRefused()
    {
        var item = Registered();
        var events = item.Events.Append(new ConfigurationItemStatusChanged(At(9), Manager, ConfigurationItemState.Planned, null, null) { Version = 2 });
        Assert.Contains("a state a command leads to", Assert.Throws<InvalidHistoryException>(() => ConfigurationItem.FromEvents(events)).Message, StringComparison.Ordinal);

        string json = ItsmJson.Serialize(item, ConfigurationItemScenario.JsonOptions).Replace("\"state\": \"Planned\"", "\"state\": \"Production\"", StringComparison.Ordinal);
        var refused = Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<ConfigurationItem>(json, new ItsmJsonOptions { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] }));
        Assert.StartsWith("state:", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kind\": \"Number\", \"value\": \"1,000\"}", "value")]
    [InlineData("{\"kind\": \"Number\", \"value\": 5}", "value")]
    [InlineData("{\"kind\": \"Flag\", \"value\": \"yes\"}", "value")]
    [InlineData("{\"kind\": \"Date\", \"value\": \"2026-02-30\"}", "value")]
    [InlineData("{\"kind\": \"Colour\", \"value\": \"red\"}", "kind")]
    [InlineData("[]", "cpus")]
    public void AStoredAttributeOfTheWrongShape_IsRefusedWithItsPath(string attribute, string pathEnd)
    {
        var document = Newtonsoft.Json.Linq.JObject.Parse(ItsmJson.Serialize(Registered(), ConfigurationItemScenario.JsonOptions));
        document.SelectToken("events[0].attributes.cpus")!.Replace(Newtonsoft.Json.Linq.JToken.Parse(attribute));
        string json = document.ToString();

        var refused = Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<ConfigurationItem>(json, new ItsmJsonOptions { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] }));
        Assert.StartsWith("events[0].attributes.cpus", refused.Message, StringComparison.Ordinal);
        Assert.Contains(pathEnd + ":", refused.Message, StringComparison.Ordinal);
    }
}
