using System;

namespace Itsm.Core.Ids;

/// <summary>
/// What an id identifies: a marker type with the name used in messages. The kinds of the SDK are in <see cref="Kinds"/>.
/// </summary>
public interface IIdKind
{
    /// <summary>Gets the name of the kind, for messages, for example <c>incident</c>.</summary>
    static abstract string Name { get; }
}

/// <summary>
/// A typed id: the id of an incident cannot be passed where the id of a service is expected. Records of one package
/// refer to records of another (a problem to a change) by these ids.
/// </summary>
/// <typeparam name="TKind">What the id identifies, for example <see cref="Kinds.Incident"/>; a host may declare
/// its own kinds.</typeparam>
/// <remarks>
/// The value is the host's own identifier, compared ordinally. Ids are not generated here: they come from the host,
/// so every result is reproducible. The default value is not a valid id (its <see cref="IsEmpty"/> is true) and is
/// refused wherever an id is required. Immutable and thread-safe.
/// </remarks>
public readonly struct Id<TKind> : IEquatable<Id<TKind>>, IComparable<Id<TKind>>
    where TKind : IIdKind
{
    /// <summary>The longest value an id may have.</summary>
    public const int MaxLength = Id.MaxLength;

    private readonly string? _value;

    /// <summary>Initializes an id.</summary>
    /// <param name="value">The host's identifier: 1 to 200 characters, not starting or ending with white space, without
    /// control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the rule; the message names the value and the kind.</exception>
    public Id(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(
            Id.IsValid(value),
            nameof(value),
            $"'{Wording.Excerpt(value)}' is not a valid {TKind.Name} id: ids have 1 to {MaxLength} characters, no white space at either end and no control characters.");
        _value = value;
    }

    /// <summary>Gets the host's identifier; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, invalid id.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Tests two ids for equality.</summary>
    public static bool operator ==(Id<TKind> left, Id<TKind> right) => left.Equals(right);

    /// <summary>Tests two ids for inequality.</summary>
    public static bool operator !=(Id<TKind> left, Id<TKind> right) => !left.Equals(right);

    /// <summary>Orders ids ordinally by value.</summary>
    public static bool operator <(Id<TKind> left, Id<TKind> right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally by value.</summary>
    public static bool operator <=(Id<TKind> left, Id<TKind> right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally by value.</summary>
    public static bool operator >(Id<TKind> left, Id<TKind> right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally by value.</summary>
    public static bool operator >=(Id<TKind> left, Id<TKind> right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Id<TKind> other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Id<TKind> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ids ordinally by value.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Id<TKind> other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the value.</summary>
    /// <returns>The host's identifier.</returns>
    public override string ToString() => Value;
}

/// <summary>The rule every id follows, whatever its kind.</summary>
public static class Id
{
    /// <summary>The longest value an id may have.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns whether a text is a valid id: 1 to <see cref="MaxLength"/> characters, not starting or ending with
    /// white space, without control characters. <see cref="Id{TKind}(string)"/> accepts exactly these.</summary>
    /// <param name="value">The text.</param>
    /// <returns>True when the text is a valid id.</returns>
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.Trim().Length == value.Length && !value.AsSpan().ContainsAnyInRange('\0', '\u001f');
}
