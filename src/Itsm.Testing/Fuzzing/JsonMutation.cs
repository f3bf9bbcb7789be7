namespace Itsm.Testing.Fuzzing;

/// <summary>What a <see cref="JsonMutation"/> does to a document.</summary>
public enum JsonMutationKind
{
    /// <summary>Replaces a value (scalar, array or object) with one of the hostile values.</summary>
    ReplaceValue,

    /// <summary>Replaces a value with a copy of another value of the same document (an event where a number belongs,
    /// one date in place of another).</summary>
    CopyValue,

    /// <summary>Removes a property.</summary>
    RemoveProperty,

    /// <summary>Renames a property to one of the hostile names.</summary>
    RenameProperty,

    /// <summary>Adds a property with a hostile name and value to an object.</summary>
    AddProperty,

    /// <summary>Removes an item of an array.</summary>
    RemoveItem,

    /// <summary>Repeats an item of an array right after itself.</summary>
    DuplicateItem,

    /// <summary>Swaps an item of an array with the next one.</summary>
    SwapItems,

    /// <summary>Moves a number: plus or minus one, negated, times a power of ten, plus a half.</summary>
    ShiftNumber,

    /// <summary>Edits a string: a year moved to the edge of time, a digit changed, a character cut or repeated, the string
    /// emptied or made long.</summary>
    EditString,

    /// <summary>Edits the text of the document: a character removed, inserted (a comma, a quote, a comment, a brace) or the
    /// text cut short, so the result is often not strict JSON.</summary>
    EditText,
}

/// <summary>
/// One change to a JSON document, chosen by numbers so that FsCheck generates and shrinks it: <see cref="Target"/>
/// picks the token (or the character, for <see cref="JsonMutationKind.EditText"/>) modulo how many there are, and
/// <see cref="Choice"/> picks what to put there. Apply mutations with <see cref="JsonMutator.Apply"/>.
/// </summary>
/// <param name="Kind">What the mutation does.</param>
/// <param name="Target">Which token or character it changes, modulo the candidates; zero or more.</param>
/// <param name="Choice">Which value, name or edit it uses, modulo the options; zero or more.</param>
public readonly record struct JsonMutation(JsonMutationKind Kind, int Target, int Choice)
{
    /// <summary>Writes the mutation as C# that creates it, so a failing case can be replayed.</summary>
    /// <returns>For example <c>new JsonMutation(JsonMutationKind.ShiftNumber, 12, 3)</c>.</returns>
    public override string ToString() => $"new JsonMutation(JsonMutationKind.{Kind}, {Target}, {Choice})";
}
