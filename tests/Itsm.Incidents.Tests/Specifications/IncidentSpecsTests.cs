using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Incidents.Tests.Incidents;
using NodaTime;

namespace Itsm.Incidents.Tests.Specifications;

public class IncidentSpecsTests
{
    private static readonly Instant Start = IncidentScenario.Start;

    /// <summary>An incident logged, assigned and acknowledged (its response clock stopped) at the given minute.</summary>
    private static Incident Make(string id, int impact, int urgency, int minutesAfterStart)
    {
        var desk = IncidentScenario.Actors[0];
        var at = Start + Duration.FromMinutes(minutesAfterStart);
        var incident = Incident.Log(new Id<Kinds.Incident>(id), "c", new Id<Kinds.Service>("email"), [], "email", impact, urgency, IncidentScenario.Settings, desk, at);
        incident.Assign(desk, at, new Id<Kinds.Group>("g"));
        incident.Acknowledge(IncidentScenario.Actors[1], at);
        return incident;
    }

    private static Incident[] Sample()
    {
        var p1 = Make("INC-P1", 1, 1, 0);
        var p3Old = Make("INC-P3-old", 2, 2, 0);
        var p3New = Make("INC-P3-new", 2, 2, 30);
        var resolved = Make("INC-done", 1, 1, 0);
        resolved.Resolve(IncidentScenario.Actors[1], Start + Duration.FromMinutes(50), "fixed", "fixed it");
        return [p3New, resolved, p1, p3Old];
    }

    [Fact]
    public void OpenIncidents_MostUrgentFirstThenOldest()
    {
        Assert.Equal(["INC-P1", "INC-P3-old", "INC-P3-new"], new OpenIncidentsSpec().Evaluate(Sample()).Select(i => i.Id.Value));
        Assert.Equal(["INC-P3-old", "INC-P3-new"], new OpenIncidentsSpec(Priority.P3).Evaluate(Sample()).Select(i => i.Id.Value));
    }

    [Fact]
    public void Breaching_FindsBreachedAndAboutToBreach()
    {
        var incidents = Sample();
        // Monday: P1 resolution (4 h on 5x9 UTC) is due 13:00; P3 (16 h) on Tuesday.
        var monday11 = Instant.FromUtc(2026, 3, 2, 11, 0);

        Assert.Equal(["INC-P1"], new IncidentsBreachingSpec(monday11, Duration.FromHours(3)).Evaluate(incidents).Select(i => i.Id.Value));
        Assert.DoesNotContain(new IncidentsBreachingSpec(monday11, Duration.Zero).Evaluate(incidents), i => i.Priority == Priority.P3);
        Assert.Contains(new IncidentsBreachingSpec(Instant.FromUtc(2026, 3, 2, 14, 0), Duration.Zero).Evaluate(incidents), i => i.Id.Value == "INC-P1");
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new IncidentsBreachingSpec(monday11, Duration.FromHours(-1)));
    }

    [Fact]
    public void Compliance_ClosedIncidentsHaveAResolution()
    {
        var closed = Make("INC-closed", 2, 2, 0);
        closed.Resolve(IncidentScenario.Actors[1], Start + Duration.FromMinutes(10), "fixed", "fixed it");
        closed.Close(IncidentScenario.Actors[2], Start + Duration.FromMinutes(20));

        var spec = new ClosedIncidentsWithoutResolutionSpec();

        Assert.Empty(spec.Evaluate([.. Sample(), closed]));
        Assert.False(spec.IsSatisfiedBy(closed));
    }
}
