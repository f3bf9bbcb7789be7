namespace Itsm.Sla.Clocks;

/// <summary>How the cycles of a reopened record combine into one figure.</summary>
public enum CycleCombination
{
    /// <summary>Only the current cycle counts; a reopen starts afresh.</summary>
    Last = 0,

    /// <summary>Only the first cycle counts; later cycles are recorded but never breach.</summary>
    First = 1,

    /// <summary>The target is a budget shared by every cycle: a reopened cycle starts with what the earlier ones used.</summary>
    Sum = 2,

    /// <summary>The largest cycle is the figure; due instant and thresholds follow the current cycle; any cycle can breach.</summary>
    Longest = 3,
}
