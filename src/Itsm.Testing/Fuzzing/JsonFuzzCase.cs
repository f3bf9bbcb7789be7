using System;
using System.Collections.Generic;
using System.Linq;

namespace Itsm.Testing.Fuzzing;

/// <summary>
/// One input of a fuzz run: a seed document (one the packages wrote) and the mutations applied to it. The document is
/// computed once, when first asked for.
/// </summary>
public sealed class JsonFuzzCase
{
    private readonly Lazy<string> _document;

    /// <summary>Initializes a case.</summary>
    /// <param name="seed">The document mutated.</param>
    /// <param name="mutations">The mutations, applied in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JsonFuzzCase(string seed, IReadOnlyList<JsonMutation> mutations)
    {
        Seed = seed ?? throw new ArgumentNullException(nameof(seed));
        Mutations = mutations ?? throw new ArgumentNullException(nameof(mutations));
        _document = new Lazy<string>(() => JsonMutator.Apply(Seed, Mutations));
    }

    /// <summary>Gets the document mutated.</summary>
    public string Seed { get; }

    /// <summary>Gets the mutations, applied in order.</summary>
    public IReadOnlyList<JsonMutation> Mutations { get; }

    /// <summary>Gets the mutated document: the input.</summary>
    public string Document => _document.Value;

    /// <summary>Writes the case as C# that replays it, followed by the document it gives.</summary>
    /// <returns>The case.</returns>
    public override string ToString() =>
        "JsonMutator.Apply(seed, [" + string.Join(", ", Mutations.Select(m => m.ToString())) + "])" + Environment.NewLine
        + "seed:     " + Seed + Environment.NewLine
        + "document: " + (Document.Length > 4_000 ? Document[..4_000] + "…" : Document);
}
