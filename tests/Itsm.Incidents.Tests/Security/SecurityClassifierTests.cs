using System;
using NodaTime;

namespace Itsm.Incidents.Tests.Security;

public class SecurityClassifierTests
{
    private static readonly SecurityClassifier Classifier = SecurityClassifier.Default;

    [Theory]
    [InlineData(0, 0, false, false, false, SecurityClass.Event)]
    [InlineData(239, 99_999, false, false, false, SecurityClass.Event)]
    [InlineData(240, 0, false, false, false, SecurityClass.Incident)]
    [InlineData(0, 100_000, false, false, false, SecurityClass.Incident)]
    [InlineData(0, 0, true, false, false, SecurityClass.Incident)]
    [InlineData(479, 999_999, true, false, false, SecurityClass.Incident)]
    [InlineData(480, 0, false, false, false, SecurityClass.MajorIncident)]
    [InlineData(0, 1_000_000, false, false, false, SecurityClass.MajorIncident)]
    [InlineData(0, 0, false, true, false, SecurityClass.MajorIncident)]
    [InlineData(0, 0, false, false, true, SecurityClass.MajorIncident)]
    public void Classify_FollowsTheSourceDocumentsThresholds(int outageMinutes, int loss, bool confidential, bool secrets, bool disaster, SecurityClass expected) =>
        Assert.Equal(expected, Classifier.Classify(new SecurityFacts(Duration.FromMinutes(outageMinutes), loss, confidential, secrets, disaster)));

    [Fact]
    public void Classify_ThresholdsAreConfigurable() =>
        Assert.Equal(SecurityClass.Incident, (Classifier with { IncidentOutage = Duration.FromHours(1) }).Classify(new SecurityFacts(Duration.FromHours(2), 0)));

    [Fact]
    public void Classify_NegativeFacts_AreRefused() =>
        Assert.Throws<ArgumentException>(() => Classifier.Classify(new SecurityFacts(Duration.FromHours(-1), 0)));
}
