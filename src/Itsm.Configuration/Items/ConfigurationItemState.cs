namespace Itsm.Configuration;

/// <summary>The lifecycle states of a <see cref="ConfigurationItem"/>.</summary>
public enum ConfigurationItemState
{
    /// <summary>Registered, not yet acquired.</summary>
    Planned = 0,

    /// <summary>Acquired and held in stock.</summary>
    InStock = 1,

    /// <summary>Being built or configured.</summary>
    InBuild = 2,

    /// <summary>In a pilot, with a limited set of users.</summary>
    Pilot = 3,

    /// <summary>Live: changes to it, and moving it in or out of this state, need an authorised change.</summary>
    Production = 4,

    /// <summary>Out of production for planned maintenance.</summary>
    Maintenance = 5,

    /// <summary>Out of production for repair.</summary>
    Repair = 6,

    /// <summary>Retired: no longer used; nothing may still depend on it.</summary>
    Retired = 7,

    /// <summary>Disposed of (final).</summary>
    Disposed = 8,
}

/// <summary>How much the organisation depends on a configuration item.</summary>
public enum Criticality
{
    /// <summary>Its loss is an inconvenience.</summary>
    Low = 1,

    /// <summary>Its loss degrades a service.</summary>
    Medium = 2,

    /// <summary>Its loss stops a service.</summary>
    High = 3,

    /// <summary>Its loss stops a vital business function.</summary>
    Critical = 4,
}

/// <summary>The commands of a <see cref="ConfigurationItem"/>. Each status trigger leads to one state.</summary>
public enum ConfigurationItemTrigger
{
    /// <summary>Register an item (Planned).</summary>
    Register,

    /// <summary>Put it in stock (from Planned).</summary>
    Stock,

    /// <summary>Start building it (from InStock).</summary>
    Build,

    /// <summary>Start a pilot (from InBuild).</summary>
    Pilot,

    /// <summary>Put it into production (from Pilot, Maintenance or Repair); needs an authorised change.</summary>
    EnterProduction,

    /// <summary>Take it out of production for maintenance; needs an authorised change.</summary>
    StartMaintenance,

    /// <summary>Take it out of production for repair; needs an authorised change.</summary>
    StartRepair,

    /// <summary>Retire it: no open incident, every dependant acknowledged; from Production it needs an authorised change.</summary>
    Retire,

    /// <summary>Dispose of it (from Retired).</summary>
    Dispose,

    /// <summary>Change its name, owner, criticality or attributes; in production it needs an authorised change.</summary>
    Update,

    /// <summary>Record that a dependant's owner acknowledged the item's coming retirement.</summary>
    AcknowledgeRetirement,
}
