namespace Itsm.Documents.Numbering;

/// <summary>How an organisation spells its document numbers. The shipped one is <see cref="DocumentNumberSchemes.Composite"/>;
/// a host may write its own.</summary>
/// <remarks>Laws: <c>Parse(Format(n)) == n</c> for every number the scheme can spell and <c>Format(Parse(s)) == s</c> for
/// every text it accepts. Implementations are immutable and thread-safe.</remarks>
public interface IDocumentNumberScheme
{
    /// <summary>Gets the scheme's name.</summary>
    string Name { get; }

    /// <summary>Gets the largest sequence number the scheme can spell (999 for three digits).</summary>
    int MaxSequence { get; }

    /// <summary>Spells a number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentException">The number is the default value, or its sequence is above
    /// <see cref="MaxSequence"/>.</exception>
    string Format(DocumentNumber number);

    /// <summary>Reads a number.</summary>
    /// <param name="text">The text, spelt exactly as <see cref="Format"/> spells it.</param>
    /// <returns>The number.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="System.FormatException">The text is not a number of the scheme; the message names the text and
    /// the rule.</exception>
    DocumentNumber Parse(string text);

    /// <summary>Reads a number without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="number">The number, when the text is one.</param>
    /// <returns>True when the text is a number of the scheme.</returns>
    bool TryParse(string? text, out DocumentNumber number);
}
