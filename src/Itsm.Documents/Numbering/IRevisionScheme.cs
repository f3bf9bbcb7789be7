namespace Itsm.Documents.Numbering;

/// <summary>
/// How an organisation labels the revisions of its documents: the first label, the label after a minor or a major
/// change, and how labels are spelt. Implementations are in <see cref="RevisionSchemes"/>; a host may write its own.
/// </summary>
/// <remarks>
/// Laws every scheme keeps (property-tested for the shipped ones): <c>Parse(Format(x)) == x</c> for every label the
/// scheme uses, and <c>Format(Parse(s)) == s</c> for every text it accepts (one spelling per label); the labels after a
/// change are strictly greater than the label before, so labels strictly increase and are never reused. Implementations
/// are immutable and thread-safe.
/// </remarks>
public interface IRevisionScheme
{
    /// <summary>Gets the scheme's name, for messages and JSON (for example <c>edition-revision</c>).</summary>
    string Name { get; }

    /// <summary>Gets the label of a document's first issue.</summary>
    RevisionLabel First { get; }

    /// <summary>Returns whether the scheme uses a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>True when <see cref="Format"/> can spell it.</returns>
    bool Uses(RevisionLabel label);

    /// <summary>The label after a minor change (a revision within the edition, where the scheme has editions).</summary>
    /// <param name="label">The current label; one the scheme uses.</param>
    /// <returns>The next label, greater than <paramref name="label"/>.</returns>
    /// <exception cref="System.ArgumentException">The scheme does not use <paramref name="label"/>.</exception>
    /// <exception cref="NumberingExhaustedException">The scheme has no greater label (after <c>99</c> in a two-digit
    /// scheme).</exception>
    RevisionLabel AfterMinorChange(RevisionLabel label);

    /// <summary>The label after a major change (a new edition, where the scheme has editions).</summary>
    /// <param name="label">The current label; one the scheme uses.</param>
    /// <returns>The next label, greater than <paramref name="label"/>.</returns>
    /// <exception cref="System.ArgumentException">The scheme does not use <paramref name="label"/>.</exception>
    /// <exception cref="NumberingExhaustedException">The scheme has no greater label (after edition <c>Z</c>).</exception>
    RevisionLabel AfterMajorChange(RevisionLabel label);

    /// <summary>Spells a label.</summary>
    /// <param name="label">The label; one the scheme uses.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentException">The scheme does not use <paramref name="label"/>.</exception>
    string Format(RevisionLabel label);

    /// <summary>Reads a label.</summary>
    /// <param name="text">The text, spelt exactly as <see cref="Format"/> spells it.</param>
    /// <returns>The label.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="System.FormatException">The text is not a label of the scheme; the message names the text and
    /// the rule.</exception>
    RevisionLabel Parse(string text);

    /// <summary>Reads a label without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="label">The label, when the text is one.</param>
    /// <returns>True when the text is a label of the scheme.</returns>
    bool TryParse(string? text, out RevisionLabel label);
}
