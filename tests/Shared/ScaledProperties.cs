// Shared test source, linked into every test project: FsCheck properties whose number of cases one setting scales, so
// that the default run fits the CI budget and a deep run (or a mutation run) asks for more (or fewer) without editing a
// test.
using System;
using System.Globalization;
using FsCheck.Xunit;

namespace Itsm.Tests.Shared;

/// <summary>
/// The number of cases a scaled property runs: the count the test declares times the factor in the environment variable
/// <c>ITSM_PROPERTY_SCALE</c> (a positive decimal number, 1 when unset), at least one case.
/// <c>ITSM_PROPERTY_SCALE=5 dotnet test Itsm.Core.sln -c Release</c> is the deep run; a mutation run lowers it.
/// </summary>
internal static class PropertyScale
{
    /// <summary>The name of the environment variable.</summary>
    public const string Variable = "ITSM_PROPERTY_SCALE";

    private static readonly Lazy<double> Factor = new(() => Parse(Environment.GetEnvironmentVariable(Variable)));

    /// <summary>The declared count times the factor, at least one.</summary>
    public static int Scale(int declared) => Scale(declared, Factor.Value);

    /// <summary>The declared count times <paramref name="factor"/>, rounded, at least one.</summary>
    internal static int Scale(int declared, double factor)
    {
        if (declared < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(declared), declared, "A property declares at least one case.");
        }

        return (int)Math.Clamp(Math.Round(declared * factor), 1, int.MaxValue);
    }

    /// <summary>Reads the factor: unset or empty is 1; anything but a positive finite number is refused, naming it.</summary>
    internal static double Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)
            || !double.IsFinite(factor) || factor <= 0)
        {
            throw new InvalidOperationException(
                $"{Variable}='{text}' is not a positive number: it multiplies the cases each property runs (1 when unset).");
        }

        return factor;
    }
}

/// <summary>FsCheck's <see cref="PropertyAttribute"/> whose <see cref="Cases"/> are scaled by <see cref="PropertyScale"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <summary>The cases of the default run; the property runs them times <c>ITSM_PROPERTY_SCALE</c>.</summary>
    public int Cases
    {
        get => MaxTest;
        set => MaxTest = PropertyScale.Scale(value);
    }

    /// <summary>The cases a property may reject (<c>Prop.When</c>) before it gives up, failing, in the default run; scaled
    /// as <see cref="Cases"/> are, so that the ratio holds in a deep run.</summary>
    public int Rejected
    {
        get => MaxRejected;
        set => MaxRejected = PropertyScale.Scale(value);
    }
}

/// <summary>FsCheck's <see cref="PropertiesAttribute"/> whose <see cref="Cases"/> are scaled by <see cref="PropertyScale"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class ScaledPropertiesAttribute : PropertiesAttribute
{
    /// <summary>The cases of the default run of each property of the class; each runs them times <c>ITSM_PROPERTY_SCALE</c>.</summary>
    public int Cases
    {
        get => MaxTest;
        set => MaxTest = PropertyScale.Scale(value);
    }

    /// <summary>The cases a property may reject (<c>Prop.When</c>) before it gives up, failing, in the default run; scaled
    /// as <see cref="Cases"/> are, so that the ratio holds in a deep run.</summary>
    public int Rejected
    {
        get => MaxRejected;
        set => MaxRejected = PropertyScale.Scale(value);
    }
}
