using Itsm.Core.Actors;

namespace Itsm.Configuration;

/// <summary>How an organisation runs configuration management: the role policies of configuration items and releases.
/// A host passes them to <see cref="ConfigurationItem.Register"/>, <see cref="Release.Plan"/> and their
/// <c>FromEvents</c>, and to the JSON options that load them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConfigurationSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="itemRoles">The role policy of configuration items; <see cref="ConfigurationItemRoles.Default"/> when null.</param>
    /// <param name="releaseRoles">The role policy of releases; <see cref="ReleaseRoles.Default"/> when null.</param>
    public ConfigurationSettings(RolePolicy<ConfigurationItem, ConfigurationItemTrigger>? itemRoles = null, RolePolicy<Release, ReleaseTrigger>? releaseRoles = null)
    {
        ItemRoles = itemRoles ?? ConfigurationItemRoles.Default;
        ReleaseRoles = releaseRoles ?? Configuration.ReleaseRoles.Default;
    }

    /// <summary>Gets the default settings.</summary>
    public static ConfigurationSettings Default { get; } = new();

    /// <summary>Gets the role policy of configuration items.</summary>
    public RolePolicy<ConfigurationItem, ConfigurationItemTrigger> ItemRoles { get; }

    /// <summary>Gets the role policy of releases.</summary>
    public RolePolicy<Release, ReleaseTrigger> ReleaseRoles { get; }
}
