using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

public class IncidentSettingsTests
{
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);

    private static SlaPolicy UpTo(Priority lowest)
    {
        var builder = SlaPolicy.Builder("three");
        for (var priority = Priority.P1; priority <= lowest; priority++)
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(1), SevenByTwentyFour)
                .Add(priority, SlaMetric.Resolution, Duration.FromHours(8), SevenByTwentyFour);
        }

        return builder.Build();
    }

    [Fact]
    public void Constructor_MatrixGivingAPriorityThePolicyLacks_IsRefusedWithEveryMissingTarget()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => new IncidentSettings(UpTo(Priority.P3), PriorityMatrix.FiveByFive));

        Assert.Equal(
            [
                "SLA policy 'three' has no response target for P4, which the priority matrix '5x5' gives; incidents of P4 could not be logged.",
                "SLA policy 'three' has no resolution target for P4, which the priority matrix '5x5' gives; incidents of P4 could not be logged.",
                "SLA policy 'three' has no response target for P5, which the priority matrix '5x5' gives; incidents of P5 could not be logged.",
                "SLA policy 'three' has no resolution target for P5, which the priority matrix '5x5' gives; incidents of P5 could not be logged.",
            ],
            error.Problems);
    }

    [Fact]
    public void Constructor_PolicyCoveringTheMatrix_IsAccepted()
    {
        var twoByTwo = PriorityMatrix.Create("2x2", new[,] { { Priority.P1, Priority.P2 }, { Priority.P2, Priority.P3 } });

        Assert.Equal([Priority.P1, Priority.P2, Priority.P3], twoByTwo.Priorities.AsEnumerable());
        Assert.Same(twoByTwo, new IncidentSettings(UpTo(Priority.P3), twoByTwo).Matrix);
        Assert.Throws<InvalidSlaDefinitionException>(() => new IncidentSettings(UpTo(Priority.P3)));
        Assert.Same(PriorityMatrix.FiveByFive, new IncidentSettings(IncidentPolicies.For(SevenByTwentyFour), PriorityMatrix.FiveByFive).Matrix);
    }

    [Fact]
    public void Init_NegativeDaysNullPartsAndUndefinedCycles_AreRefusedWhenBuilt()
    {
        var settings = new IncidentSettings(IncidentPolicies.For(SevenByTwentyFour));

        Assert.Equal("AutoCloseAfterBusinessDays", Assert.Throws<ArgumentOutOfRangeException>(() => settings with { AutoCloseAfterBusinessDays = -1 }).ParamName);
        Assert.Equal("ReopenWindowBusinessDays", Assert.Throws<ArgumentOutOfRangeException>(() => settings with { ReopenWindowBusinessDays = -2 }).ParamName);
        Assert.Throws<ArgumentNullException>(() => settings with { Roles = null! });
        Assert.Throws<ArgumentNullException>(() => settings with { SecurityClassifier = null! });
        Assert.Contains("is not a cycle combination", Assert.Throws<ArgumentException>(() => settings with { ResolutionCycles = (Itsm.Sla.Clocks.CycleCombination)9 }).Message, StringComparison.Ordinal);
        Assert.Equal(0, (settings with { AutoCloseAfterBusinessDays = 0 }).AutoCloseAfterBusinessDays);
    }
}
