using System;
using System.Globalization;

namespace Itsm.Core.Approvals;

/// <summary>
/// How many of a body of members must take part, or agree, for a decision: a fixed count (<see cref="Count"/>) or a
/// share of the members (<see cref="Share"/>, rounded up: 50 % of 3 members is 2). Service request approvals and change
/// advisory boards both ask it.
/// </summary>
/// <remarks>Equality compares the kind and the figure. Immutable and thread-safe.</remarks>
public sealed class Quorum : IEquatable<Quorum>
{
    private Quorum(bool isShare, int figure)
    {
        IsShare = isShare;
        Figure = figure;
    }

    /// <summary>Gets a value indicating whether the quorum is a share of the members (a percentage) rather than a count.</summary>
    public bool IsShare { get; }

    /// <summary>Gets the count of members, or the percentage of them.</summary>
    public int Figure { get; }

    /// <summary>Creates a quorum of a fixed number of members.</summary>
    /// <param name="members">How many; at least 1.</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is below 1.</exception>
    public static Quorum Count(int members)
    {
        if (members < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(members), members, FormattableString.Invariant($"A quorum of {members} members is not a quorum; it is at least 1 member."));
        }

        return new Quorum(false, members);
    }

    /// <summary>Creates a quorum of a share of the members, rounded up.</summary>
    /// <param name="percentage">The percentage, 1 to 100.</param>
    /// <returns>The quorum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is outside 1 to 100.</exception>
    public static Quorum Share(int percentage)
    {
        if (percentage is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percentage),
                percentage,
                FormattableString.Invariant($"A quorum of {percentage}% is outside 1 to 100; a quorum is a percentage of the members."));
        }

        return new Quorum(true, percentage);
    }

    /// <summary>The number of members the quorum asks of a body.</summary>
    /// <param name="members">How many members the body has; not negative.</param>
    /// <returns>For a count, the count (which may exceed a small body: such a quorum is never reached); for a share of
    /// <c>p</c> %, <c>ceil(p x members / 100)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is negative.</exception>
    public int RequiredOf(int members)
    {
        if (members < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(members), members, FormattableString.Invariant($"A body of {members} members is not a body; it has 0 members or more."));
        }

        return IsShare ? (int)((((long)Figure * members) + 99) / 100) : Figure;
    }

    /// <inheritdoc />
    public bool Equals(Quorum? other) => other is not null && IsShare == other.IsShare && Figure == other.Figure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quorum);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsShare, Figure);

    /// <summary>Formats the quorum: <c>3 members</c> or <c>50%</c>.</summary>
    /// <returns>The quorum as text.</returns>
    public override string ToString() =>
        IsShare ? Figure.ToString(CultureInfo.InvariantCulture) + "%" : Figure.ToString(CultureInfo.InvariantCulture) + (Figure == 1 ? " member" : " members");
}
