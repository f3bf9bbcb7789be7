using System.Collections.Generic;
using Itsm.Core;
using NodaTime;

namespace Itsm.Changes;

/// <summary>What a change's assessment records before its authority decides (ISO/IEC 20000-1 8.5.1: risk, benefit,
/// cost, feasibility and impact on services).</summary>
/// <param name="RiskAnswers">The answers to the risk model's questions, by question id (the index of the option).</param>
/// <param name="Benefit">The expected benefit; not empty.</param>
/// <param name="Cost">The cost of the change (the source manual's "cost of a change"), 0 or more, at most 10^15.</param>
/// <param name="Feasibility">Whether and how it can be done; not empty.</param>
/// <param name="ServiceImpact">The impact on services and customers; not empty.</param>
public sealed record ChangeAssessment(IReadOnlyDictionary<string, int> RiskAnswers, string Benefit, decimal Cost, string Feasibility, string ServiceImpact)
{
    /// <summary>Gets the largest cost an assessment accepts.</summary>
    public static decimal MaxCost { get; } = 1_000_000_000_000_000m;
}

/// <summary>How a change is carried out, tested and backed out.</summary>
/// <param name="Implementation">The implementation plan; not empty.</param>
/// <param name="Test">The test plan; not empty.</param>
/// <param name="Backout">The backout plan; not empty.</param>
public sealed record ChangePlans(string Implementation, string Test, string Backout);

/// <summary>A board member's vote as recorded.</summary>
/// <param name="Member">The member's actor id.</param>
/// <param name="Vote">The vote.</param>
/// <param name="Comment">The comment; the reason of a rejection.</param>
/// <param name="At">When.</param>
public sealed record CabBallot(string Member, CabVote Vote, string? Comment, Instant At);

/// <summary>A recorded decision on a change: by its board (computed from the votes) or by the change manager.</summary>
/// <param name="Authority">Who decided.</param>
/// <param name="Authorized">Whether the change was authorised.</param>
/// <param name="By">Who recorded it (the chair, or the change manager).</param>
/// <param name="At">When.</param>
/// <param name="Reasons">Why.</param>
public sealed record ChangeDecision(ChangeAuthority Authority, bool Authorized, Actor By, Instant At, string Reasons);

/// <summary>What a link of a change says of the record it names.</summary>
public enum ChangeLinkKind
{
    /// <summary>The change fixes this problem (a root-cause fix goes through change management).</summary>
    FixesProblem = 1,

    /// <summary>The change fixes this known error.</summary>
    FixesKnownError = 2,

    /// <summary>The change caused this incident.</summary>
    CausedIncident = 3,
}
