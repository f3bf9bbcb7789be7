using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration.Tests.Items;

/// <summary>The cast and instants of the configuration tests.</summary>
internal static class ConfigurationItemFixtures
{
    public static readonly Actor Manager = new("cfg-1", "Configuration Manager", [Roles.ConfigurationManager]);
    public static readonly Actor Owner = new("res-1", "Resolver", [Roles.Resolver]);
    public static readonly Actor Nobody = new("nobody", "Nobody");
    public static readonly Id<Kinds.ConfigurationItem> Mx = new("mx-01");
    public static readonly Id<Kinds.ConfigurationItem> App1 = new("app-1");
    public static readonly Id<Kinds.ConfigurationItem> App2 = new("app-2");
    public static readonly Id<Kinds.Change> Chg1 = new("CHG-1");
    public static readonly Id<Kinds.Change> Chg2 = new("CHG-2");

    public static Instant At(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);

    public static ConfigurationItem Registered() =>
        ConfigurationItem.Register(Mx, "server", "Mail relay", "res-1", Criticality.High, new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(4m) }, Manager, At(8));

    /// <summary>An item taken to production under CHG-1 at 09:00.</summary>
    public static ConfigurationItem InProduction()
    {
        var item = Registered();
        item.MoveTo(ConfigurationItemState.InStock, Manager, At(8, 10));
        item.MoveTo(ConfigurationItemState.InBuild, Manager, At(8, 20));
        item.MoveTo(ConfigurationItemState.Pilot, Manager, At(8, 30));
        item.MoveTo(ConfigurationItemState.Production, Manager, At(9), Chg1);
        return item;
    }
}
