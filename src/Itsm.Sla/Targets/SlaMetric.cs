using System;

namespace Itsm.Sla.Targets;

/// <summary>
/// What an SLA target measures: <see cref="Response"/>, <see cref="Resolution"/>, or a named custom metric such as
/// <c>update</c>.
/// </summary>
/// <remarks>Names are compared ordinally and stored in lower case. Instances are immutable and thread-safe.</remarks>
public sealed class SlaMetric : IEquatable<SlaMetric>
{
    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private SlaMetric(string name) => Name = name;

    /// <summary>Gets the time to respond (first acknowledgement).</summary>
    public static SlaMetric Response { get; } = new("response");

    /// <summary>Gets the time to resolve.</summary>
    public static SlaMetric Resolution { get; } = new("resolution");

    /// <summary>Gets the metric's name, lower case.</summary>
    public string Name { get; }

    /// <summary>Gets a metric by name: <c>response</c> and <c>resolution</c> are the well-known ones; any other name is a
    /// custom metric.</summary>
    /// <param name="name">Letters, digits, <c>-</c> and <c>_</c>; not empty.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or has other characters.</exception>
    public static SlaMetric Named(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(
            name.Length > 0 && name.AsSpan().IndexOfAnyExcept(NameCharacters) < 0,
            nameof(name),
            $"'{name}' is not a metric name; names use letters, digits, '-' and '_' and are not empty.");
        string lower = name.ToLowerInvariant();
        return lower == Response.Name ? Response : lower == Resolution.Name ? Resolution : new SlaMetric(lower);
    }

    /// <inheritdoc />
    public bool Equals(SlaMetric? other) => other is not null && Name == other.Name;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaMetric);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
