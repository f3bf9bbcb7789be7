using System;

namespace Itsm.Sla.Tests;

/// <summary>The exception's message: a count of the problems, singular or plural, then each on a line of its own.</summary>
public class InvalidSlaDefinitionExceptionTests
{
    [Fact]
    public void OneProblemIsCountedInTheSingularAndListed()
    {
        var error = new InvalidSlaDefinitionException(["entry 0: the target 0 min is outside (0, 36525 d]."]);

        Assert.Equal("The SLA definition is not valid (1 problem):" + Environment.NewLine + "- entry 0: the target 0 min is outside (0, 36525 d].", error.Message);
        Assert.Equal(["entry 0: the target 0 min is outside (0, 36525 d]."], error.Problems);
    }

    [Fact]
    public void SeveralProblemsAreCountedInThePluralAndEachListedOnItsLine()
    {
        var error = new InvalidSlaDefinitionException(["first", "second"]);

        Assert.Equal(
            "The SLA definition is not valid (2 problems):" + Environment.NewLine + "- first" + Environment.NewLine + "- second",
            error.Message);
        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void AnInvalidDefinitionHasAtLeastOneProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new InvalidSlaDefinitionException([]));

        Assert.Equal("problems", error.ParamName);
        Assert.StartsWith("An invalid definition has at least one problem.", error.Message);
    }

    [Fact]
    public void TheProblemsAreRequired() =>
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new InvalidSlaDefinitionException(null!)).ParamName);
}
