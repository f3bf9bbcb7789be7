// Shared source, linked into every package (see src/Directory.Build.props). Not a public type.
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Itsm;

/// <summary>
/// Argument checks in the style of NodaTime's <c>Preconditions</c>: each throws an
/// <see cref="ArgumentException"/> type whose message names the value and the rule it broke.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="argument"/> is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="expression"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null, and
    /// <see cref="ArgumentException"/> with <paramref name="message"/> when it is empty or white space.</summary>
    public static void CheckText([NotNull] string? value, string paramName, string message)
    {
        CheckNotNull(value, paramName);
        CheckArgument(!string.IsNullOrWhiteSpace(value), paramName, message);
    }

    /// <summary>Returns whether a text is given, not blank, and at most <paramref name="max"/> characters long.</summary>
    public static bool IsText([NotNullWhen(true)] string? value, int max) =>
        value is not null && value.Length <= max && !string.IsNullOrWhiteSpace(value);

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null, and
    /// <see cref="ArgumentException"/> saying "<paramref name="what"/>: not blank, at most <paramref name="max"/>
    /// characters." when it is blank or too long.</summary>
    public static void CheckText([NotNull] string? value, int max, string paramName, string what)
    {
        CheckNotNull(value, paramName);
        if (!IsText(value, max))
        {
            throw new ArgumentException(FormattableString.Invariant($"{what}: not blank, at most {max} characters."), paramName);
        }
    }

    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentOutOfRangeException"/> naming it when it is negative.</summary>
    public static int CheckNotNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, FormattableString.Invariant($"{paramName} is {value}; it counts days and is zero or more."));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the value and the range when
    /// <paramref name="value"/> lies outside [min, max].</summary>
    public static void CheckArgumentRange<T>(string paramName, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                FormattableString.Invariant($"{paramName} is {value}; it lies from {min} to {max}."));
        }
    }
}
