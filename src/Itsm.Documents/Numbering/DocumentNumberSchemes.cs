using System;
using System.Globalization;

namespace Itsm.Documents.Numbering;

/// <summary>The document number schemes of the source documents, and the composite identifier of a document revision.</summary>
public static class DocumentNumberSchemes
{
    /// <summary>Gets the composite scheme of the source documents: class code, sub-class code and a 3-digit sequence
    /// joined by hyphens, <c>CX-SMP-001</c>; with its two-digit revision (<see cref="RevisionSchemes.TwoDigit"/>) a
    /// revision reads <c>CX-SMP-001-00</c> (<see cref="FormatRevision"/>).</summary>
    public static IDocumentNumberScheme Composite { get; } = new CompositeScheme();

    /// <summary>Spells a document revision as number, hyphen, label: <c>CX-SMP-001-01</c>.</summary>
    /// <param name="numbers">The number scheme.</param>
    /// <param name="number">The document's number.</param>
    /// <param name="revisions">The revision scheme.</param>
    /// <param name="label">The revision's label.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">A scheme is null.</exception>
    /// <exception cref="ArgumentException">A scheme cannot spell its value.</exception>
    public static string FormatRevision(IDocumentNumberScheme numbers, DocumentNumber number, IRevisionScheme revisions, RevisionLabel label)
    {
        Preconditions.CheckNotNull(numbers);
        Preconditions.CheckNotNull(revisions);
        return numbers.Format(number) + "-" + revisions.Format(label);
    }

    /// <summary>Reads a document revision spelt by <see cref="FormatRevision"/>: the label is what follows the last
    /// hyphen.</summary>
    /// <param name="numbers">The number scheme.</param>
    /// <param name="revisions">The revision scheme.</param>
    /// <param name="text">The text, or null.</param>
    /// <param name="number">The number, when the text is one.</param>
    /// <param name="label">The label, when the text is one.</param>
    /// <returns>True when both parts read.</returns>
    /// <exception cref="ArgumentNullException">A scheme is null.</exception>
    public static bool TryParseRevision(IDocumentNumberScheme numbers, IRevisionScheme revisions, string? text, out DocumentNumber number, out RevisionLabel label)
    {
        Preconditions.CheckNotNull(numbers);
        Preconditions.CheckNotNull(revisions);
        number = default;
        label = default;
        int dash = text?.LastIndexOf('-') ?? -1;
        return dash > 0 && numbers.TryParse(text![..dash], out number) && revisions.TryParse(text[(dash + 1)..], out label);
    }

    private sealed class CompositeScheme : IDocumentNumberScheme
    {
        public string Name => "composite";

        public int MaxSequence => 999;

        public string Format(DocumentNumber number)
        {
            Preconditions.CheckArgument(number.Sequence >= 1, nameof(number), "The default document number is no document's number.");
            Preconditions.CheckArgument(
                number.Sequence <= MaxSequence,
                nameof(number),
                string.Create(CultureInfo.InvariantCulture, $"Sequence {number.Sequence} does not fit the composite scheme's three digits (001 to 999)."));
            return number.ToString();
        }

        public DocumentNumber Parse(string text)
        {
            Preconditions.CheckNotNull(text);
            return TryParse(text, out var number)
                ? number
                : throw new FormatException($"'{text}' is not a composite document number: class code, sub-class code (1 to 8 upper-case letters or digits, starting with a letter) and a 3-digit sequence from 001, joined by hyphens, such as CX-SMP-001.");
        }

        public bool TryParse(string? text, out DocumentNumber number)
        {
            number = default;
            if (text is null)
            {
                return false;
            }

            var span = text.AsSpan();
            int first = span.IndexOf('-');
            if (first <= 0)
            {
                return false;
            }

            var rest = span[(first + 1)..];
            int second = rest.IndexOf('-');
            if (second <= 0)
            {
                return false;
            }

            var classCode = span[..first];
            var subClass = rest[..second];
            var digits = rest[(second + 1)..];
            if (!DocumentNumber.IsValidCode(classCode) || !DocumentNumber.IsValidCode(subClass) || digits.Length != 3
                || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]) || !char.IsAsciiDigit(digits[2]))
            {
                return false;
            }

            int sequence = ((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0');
            if (sequence == 0)
            {
                return false;
            }

            number = new DocumentNumber(classCode.ToString(), subClass.ToString(), sequence);
            return true;
        }

        public override string ToString() => Name;
    }
}
