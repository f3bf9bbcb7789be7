using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The incident's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
public class IncidentProperties
{
    [Property]
    public void TheResolutionClock_NeverCountsTimeOnHold(IncidentScenario scenario)
    {
        var (incident, end) = Run(scenario);

        var holds = new List<Interval>();
        Instant? heldSince = null;
        foreach (var e in incident.Events)
        {
            if (e is IncidentPutOnHold)
            {
                heldSince = e.At;
            }
            else if (heldSince is { } since && e is IncidentResumed or IncidentResolved)
            {
                holds.Add(new Interval(since, e.At));
                heldSince = null;
            }
        }

        if (heldSince is { } open)
        {
            holds.Add(new Interval(open, end));
        }

        foreach (var segment in incident.ResolutionClock.Explain(end).Where(s => s.Kind == SlaSegmentKind.Open))
        {
            Assert.DoesNotContain(holds, h => h.Start < h.End && h.Start < segment.Interval.End && segment.Interval.Start < h.End);
        }
    }

    private static (Incident Incident, Instant End) Run(IncidentScenario scenario)
    {
        var (incident, last) = scenario.Play();
        return (incident, last + Duration.FromDays(3));
    }

}
