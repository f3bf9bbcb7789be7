namespace Itsm.Incidents;

/// <summary>How an incident or a problem is escalated.</summary>
public enum EscalationKind
{
    /// <summary>To another group or owner with the skills or access needed (an incident is reassigned to the group, a
    /// problem handed to the owner).</summary>
    Functional = 1,

    /// <summary>Up the management line, to a higher level of authority.</summary>
    Hierarchical = 2,
}

/// <summary>The rule of an escalation's arguments, for incidents and problems alike.</summary>
internal static class Escalations
{
    /// <summary>The rule a functional escalation's target breaks, or that a hierarchical escalation breaks by naming one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="named">Whether the escalation names a target (a group, an owner).</param>
    /// <param name="sameAsCurrent">Whether the target named is the current one.</param>
    /// <param name="target">What the target is, in a sentence (<c>group</c>, <c>owner</c>).</param>
    /// <returns>Null when the arguments fit the kind; otherwise the rule.</returns>
    public static string? BrokenRule(EscalationKind kind, bool named, bool sameAsCurrent, string target) => kind switch
    {
        EscalationKind.Functional when !named || sameAsCurrent => $"a functional escalation names {Wording.WithArticle(target)} other than the current one",
        EscalationKind.Hierarchical when named => $"a hierarchical escalation goes up the management line, not to {Wording.WithArticle(target)}",
        EscalationKind.Functional or EscalationKind.Hierarchical => null,
        _ => $"{kind} is not an escalation kind",
    };

    /// <summary>The escalation level after an escalation: one more for a hierarchical one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="level">The level before.</param>
    /// <returns>The level after.</returns>
    public static int LevelAfter(EscalationKind kind, int level) => kind == EscalationKind.Hierarchical ? level + 1 : level;
}
