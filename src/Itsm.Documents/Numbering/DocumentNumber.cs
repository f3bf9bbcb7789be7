using System;
using System.Globalization;

namespace Itsm.Documents.Numbering;

/// <summary>
/// A controlled document's number, separate from its revision label: a class code, a sub-class code and a sequence
/// number within them, as the source documents number them (<c>CX-SMP-001</c>: class CX, sub-class SMP, number 1).
/// </summary>
/// <remarks>Immutable; equality and ordering by class code, sub-class code (ordinal) and sequence. The default value has
/// empty codes and sequence 0 and is no document's number. <see cref="ToString"/> spells it as the composite scheme does;
/// a <see cref="IDocumentNumberScheme"/> decides the spelling a reader sees.</remarks>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>, IComparable<DocumentNumber>
{
    /// <summary>Initializes a number.</summary>
    /// <param name="classCode">The class code: 1 to 8 upper-case ASCII letters or digits, starting with a letter.</param>
    /// <param name="subClassCode">The sub-class code, the same shape.</param>
    /// <param name="sequence">The sequence number within the class and sub-class, 1 or more.</param>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code breaks its rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is below 1.</exception>
    public DocumentNumber(string classCode, string subClassCode, int sequence)
    {
        CheckCode(Preconditions.CheckNotNull(classCode), nameof(classCode));
        CheckCode(Preconditions.CheckNotNull(subClassCode), nameof(subClassCode));
        Preconditions.CheckArgumentRange(nameof(sequence), sequence, 1, int.MaxValue);
        ClassCode = classCode;
        SubClassCode = subClassCode;
        Sequence = sequence;
    }

    /// <summary>Gets the class code (<c>CX</c>).</summary>
    public string ClassCode => field ?? string.Empty;

    /// <summary>Gets the sub-class code (<c>SMP</c>).</summary>
    public string SubClassCode => field ?? string.Empty;

    /// <summary>Gets the sequence number within the class and sub-class.</summary>
    public int Sequence { get; }

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> comes later.</returns>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> does not come later.</returns>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when <paramref name="left"/> does not come first.</returns>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) =>
        string.Equals(ClassCode, other.ClassCode, StringComparison.Ordinal)
        && string.Equals(SubClassCode, other.SubClassCode, StringComparison.Ordinal)
        && Sequence == other.Sequence;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClassCode, SubClassCode, Sequence);

    /// <inheritdoc />
    public int CompareTo(DocumentNumber other)
    {
        int c = string.CompareOrdinal(ClassCode, other.ClassCode);
        if (c == 0)
        {
            c = string.CompareOrdinal(SubClassCode, other.SubClassCode);
        }

        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>The number as the composite scheme spells it, <c>CX-SMP-001</c> (at least three digits).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ClassCode}-{SubClassCode}-{Sequence:000}");

    /// <summary>Returns whether a text is a valid class or sub-class code.</summary>
    /// <param name="code">The text.</param>
    /// <returns>True for 1 to 8 upper-case ASCII letters or digits starting with a letter.</returns>
    public static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.Length is < 1 or > 8 || !char.IsAsciiLetterUpper(code[0]))
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckCode(string code, string paramName) =>
        Preconditions.CheckArgument(IsValidCode(code), paramName, $"'{code}' is not a document class code: 1 to 8 upper-case letters or digits, starting with a letter.");
}
