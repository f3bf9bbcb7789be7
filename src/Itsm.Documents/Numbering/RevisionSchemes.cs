using System;
using System.Globalization;

namespace Itsm.Documents.Numbering;

/// <summary>The revision label schemes found in the source documents and in common use.</summary>
/// <remarks>
/// | scheme | first | minor change | major change |
/// | --- | --- | --- | --- |
/// | <see cref="TwoDigit"/> | <c>00</c> | <c>00</c> -> <c>01</c> | <c>01</c> -> <c>02</c> (one counter; after <c>99</c> none) |
/// | <see cref="EditionRevision"/> | <c>A/0</c> | <c>A/0</c> -> <c>A/1</c> | <c>A/3</c> -> <c>B/0</c> (after edition <c>Z</c> none) |
/// | <see cref="Compact"/> | <c>A0</c> | <c>A0</c> -> <c>A1</c> | <c>A1</c> -> <c>B0</c> |
/// | <see cref="Sequential"/> | <c>1</c> | <c>1</c> -> <c>2</c> | <c>2</c> -> <c>3</c> |
/// | <see cref="MajorMinor"/> | <c>1.0</c> | <c>1.0</c> -> <c>1.1</c> (<c>1.9</c> -> <c>1.10</c>) | <c>1.1</c> -> <c>2.0</c> |
/// Numbers are spelt without signs or leading zeros (<c>A/01</c> and <c>01</c> in the integer scheme are refused), so
/// every label has exactly one spelling.
/// </remarks>
public static class RevisionSchemes
{
    /// <summary>Gets the two-digit revision of the source documents' composite number <c>CX-SMP-001-00</c>: <c>00</c> is
    /// the first issue, <c>01</c> after the first revision, up to <c>99</c>. Labels are edition 0, revision 0 to 99.</summary>
    public static IRevisionScheme TwoDigit { get; } = new TwoDigitScheme();

    /// <summary>Gets edition letter and revision, <c>A/0</c>: each revision adds 1, a major change moves to the next
    /// letter at revision 0. Labels are edition 0 (A) to 25 (Z), any revision.</summary>
    public static IRevisionScheme EditionRevision { get; } = new LetterScheme("edition-revision", "/");

    /// <summary>Gets the compact letter and digit scheme, <c>A0</c> first issue, <c>A1</c> first modification, <c>B0</c>
    /// after a major change.</summary>
    public static IRevisionScheme Compact { get; } = new LetterScheme("compact", string.Empty);

    /// <summary>Gets whole numbers, <c>1</c>, <c>2</c>, <c>3</c> (the "integer" scheme): every change adds 1. Labels are edition 1 or more,
    /// revision 0.</summary>
    public static IRevisionScheme Sequential { get; } = new SequentialScheme();

    /// <summary>Gets decimal versions, <c>1.0</c> -> <c>1.1</c> -> <c>2.0</c> (the "decimal" scheme): a minor change adds 1
    /// after the point, a major change adds 1 before it and starts again at 0. Labels are edition 1 or more, any
    /// revision.</summary>
    public static IRevisionScheme MajorMinor { get; } = new MajorMinorScheme();

    /// <summary>Reads a canonical non-negative decimal number (no sign, no leading zero) from part of a text.</summary>
    internal static bool TryReadNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>What every scheme shares: argument checks, exhaustion, and parse errors that name the text and the rule.</summary>
    private abstract class Scheme : IRevisionScheme
    {
        public abstract string Name { get; }

        public abstract RevisionLabel First { get; }

        /// <summary>Gets the rule a text must follow, for parse errors.</summary>
        protected abstract string Spelling { get; }

        public abstract bool Uses(RevisionLabel label);

        public RevisionLabel AfterMinorChange(RevisionLabel label) => After(label, "minor", MinorAfter(label));

        public RevisionLabel AfterMajorChange(RevisionLabel label) => After(label, "major", MajorAfter(label));

        public string Format(RevisionLabel label)
        {
            CheckUsed(label);
            return Spell(label);
        }

        public RevisionLabel Parse(string text)
        {
            Preconditions.CheckNotNull(text);
            return TryParse(text, out var label)
                ? label
                : throw new FormatException($"'{text}' is not {Wording.WithArticle(Name)} revision label: {Spelling}.");
        }

        public bool TryParse(string? text, out RevisionLabel label)
        {
            label = default;
            return text is not null && TryRead(text, out label) && Uses(label);
        }

        public override string ToString() => Name;

        protected abstract (int Edition, int Revision)? MinorAfter(RevisionLabel label);

        protected abstract (int Edition, int Revision)? MajorAfter(RevisionLabel label);

        protected abstract string Spell(RevisionLabel label);

        protected abstract bool TryRead(string text, out RevisionLabel label);

        private RevisionLabel After(RevisionLabel label, string change, (int Edition, int Revision)? next)
        {
            CheckUsed(label);
            if (next is { } n && n.Edition >= 0 && n.Revision >= 0 && Uses(new RevisionLabel(n.Edition, n.Revision)))
            {
                return new RevisionLabel(n.Edition, n.Revision);
            }

            throw new NumberingExhaustedException(Name + " revision", Spell(label), "label after a " + change + " change");
        }

        private void CheckUsed(RevisionLabel label) =>
            Preconditions.CheckArgument(Uses(label), nameof(label), $"The {Name} revision scheme has no label for {label}: {Spelling}.");
    }

    private sealed class TwoDigitScheme : Scheme
    {
        public override string Name => "two-digit";

        public override RevisionLabel First => new(0, 0);

        protected override string Spelling => "two digits, 00 for the first issue up to 99";

        public override bool Uses(RevisionLabel label) => label.Edition == 0 && label.Revision <= 99;

        protected override (int, int)? MinorAfter(RevisionLabel label) => (0, label.Revision + 1);

        protected override (int, int)? MajorAfter(RevisionLabel label) => (0, label.Revision + 1);

        protected override string Spell(RevisionLabel label) => label.Revision.ToString("00", CultureInfo.InvariantCulture);

        protected override bool TryRead(string text, out RevisionLabel label)
        {
            label = default;
            if (text.Length != 2 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
            {
                return false;
            }

            label = new RevisionLabel(0, ((text[0] - '0') * 10) + (text[1] - '0'));
            return true;
        }
    }

    private sealed class LetterScheme(string name, string separator) : Scheme
    {
        public override string Name => name;

        public override RevisionLabel First => new(0, 0);

        protected override string Spelling => separator.Length == 0
            ? "an edition letter A to Z followed by a revision number without leading zeros, such as A0 or B12"
            : $"an edition letter A to Z, '{separator}', and a revision number without leading zeros, such as A{separator}0 or B{separator}12";

        public override bool Uses(RevisionLabel label) => label.Edition <= 25;

        protected override (int, int)? MinorAfter(RevisionLabel label) => label.Revision == int.MaxValue ? null : (label.Edition, label.Revision + 1);

        protected override (int, int)? MajorAfter(RevisionLabel label) => (label.Edition + 1, 0);

        protected override string Spell(RevisionLabel label) =>
            (char)('A' + label.Edition) + separator + label.Revision.ToString(CultureInfo.InvariantCulture);

        protected override bool TryRead(string text, out RevisionLabel label)
        {
            label = default;
            if (text.Length < 2 + separator.Length || text[0] is < 'A' or > 'Z' || !text.AsSpan(1).StartsWith(separator, StringComparison.Ordinal)
                || !TryReadNumber(text.AsSpan(1 + separator.Length), out int revision))
            {
                return false;
            }

            label = new RevisionLabel(text[0] - 'A', revision);
            return true;
        }
    }

    private sealed class SequentialScheme : Scheme
    {
        public override string Name => "sequential";

        public override RevisionLabel First => new(1, 0);

        protected override string Spelling => "a whole number from 1, without sign or leading zeros";

        public override bool Uses(RevisionLabel label) => label.Edition >= 1 && label.Revision == 0;

        protected override (int, int)? MinorAfter(RevisionLabel label) => label.Edition == int.MaxValue ? null : (label.Edition + 1, 0);

        protected override (int, int)? MajorAfter(RevisionLabel label) => MinorAfter(label);

        protected override string Spell(RevisionLabel label) => label.Edition.ToString(CultureInfo.InvariantCulture);

        protected override bool TryRead(string text, out RevisionLabel label)
        {
            label = default;
            if (!TryReadNumber(text, out int edition))
            {
                return false;
            }

            label = new RevisionLabel(edition, 0);
            return true;
        }
    }

    private sealed class MajorMinorScheme : Scheme
    {
        public override string Name => "major-minor";

        public override RevisionLabel First => new(1, 0);

        protected override string Spelling => "a major number from 1, '.', and a minor number, without signs or leading zeros, such as 1.0 or 2.13";

        public override bool Uses(RevisionLabel label) => label.Edition >= 1;

        protected override (int, int)? MinorAfter(RevisionLabel label) => label.Revision == int.MaxValue ? null : (label.Edition, label.Revision + 1);

        protected override (int, int)? MajorAfter(RevisionLabel label) => label.Edition == int.MaxValue ? null : (label.Edition + 1, 0);

        protected override string Spell(RevisionLabel label) =>
            string.Create(CultureInfo.InvariantCulture, $"{label.Edition}.{label.Revision}");

        protected override bool TryRead(string text, out RevisionLabel label)
        {
            label = default;
            int dot = text.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || !TryReadNumber(text.AsSpan(0, dot), out int edition) || !TryReadNumber(text.AsSpan(dot + 1), out int revision))
            {
                return false;
            }

            label = new RevisionLabel(edition, revision);
            return true;
        }
    }
}
