namespace Itsm.Incidents;

/// <summary>How an incident is escalated.</summary>
public enum EscalationKind
{
    /// <summary>To another group with the skills or access needed (the incident is reassigned).</summary>
    Functional = 1,

    /// <summary>Up the management line, to a higher level of authority.</summary>
    Hierarchical = 2,
}
