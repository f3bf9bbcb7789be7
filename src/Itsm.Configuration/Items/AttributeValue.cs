using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Configuration;

/// <summary>The kinds of value a configuration item's attribute holds.</summary>
public enum AttributeKind
{
    /// <summary>Text (up to <see cref="AttributeValue.MaxTextLength"/> characters).</summary>
    Text = 1,

    /// <summary>A decimal number.</summary>
    Number = 2,

    /// <summary>True or false.</summary>
    Flag = 3,

    /// <summary>A calendar date.</summary>
    Date = 4,
}

/// <summary>
/// A typed attribute value of a configuration item: text, a decimal number, a flag or a date. Two values are equal when
/// they are of the same kind and hold the same value.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> writes the value invariantly (<c>16</c>, <c>true</c>,
/// <c>2026-03-02</c>), as version differences show it.</remarks>
public abstract record AttributeValue
{
    /// <summary>The longest text value.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest attribute name.</summary>
    public const int MaxNameLength = 100;

    private protected AttributeValue()
    {
    }

    /// <summary>Gets the kind of value.</summary>
    public abstract AttributeKind Kind { get; }

    /// <summary>A text value.</summary>
    /// <param name="value">The text: not null, at most <see cref="MaxTextLength"/> characters.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is too long.</exception>
    public static AttributeValue Of(string value) => new TextValue(value);

    /// <summary>A number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(decimal value) => new NumberValue(value);

    /// <summary>A flag value.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(bool value) => new FlagValue(value);

    /// <summary>A date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static AttributeValue Of(LocalDate value) => new DateValue(value);

    /// <summary>Checks an attribute name: 1 to <see cref="MaxNameLength"/> characters, no white space at either end, no
    /// control characters.</summary>
    /// <param name="name">The name.</param>
    /// <param name="paramName">The argument it came from, for the exception.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name breaks the rule.</exception>
    public static string CheckName(string name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        Preconditions.CheckArgument(IsName(name), paramName, $"'{name}' is not an attribute name: names have 1 to {MaxNameLength} characters, no white space at either end and no control characters.");
        return name;
    }

    /// <summary>Returns whether a text is a valid attribute name (see <see cref="CheckName"/>).</summary>
    /// <param name="name">The text.</param>
    /// <returns>True when valid.</returns>
    public static bool IsName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && name.Trim().Length == name.Length && !name.AsSpan().ContainsAnyInRange('\0', '\u001f');
}

/// <summary>A text attribute value.</summary>
public sealed record TextValue : AttributeValue
{
    /// <summary>Initializes the value.</summary>
    /// <param name="value">The text: not null, at most <see cref="AttributeValue.MaxTextLength"/> characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is too long.</exception>
    public TextValue(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(value.Length <= MaxTextLength, nameof(value), FormattableString.Invariant($"A text attribute has at most {MaxTextLength} characters, not {value.Length}."));
        Value = value;
    }

    /// <summary>Gets the text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override AttributeKind Kind => AttributeKind.Text;

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A number attribute value.</summary>
/// <param name="Value">The number.</param>
public sealed record NumberValue(decimal Value) : AttributeValue
{
    /// <inheritdoc />
    public override AttributeKind Kind => AttributeKind.Number;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A flag attribute value.</summary>
/// <param name="Value">The flag.</param>
public sealed record FlagValue(bool Value) : AttributeValue
{
    /// <inheritdoc />
    public override AttributeKind Kind => AttributeKind.Flag;

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A date attribute value.</summary>
/// <param name="Value">The date.</param>
public sealed record DateValue(LocalDate Value) : AttributeValue
{
    /// <inheritdoc />
    public override AttributeKind Kind => AttributeKind.Date;

    /// <inheritdoc />
    public override string ToString() => LocalDatePattern.Iso.Format(Value);
}
