using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>Values written as C# expressions, for histories that print themselves as code an example test can paste.</summary>
public static class CSharp
{
    /// <summary>A value as a C# expression: numbers, booleans, strings, enums, durations and instants, null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="ArgumentException">The value's type has no C# spelling here.</exception>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        Code code => code.Expression,
        bool b => b ? "true" : "false",
        int or long => string.Format(CultureInfo.InvariantCulture, "{0}", value),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + (d == Math.Floor(d) && !double.IsInfinity(d) ? ".0" : string.Empty),
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Enum e => e.GetType().Name + "." + e,
        Duration d => DurationLiteral(d),
        Instant i => InstantLiteral(i),
        _ => throw new ArgumentException($"{value.GetType().Name} has no C# spelling in a printed history.", nameof(value)),
    };

    /// <summary>An expression already written as C#, for <see cref="Literal"/> and <see cref="Record"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The expression, as a value those methods write as it is.</returns>
    public static object Raw(string expression) => new Code(expression);

    /// <summary>A target-typed constructor call: <c>new(a, b, c)</c>.</summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The expression.</returns>
    public static string New(params object?[] arguments) => "new(" + string.Join(", ", arguments.Select(Literal)) + ")";

    /// <summary>A record with its leading arguments and its steps, one step per line: <c>new IncidentScenario(2, 3, [ ... ])</c>.</summary>
    /// <typeparam name="TStep">The step type; its <see cref="object.ToString"/> is C#.</typeparam>
    /// <param name="typeName">The record's type name.</param>
    /// <param name="arguments">The arguments before the steps.</param>
    /// <param name="steps">The steps.</param>
    /// <param name="after">Arguments after the steps, already written as C#.</param>
    /// <returns>The expression.</returns>
    public static string Record<TStep>(string typeName, IEnumerable<object?> arguments, IReadOnlyList<TStep> steps, params string[] after)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(steps);
        var leading = arguments.Select(Literal).ToList();
        string list = steps.Count == 0 ? "[]" : "[" + Environment.NewLine + string.Concat(steps.Select(s => "    " + s + "," + Environment.NewLine)) + "]";
        return $"new {typeName}({string.Join(", ", [.. leading, list, .. after])})";
    }

    private static string DurationLiteral(Duration d)
    {
        long ns = d.ToInt64Nanoseconds();
        return ns % 60_000_000_000L == 0 ? $"Duration.FromMinutes({ns / 60_000_000_000L})"
            : ns % 1_000_000L == 0 ? $"Duration.FromMilliseconds({ns / 1_000_000L})"
            : $"Duration.FromNanoseconds({ns})";
    }

    private static string InstantLiteral(Instant i)
    {
        var utc = i.InUtc();
        return i.ToUnixTimeTicks() % NodaConstants.TicksPerSecond == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Instant.FromUtc({utc.Year}, {utc.Month}, {utc.Day}, {utc.Hour}, {utc.Minute}, {utc.Second})")
            : string.Create(CultureInfo.InvariantCulture, $"Instant.FromUnixTimeTicks({i.ToUnixTimeTicks()})");
    }

    private sealed record Code(string Expression);
}
