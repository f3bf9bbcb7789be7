using System;
using System.Collections.Generic;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Risk;

public class RiskQuestionnaireTests
{
    private static readonly RiskQuestionnaire Default = RiskQuestionnaire.Default;

    // Answers are option indices; the weights are services 0/2/4, users 0/1/2/3, complexity 0/1/3, tested 0/1/3,
    // backout 0/2/4, history 0/2.
    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, 0, RiskLevel.Low)]
    [InlineData(1, 2, 0, 0, 0, 0, 4, RiskLevel.Low)]
    [InlineData(1, 3, 0, 0, 0, 0, 5, RiskLevel.Medium)]
    [InlineData(2, 3, 1, 1, 0, 0, 9, RiskLevel.Medium)]
    [InlineData(2, 3, 2, 0, 0, 0, 10, RiskLevel.High)]
    [InlineData(2, 3, 2, 2, 2, 1, 19, RiskLevel.High)]
    public void TheDefaultQuestionnaire_AddsTheWeights_AndGradesAtItsThresholds(int services, int users, int complexity, int tested, int backout, int history, int score, RiskLevel level) =>
        Assert.Equal(new RiskAssessment(score, level), Default.Assess(Answers(services, users, complexity, tested, backout, history)));

    [Fact]
    public void AnUnansweredQuestion_AnUnknownQuestion_AndAnOptionOutOfRange_AreRefused()
    {
        var missing = new Dictionary<string, int>(Answers(0, 0, 0, 0, 0, 0));
        missing.Remove("backout");
        Assert.Contains("'backout' is not answered", Assert.Throws<ArgumentException>(() => Default.Assess(missing)).Message, StringComparison.Ordinal);

        var outOfRange = new Dictionary<string, int>(Answers(0, 0, 0, 0, 0, 0)) { ["history"] = 2 };
        Assert.Contains("Option 2 of risk question 'history' does not exist; choose 0 to 1", Assert.Throws<ArgumentException>(() => Default.Assess(outOfRange)).Message, StringComparison.Ordinal);

        var negative = new Dictionary<string, int>(Answers(0, 0, 0, 0, 0, 0)) { ["users"] = -1 };
        Assert.Throws<ArgumentException>(() => Default.Assess(negative));
    }

    [Fact]
    public void AQuestionnaire_IsValidatedWhenBuilt()
    {
        RiskQuestion Q(string id, int weight = 1) => new(id, "question " + id, [new("a", 0), new("b", weight)]);

        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([], 1, 2));
        Assert.Contains("'q' appears more than once", Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([Q("q"), Q("q")], 1, 2)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([Q("q", -1)], 1, 2));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([Q("q", 1_001)], 1, 2));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([new("q", "no options", [])], 1, 2));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([Q("q")], 0, 2));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire([Q("q")], 2, 2));

        var own = new RiskQuestionnaire([Q("q", 1_000)], 1, 1_000);
        Assert.Equal(new RiskAssessment(1_000, RiskLevel.High), own.Assess(new Dictionary<string, int> { ["q"] = 1 }));
        Assert.Equal(new RiskAssessment(0, RiskLevel.Low), own.Assess(new Dictionary<string, int> { ["q"] = 0 }));
    }
}
