using System;
using NodaTime;
using static Itsm.Documents.Tests.Records.RecordFixtures;

namespace Itsm.Documents.Tests.Records;

public class RetentionPolicyTests
{
    [Fact]
    public void Constructor_TakesWholeDaysToAHundredYears_AndNamesTheTriggerEvent()
    {
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromDeclaration(Period.FromHours(36), RetentionAction.Delete));
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromDeclaration(Period.Zero, RetentionAction.Delete));
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromDeclaration(Period.FromYears(-1), RetentionAction.Delete));
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromDeclaration(Period.FromYears(101), RetentionAction.Delete));
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromDeclaration(Period.FromYears(1), (RetentionAction)9));
        Assert.Throws<ArgumentException>(() => RetentionPolicy.FromEvent(Period.FromYears(1), " ", RetentionAction.Delete));
        Assert.Throws<ArgumentException>(() => new RetentionPolicy(Period.FromYears(1), RetentionTrigger.FromDeclaration, RetentionAction.Delete, "contract end"));
        Assert.Equal(RetentionPolicy.FromDeclaration(Period.FromYears(100), RetentionAction.Keep).Period, Period.FromYears(100));
        Assert.Equal(TwoYearsAfterContractEnd, new RetentionPolicy(Period.FromYears(2), RetentionTrigger.FromEvent, RetentionAction.Delete, "contract end"));
    }
}
