using System;
using System.Globalization;

namespace Itsm.Documents.Numbering;

/// <summary>
/// A revision label in a scheme-neutral form: an edition and a revision within it, ordered edition first. A scheme
/// (<see cref="IRevisionScheme"/>) decides which labels it uses and how it spells them: <c>A/3</c> is edition 0,
/// revision 3 in the edition-and-revision scheme; <c>2.1</c> is edition 2, revision 1 in the decimal scheme.
/// </summary>
/// <remarks>Immutable; equality and ordering by edition, then revision. The default value is edition 0, revision 0.</remarks>
public readonly struct RevisionLabel : IEquatable<RevisionLabel>, IComparable<RevisionLabel>
{
    /// <summary>Initializes a label.</summary>
    /// <param name="edition">The edition, 0 or more.</param>
    /// <param name="revision">The revision within the edition, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public RevisionLabel(int edition, int revision)
    {
        Preconditions.CheckArgumentRange(nameof(edition), edition, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(revision), revision, 0, int.MaxValue);
        Edition = edition;
        Revision = revision;
    }

    /// <summary>Gets the edition.</summary>
    public int Edition { get; }

    /// <summary>Gets the revision within the edition.</summary>
    public int Revision { get; }

    /// <summary>Compares two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RevisionLabel left, RevisionLabel right) => left.Equals(right);

    /// <summary>Compares two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RevisionLabel left, RevisionLabel right) => !left.Equals(right);

    /// <summary>Orders two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(RevisionLabel left, RevisionLabel right) => left.CompareTo(right) < 0;

    /// <summary>Orders two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> comes later.</returns>
    public static bool operator >(RevisionLabel left, RevisionLabel right) => left.CompareTo(right) > 0;

    /// <summary>Orders two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> does not come later.</returns>
    public static bool operator <=(RevisionLabel left, RevisionLabel right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two labels.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> does not come first.</returns>
    public static bool operator >=(RevisionLabel left, RevisionLabel right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(RevisionLabel other) => Edition == other.Edition && Revision == other.Revision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RevisionLabel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Edition, Revision);

    /// <inheritdoc />
    public int CompareTo(RevisionLabel other) => Edition != other.Edition ? Edition.CompareTo(other.Edition) : Revision.CompareTo(other.Revision);

    /// <summary>The label in a scheme-neutral form, for diagnostics: <c>edition 1, revision 3</c>. Use a scheme's
    /// <see cref="IRevisionScheme.Format"/> for the label a reader sees.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"edition {Edition}, revision {Revision}");
}
