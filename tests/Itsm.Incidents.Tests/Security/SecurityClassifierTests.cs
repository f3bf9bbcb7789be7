using System;
using System.Linq;
using NodaTime;

namespace Itsm.Incidents.Tests.Security;

/// <summary>The classification of procedure 4.1, each clause on both sides of its boundary.</summary>
public class SecurityClassifierTests
{
    private static readonly SecurityClassifier Classifier = SecurityClassifier.Default;

    private static SecurityFacts Nothing => new(Duration.Zero, 0);

    [Theory]
    [InlineData(0, 0, SecurityClass.Event)]
    [InlineData(239, 99_999, SecurityClass.Event)]
    [InlineData(240, 0, SecurityClass.Incident)]
    [InlineData(0, 100_000, SecurityClass.Incident)]
    [InlineData(479, 999_999, SecurityClass.Incident)]
    [InlineData(480, 0, SecurityClass.MajorIncident)]
    [InlineData(0, 1_000_000, SecurityClass.MajorIncident)]
    public void Classify_TheOutageAndLossThresholds(int outageMinutes, int loss, SecurityClass expected) =>
        Assert.Equal(expected, Classifier.Classify(new SecurityFacts(Duration.FromMinutes(outageMinutes), loss)));

    [Theory]
    [InlineData("enterprise secret", InformationExposure.Lost, SecurityClass.Incident)]
    [InlineData("enterprise secret", InformationExposure.Leaked, SecurityClass.Incident)]
    [InlineData("enterprise confidential", InformationExposure.Lost, SecurityClass.Incident)]
    [InlineData("enterprise confidential", InformationExposure.Leaked, SecurityClass.MajorIncident)]
    [InlineData("state secret", InformationExposure.Lost, SecurityClass.Incident)]
    [InlineData("state secret", InformationExposure.Leaked, SecurityClass.MajorIncident)]
    public void Classify_InformationLeakedOrLost_ByItsGrade(string grade, InformationExposure exposure, SecurityClass expected)
    {
        var facts = Nothing with { Information = new(Grade(grade), exposure) };

        Assert.Equal(expected, Classifier.Classify(facts));
    }

    [Theory]
    [InlineData(DisasterDamage.None, SecurityClass.Event)]
    [InlineData(DisasterDamage.InformationAssetsDamaged, SecurityClass.Incident)]
    [InlineData(DisasterDamage.MachineRoomEquipmentDestroyed, SecurityClass.MajorIncident)]
    public void Classify_ADisaster_DamagingInformationAssetsIsAnIncident_WhateverTheLoss(DisasterDamage damage, SecurityClass expected) =>
        Assert.Equal(expected, Classifier.Classify(Nothing with { Disaster = damage }));

    [Fact]
    public void Classify_TheKindOfAnEvent_IsThatOfTheFacts_AndAnIncidentOfWhateverKindStaysAnIncident()
    {
        Assert.Equal(SecurityClass.Event, Classifier.Classify(Nothing with { EventKind = SecurityEventKind.PhysicalAccessViolation }));
        Assert.Equal(SecurityClass.Incident, Classifier.Classify(new SecurityFacts(Duration.FromHours(4), 0) { EventKind = SecurityEventKind.HumanError }));
    }

    [Fact]
    public void Classify_ThresholdsAreConfigurable() =>
        Assert.Equal(SecurityClass.Incident, (Classifier with { IncidentOutage = Duration.FromHours(1) }).Classify(new SecurityFacts(Duration.FromHours(2), 0)));

    [Fact]
    public void Classify_WithTheHostsOwnGrades()
    {
        SecrecyGrade internalUse = new("internal", 1), restricted = new("restricted", 2), topSecret = new("top secret", 3);
        var classifier = Classifier with { Secrecy = new SecrecyPolicy([internalUse, restricted, topSecret], restricted, topSecret) };

        Assert.Equal(SecurityClass.Event, classifier.Classify(Nothing with { Information = new(internalUse, InformationExposure.Leaked) }));
        Assert.Equal(SecurityClass.Incident, classifier.Classify(Nothing with { Information = new(restricted, InformationExposure.Leaked) }));
        Assert.Equal(SecurityClass.Incident, classifier.Classify(Nothing with { Information = new(topSecret, InformationExposure.Lost) }));
        Assert.Equal(SecurityClass.MajorIncident, classifier.Classify(Nothing with { Information = new(topSecret, InformationExposure.Leaked) }));
        var unknown = Assert.Throws<ArgumentException>(() => classifier.Classify(Nothing with { Information = new(SecrecyGrade.StateSecret, InformationExposure.Leaked) }));
        Assert.Contains("'state secret' (rank 3) is not a grade of secrecy of this policy", unknown.Message, StringComparison.Ordinal);
    }

    /// <summary>The sample of docs/incidents.md, as it stands there.</summary>
    [Fact]
    public void TheDocsSample_SetsAThresholdAndTheHostsGrades()
    {
        SecrecyGrade internalUse = new("internal", 1), restricted = new("restricted", 2), topSecret = new("top secret", 3);
        var classifier = SecurityClassifier.Default with
        {
            IncidentOutage = Duration.FromHours(2),
            Secrecy = new SecrecyPolicy([internalUse, restricted, topSecret], incidentFrom: restricted, majorLeakFrom: topSecret),
        };

        Assert.Equal(SecurityClass.Incident, classifier.Classify(new SecurityFacts(Duration.FromHours(2), 0)));
        Assert.Equal(SecurityClass.Event, classifier.Classify(Nothing with { Information = new(internalUse, InformationExposure.Lost) }));
        Assert.Equal(SecurityClass.MajorIncident, classifier.Classify(Nothing with { Information = new(topSecret, InformationExposure.Leaked) }));
    }

    [Fact]
    public void Classify_NegativeOrUndefinedFacts_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => Classifier.Classify(new SecurityFacts(Duration.FromHours(-1), 0)));
        Assert.Throws<ArgumentException>(() => Classifier.Classify(new SecurityFacts(Duration.Zero, -1)));
        Assert.Throws<ArgumentException>(() => Classifier.Classify(Nothing with { Disaster = (DisasterDamage)9 }));
        Assert.Throws<ArgumentException>(() => Classifier.Classify(Nothing with { EventKind = (SecurityEventKind)9 }));
        Assert.Throws<ArgumentException>(() => Classifier.Classify(Nothing with { Information = new(SecrecyGrade.StateSecret, InformationExposure.None) }));
    }

    [Fact]
    public void SettingsAreValidatedWhenBuilt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Classifier with { MajorLoss = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Classifier with { IncidentOutage = Duration.FromHours(-1) });
        Assert.Throws<ArgumentNullException>(() => Classifier with { Secrecy = null! });
        SecrecyGrade a = new("a", 1), b = new("b", 2);
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([], a, a));
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([a, new("a", 2)], a, a));
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([a, new("c", 1)], a, a));
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([a, new(" ", 2)], a, a));
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([a], a, b));
        Assert.Throws<ArgumentException>(() => new SecrecyPolicy([a, b], b, a));
    }

    private static SecrecyGrade Grade(string name) => SecrecyPolicy.Default.Grades.Single(g => g.Name == name);
}
