using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Approvals;

namespace Itsm.Changes;

/// <summary>A change advisory board member's vote.</summary>
public enum CabVote
{
    /// <summary>Approves the change.</summary>
    Approve = 1,

    /// <summary>Rejects the change, with a reason.</summary>
    Reject = 2,

    /// <summary>Takes part without approving or rejecting.</summary>
    Abstain = 3,
}

/// <summary>Where a board's decision stands after the votes cast so far.</summary>
public enum CabOutcome
{
    /// <summary>Not decidable yet: no veto, and fewer votes than the quorum.</summary>
    Pending = 0,

    /// <summary>The quorum voted, more members approved than rejected, and no veto member rejected.</summary>
    Authorized = 1,

    /// <summary>A veto member rejected, or the quorum voted without more approvals than rejections.</summary>
    Rejected = 2,
}

/// <summary>
/// How a change advisory board decides: its members (actor ids), the quorum of votes (approvals, rejections and
/// abstentions all count) it needs before it decides, and the members whose rejection is a veto. The decision is
/// computed from the votes (<see cref="OutcomeOf"/>), never typed in: a veto rejects at once; otherwise, once the quorum
/// has voted, the change is authorised when approvals outnumber rejections and rejected when they do not (a tie
/// rejects).
/// </summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed class CabRule : IEquatable<CabRule>
{
    /// <summary>Initializes a rule.</summary>
    /// <param name="members">The members' actor ids: at least one, none blank or repeated.</param>
    /// <param name="quorum">How many members must vote before the board decides; a count no larger than the board.</param>
    /// <param name="vetoMembers">The members whose rejection is a veto (each a member); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or <paramref name="quorum"/> is null.</exception>
    /// <exception cref="ArgumentException">No member, a blank or repeated member, a veto member who is not a member, or a
    /// quorum the board cannot reach.</exception>
    public CabRule(IEnumerable<string> members, Quorum quorum, IEnumerable<string>? vetoMembers = null)
    {
        Preconditions.CheckNotNull(members);
        Quorum = Preconditions.CheckNotNull(quorum);
        Members = [.. members];
        Preconditions.CheckArgument(Members.Length > 0 && Members.All(m => !string.IsNullOrWhiteSpace(m)), nameof(members), "A change advisory board has at least one member, each an actor id.");
        var repeated = Members.GroupBy(m => m, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(members), $"'{repeated?.Key}' is a member of the board more than once.");
        VetoMembers = [.. vetoMembers ?? []];
        var outsider = VetoMembers.FirstOrDefault(v => !Members.Contains(v, StringComparer.Ordinal));
        Preconditions.CheckArgument(outsider is null, nameof(vetoMembers), $"'{outsider}' holds a veto but is not a member of the board ({string.Join(", ", Members)}).");
        Preconditions.CheckArgument(
            quorum.RequiredOf(Members.Length) <= Members.Length,
            nameof(quorum),
            FormattableString.Invariant($"A quorum of {quorum} cannot be reached by a board of {Members.Length}."));
    }

    /// <summary>Gets the members' actor ids.</summary>
    public ImmutableArray<string> Members { get; }

    /// <summary>Gets the members whose rejection is a veto.</summary>
    public ImmutableArray<string> VetoMembers { get; }

    /// <summary>Gets how many members must vote before the board decides.</summary>
    public Quorum Quorum { get; }

    /// <summary>Gets the number of votes the quorum asks of this board.</summary>
    public int RequiredVotes => Quorum.RequiredOf(Members.Length);

    /// <summary>Returns whether an actor is a member of the board.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>True for a member.</returns>
    public bool IsMember(string actorId) => Members.Contains(actorId, StringComparer.Ordinal);

    /// <summary>Decides where the board stands.</summary>
    /// <param name="votes">The votes cast, by member (one each).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="votes"/> is null.</exception>
    public CabOutcome OutcomeOf(IReadOnlyDictionary<string, CabVote> votes)
    {
        Preconditions.CheckNotNull(votes);
        int approvals = 0, rejections = 0, cast = 0;
        foreach (var (member, vote) in votes)
        {
            if (!IsMember(member))
            {
                continue;
            }

            cast++;
            if (vote == CabVote.Reject && VetoMembers.Contains(member, StringComparer.Ordinal))
            {
                return CabOutcome.Rejected;
            }

            approvals += vote == CabVote.Approve ? 1 : 0;
            rejections += vote == CabVote.Reject ? 1 : 0;
        }

        return cast < RequiredVotes ? CabOutcome.Pending
            : approvals > rejections ? CabOutcome.Authorized
            : CabOutcome.Rejected;
    }

    /// <inheritdoc />
    public bool Equals(CabRule? other) =>
        other is not null && Quorum.Equals(other.Quorum) && Members.SequenceEqual(other.Members) && VetoMembers.SequenceEqual(other.VetoMembers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CabRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quorum, Members.Length, VetoMembers.Length);

    /// <summary>Formats the rule: members, quorum and vetoes.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() =>
        $"{Members.Length} members ({string.Join(", ", Members)}), quorum {Quorum}" + (VetoMembers.IsEmpty ? string.Empty : $", veto: {string.Join(", ", VetoMembers)}");
}
