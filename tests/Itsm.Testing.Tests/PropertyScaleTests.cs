using System;
using Itsm.Tests.Shared;

namespace Itsm.Testing.Tests;

/// <summary>The setting that scales the cases of every property of the repository's tests.</summary>
public class PropertyScaleTests
{
    [Theory]
    [InlineData(null, 1.0)]
    [InlineData("", 1.0)]
    [InlineData("5", 5.0)]
    [InlineData("0.15", 0.15)]
    [InlineData("1e1", 10.0)]
    public void The_factor_is_read_invariantly_and_is_one_when_unset(string? text, double expected) =>
        Assert.Equal(expected, PropertyScale.Parse(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0,5")]
    [InlineData("ten")]
    public void A_factor_that_is_not_a_positive_number_is_refused_naming_it(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PropertyScale.Parse(text));
        Assert.Contains($"ITSM_PROPERTY_SCALE='{text}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2_000, 1.0, 2_000)]
    [InlineData(2_000, 5.0, 10_000)]
    [InlineData(2_000, 0.15, 300)]
    [InlineData(200, 0.001, 1)]
    [InlineData(2_000_000, 5_000.0, int.MaxValue)]
    public void Cases_are_the_declared_count_times_the_factor_at_least_one(int declared, double factor, int expected) =>
        Assert.Equal(expected, PropertyScale.Scale(declared, factor));

    [Fact]
    public void A_property_declares_at_least_one_case() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PropertyScale.Scale(0, 1.0));
}
