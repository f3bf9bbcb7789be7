namespace Itsm.Incidents;

/// <summary>Whom a progress update informs.</summary>
public enum UpdateAudience
{
    /// <summary>The customer: the caller of an incident, the requester of a service request.</summary>
    Customer,

    /// <summary>Top management, for a major incident (the source manual's "communication to management").</summary>
    Management,
}
