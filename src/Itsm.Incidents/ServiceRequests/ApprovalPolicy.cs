using System;
using System.Globalization;

namespace Itsm.Incidents;

/// <summary>The kinds of <see cref="ApprovalPolicy"/>.</summary>
public enum ApprovalPolicyKind
{
    /// <summary>No approval: the request goes to fulfilment directly.</summary>
    None = 0,

    /// <summary>One approval from any eligible approver is enough.</summary>
    AnyOne = 1,

    /// <summary>Every eligible approver approves.</summary>
    All = 2,

    /// <summary>A percentage of the eligible approvers approve.</summary>
    Quorum = 3,
}

/// <summary>Where an approval stands after the decisions recorded so far.</summary>
public enum ApprovalOutcome
{
    /// <summary>Not decided yet: enough approvals are still possible, and there are not enough yet.</summary>
    Pending = 0,

    /// <summary>The approvals reached the number the policy requires.</summary>
    Approved = 1,

    /// <summary>The approvals can no longer reach the number the policy requires.</summary>
    Rejected = 2,
}

/// <summary>One approver's decision.</summary>
public enum ApprovalDecision
{
    /// <summary>The approver approves.</summary>
    Approve = 1,

    /// <summary>The approver rejects, with a reason.</summary>
    Reject = 2,
}

/// <summary>
/// How many of a catalogue item's eligible approvers must approve a service request: <see cref="None"/>,
/// <see cref="AnyOne"/>, <see cref="All"/> or <see cref="Quorum"/> of a percentage.
/// </summary>
/// <remarks>
/// <para>
/// Every policy reduces to one number, the approvals required from <c>n</c> eligible approvers
/// (<see cref="RequiredApprovals"/>): none 0, any one 1, all <c>n</c>, quorum <c>p</c> % <c>ceil(p x n / 100)</c>
/// (50 % of 3 approvers is 2). One rule then decides every policy (<see cref="OutcomeOf"/>): the request is approved as
/// soon as the approvals reach the required number, and rejected as soon as they can no longer reach it (the approvers
/// who have not decided could not make up the difference). So any one rejects only when every approver has rejected,
/// and all rejects at the first rejection.
/// </para>
/// <para>Equality compares the kind and the percentage. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ApprovalPolicy : IEquatable<ApprovalPolicy>
{
    private ApprovalPolicy(ApprovalPolicyKind kind, int? quorumPercentage)
    {
        Kind = kind;
        QuorumPercentage = quorumPercentage;
    }

    /// <summary>Gets the policy of a catalogue item that needs no approval.</summary>
    public static ApprovalPolicy None { get; } = new(ApprovalPolicyKind.None, null);

    /// <summary>Gets the policy in which the first approval approves.</summary>
    public static ApprovalPolicy AnyOne { get; } = new(ApprovalPolicyKind.AnyOne, null);

    /// <summary>Gets the policy in which every eligible approver approves.</summary>
    public static ApprovalPolicy All { get; } = new(ApprovalPolicyKind.All, null);

    /// <summary>Gets the kind of policy.</summary>
    public ApprovalPolicyKind Kind { get; }

    /// <summary>Gets the percentage of a <see cref="ApprovalPolicyKind.Quorum"/> policy (1 to 100); null for the others.</summary>
    public int? QuorumPercentage { get; }

    /// <summary>Gets a value indicating whether a request under this policy awaits approval (every policy but <see cref="None"/>).</summary>
    public bool NeedsApproval => Kind != ApprovalPolicyKind.None;

    /// <summary>Creates a quorum policy: approved as soon as <c>ceil(percentage x approvers / 100)</c> approvers approve.</summary>
    /// <param name="percentage">The percentage of the eligible approvers, 1 to 100.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is outside 1 to 100.</exception>
    public static ApprovalPolicy Quorum(int percentage) => new(ApprovalPolicyKind.Quorum, Core.Approvals.Quorum.Share(percentage).Figure);

    /// <summary>The approvals needed from a number of eligible approvers.</summary>
    /// <param name="approvers">The number of eligible approvers; at least 1 unless the policy is <see cref="None"/>.</param>
    /// <returns>0 for <see cref="None"/>; 1 for <see cref="AnyOne"/>; <paramref name="approvers"/> for <see cref="All"/>;
    /// <c>ceil(p x approvers / 100)</c> for a quorum of <c>p</c> %.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approvers"/> is negative, or 0 for a policy that needs approval.</exception>
    public int RequiredApprovals(int approvers)
    {
        Preconditions.CheckArgumentRange(nameof(approvers), approvers, NeedsApproval ? 1 : 0, int.MaxValue);
        return Kind switch
        {
            ApprovalPolicyKind.None => 0,
            ApprovalPolicyKind.AnyOne => 1,
            ApprovalPolicyKind.All => approvers,
            _ => Core.Approvals.Quorum.Share(QuorumPercentage!.Value).RequiredOf(approvers),
        };
    }

    /// <summary>Decides where an approval stands: approved once the approvals reach <see cref="RequiredApprovals"/>,
    /// rejected once they can no longer reach it, pending otherwise.</summary>
    /// <param name="approvers">The number of eligible approvers.</param>
    /// <param name="approvals">The approvals recorded.</param>
    /// <param name="rejections">The rejections recorded.</param>
    /// <returns>The outcome; always <see cref="ApprovalOutcome.Approved"/> for <see cref="None"/> (nothing to wait for).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the decisions outnumber the approvers, or a
    /// policy that needs approval has no approvers.</exception>
    public ApprovalOutcome OutcomeOf(int approvers, int approvals, int rejections)
    {
        int required = RequiredApprovals(approvers);
        Preconditions.CheckArgumentRange(nameof(approvals), approvals, 0, approvers);
        Preconditions.CheckArgumentRange(nameof(rejections), rejections, 0, approvers - approvals);
        if (approvals >= required)
        {
            return ApprovalOutcome.Approved;
        }

        // Every approver who has not rejected could still approve; when even that is too few, the rule cannot be met.
        return approvers - rejections < required ? ApprovalOutcome.Rejected : ApprovalOutcome.Pending;
    }

    /// <inheritdoc />
    public bool Equals(ApprovalPolicy? other) => other is not null && Kind == other.Kind && QuorumPercentage == other.QuorumPercentage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApprovalPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, QuorumPercentage);

    /// <summary>Formats the policy: <c>none</c>, <c>any one</c>, <c>all</c> or <c>quorum 50%</c>.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => Kind switch
    {
        ApprovalPolicyKind.None => "none",
        ApprovalPolicyKind.AnyOne => "any one",
        ApprovalPolicyKind.All => "all",
        _ => "quorum " + QuorumPercentage!.Value.ToString(CultureInfo.InvariantCulture) + "%",
    };
}
