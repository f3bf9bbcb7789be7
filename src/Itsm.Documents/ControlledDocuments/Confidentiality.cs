using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Itsm.Documents;

/// <summary>A confidentiality level a document is marked with.</summary>
/// <param name="Name">The level as marked on the document, such as <c>internal public</c>.</param>
/// <param name="RequiresClearance">Whether a controlled copy goes only to a holder cleared for the level.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record ConfidentialityLevel(string Name, bool RequiresClearance)
{
    /// <summary>The level's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

/// <summary>Decides whether a copy holder is cleared for a confidentiality level that requires clearance.</summary>
/// <param name="holder">The holder's actor id.</param>
/// <param name="level">The document's level.</param>
/// <returns>True when the holder is cleared.</returns>
public delegate bool HolderClearance(string holder, ConfidentialityLevel level);

/// <summary>
/// The confidentiality levels an organisation marks documents with, and who is cleared for those that require it.
/// <see cref="Default"/>: public, internal public (the source documents' example) and internal need no clearance;
/// confidential and secret do, and nobody is cleared until the host says who (<see cref="WithClearance"/>).
/// </summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed class ConfidentialityLevels
{
    private readonly ImmutableDictionary<string, ConfidentialityLevel> _byName;
    private readonly HolderClearance _clearance;

    /// <summary>Initializes the levels.</summary>
    /// <param name="levels">The levels, each with its own name.</param>
    /// <param name="clearance">Who is cleared for a level that requires clearance; nobody when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> or a level is null.</exception>
    /// <exception cref="ArgumentException">No level, or an empty or repeated name.</exception>
    public ConfidentialityLevels(IEnumerable<ConfidentialityLevel> levels, HolderClearance? clearance = null)
    {
        var list = Preconditions.CheckNotNull(levels).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(l => l is not null), nameof(levels), "Confidentiality levels are at least one, and none is null.");
        Preconditions.CheckArgument(list.All(l => !string.IsNullOrWhiteSpace(l.Name)), nameof(levels), "A confidentiality level has a name.");
        Preconditions.CheckArgument(
            list.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count() == list.Length,
            nameof(levels),
            $"Confidentiality levels each have their own name: {string.Join(", ", list)}.");
        Levels = list;
        _byName = list.ToImmutableDictionary(l => l.Name, StringComparer.Ordinal);
        _clearance = clearance ?? ((_, _) => false);
    }

    /// <summary>Gets the default levels: public, internal public, internal, confidential (clearance), secret
    /// (clearance); nobody cleared.</summary>
    public static ConfidentialityLevels Default { get; } = new(
    [
        new("public", false),
        new("internal public", false),
        new("internal", false),
        new("confidential", true),
        new("secret", true),
    ]);

    /// <summary>Gets the levels, in the order given.</summary>
    public ImmutableArray<ConfidentialityLevel> Levels { get; }

    /// <summary>The same levels with a host's clearance rule.</summary>
    /// <param name="clearance">Who is cleared for a level that requires clearance.</param>
    /// <returns>The levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clearance"/> is null.</exception>
    public ConfidentialityLevels WithClearance(HolderClearance clearance) => new(Levels, Preconditions.CheckNotNull(clearance));

    /// <summary>Returns a level by name.</summary>
    /// <param name="name">The name as marked.</param>
    /// <returns>The level; null when no level has the name.</returns>
    public ConfidentialityLevel? Find(string? name) => name is not null && _byName.TryGetValue(name, out var level) ? level : null;

    /// <summary>The refusal of a name that is not a level.</summary>
    internal string Unknown(string? name) => $"'{name}' is not a confidentiality level of these settings: {string.Join(", ", Levels.Select(l => $"'{l}'"))}";

    /// <summary>Returns whether a holder may receive a controlled copy of a document of a level: always for a level that
    /// requires no clearance; otherwise as the host's clearance rule says.</summary>
    /// <param name="holder">The holder's actor id.</param>
    /// <param name="level">The level.</param>
    /// <returns>True when the holder may receive it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsCleared(string holder, ConfidentialityLevel level) =>
        !Preconditions.CheckNotNull(level).RequiresClearance || _clearance(Preconditions.CheckNotNull(holder), level);
}
