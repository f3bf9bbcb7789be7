using Itsm.Core.Actors;

namespace Itsm.Configuration;

/// <summary>The default role policy of configuration items.</summary>
public static class ConfigurationItemRoles
{
    /// <summary>Gets the default policy: the configuration manager registers, moves and updates items; the configuration
    /// and change managers and resolvers (who own the dependants) acknowledge retirements.</summary>
    public static RolePolicy<ConfigurationItem, ConfigurationItemTrigger> Default { get; } = RolePolicy.Builder<ConfigurationItem, ConfigurationItemTrigger>()
        .Allow(ConfigurationItemTrigger.Register, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Stock, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Build, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Pilot, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.EnterProduction, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.StartMaintenance, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.StartRepair, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Retire, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Dispose, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.Update, Roles.ConfigurationManager)
        .Allow(ConfigurationItemTrigger.AcknowledgeRetirement, Roles.ConfigurationManager, Roles.ChangeManager, Roles.Resolver)
        .Build();
}
