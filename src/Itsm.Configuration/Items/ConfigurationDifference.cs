using System;

namespace Itsm.Configuration;

/// <summary>
/// One field of a configuration item that differs between two of its versions (or between a baseline and the live
/// item): the field, and its value before and after, as text (<see cref="AttributeValue.ToString"/> for attributes).
/// </summary>
/// <param name="Field">The field: <see cref="NameField"/>, <see cref="OwnerField"/>, <see cref="CriticalityField"/>,
/// <see cref="StatusField"/>, or <see cref="AttributePrefix"/> followed by an attribute's name.</param>
/// <param name="Before">The value before; null when the field had none (an attribute added, a new item).</param>
/// <param name="After">The value after; null when the field has none (an attribute removed).</param>
public sealed record ConfigurationDifference(string Field, string? Before, string? After)
{
    /// <summary>The name field.</summary>
    public const string NameField = "name";

    /// <summary>The owner field.</summary>
    public const string OwnerField = "owner";

    /// <summary>The criticality field.</summary>
    public const string CriticalityField = "criticality";

    /// <summary>The status field.</summary>
    public const string StatusField = "status";

    /// <summary>The type field (set once, at registration).</summary>
    public const string TypeField = "type";

    /// <summary>What precedes an attribute's name in <see cref="Field"/>.</summary>
    public const string AttributePrefix = "attributes.";

    /// <summary>Gets the attribute's name when the field is an attribute, or null.</summary>
    public string? Attribute => Field.StartsWith(AttributePrefix, StringComparison.Ordinal) ? Field[AttributePrefix.Length..] : null;

    /// <summary>Writes the difference: <c>owner: alice -> bob</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {Before ?? "(none)"} -> {After ?? "(none)"}";
}
