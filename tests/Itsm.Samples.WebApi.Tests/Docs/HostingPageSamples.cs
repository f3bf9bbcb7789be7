// sample:hosting-usings
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Incidents;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
// end-sample
using Itsm.Tests.Shared;

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/hosting.md, in the page's order, as one program; what their comments say is checked.</summary>
[Collection(PageSamples.Collection)]
public class HostingPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        Incident loaded = null!;
        PageSamples.Run("hosting-", () =>
        {
            // sample:hosting-setup
            var fiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
            var policy = SlaPolicy.Builder("incidents");
            foreach (var priority in new[] { Priority.P1, Priority.P2, Priority.P3, Priority.P4, Priority.P5 })
            {
                policy.Add(priority, SlaMetric.Response, Duration.FromHours(1), fiveByNine)
                      .Add(priority, SlaMetric.Resolution, Duration.FromHours(8), fiveByNine);
            }

            var settings = new IncidentSettings(policy.Build());
            var options = new ItsmJsonOptions
            {
                Calendars = new BusinessCalendarRegistry([fiveByNine]),
                Modules = [new IncidentsJsonModule { Incidents = settings }],
            };
            var agent = new Actor("zhang.min", "Zhang Min", [Roles.ServiceDeskAgent]);
            var monday = Instant.FromUtc(2026, 3, 2, 9, 0);
            // end-sample

            // sample:hosting-events
            var incident = Incident.Log(new Id<Kinds.Incident>("INC-1"), "Acme", new Id<Kinds.Service>("email"), [], "email",
                impact: 2, urgency: 2, settings, agent, monday);
            incident.Assign(agent, monday + Duration.FromMinutes(5), new Id<Kinds.Group>("messaging"));

            // The record's JSON is its events: keep each as a row keyed by (record id, version). Read it with
            // DateParseHandling.None, or Json.NET turns the instants into DateTime values and writes them back otherwise.
            var read = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };
            var rows = JsonConvert.DeserializeObject<JObject>(ItsmJson.Serialize(incident, options), read)!["events"]!
                .Select(e => (Version: (long)e["version"]!, Type: (string)e["type"]!, Json: e.ToString(Formatting.None)))
                .ToList();
            Console.WriteLine(string.Join(", ", rows.Select(r => $"{r.Version} {r.Type}")));
            // 1 incident.logged, 2 incident.assigned

            // The events alone rebuild the record: a document's state and version are optional, and checked when given.
            loaded = ItsmJson.Deserialize<Incident>("{\"events\":[" + string.Join(",", rows.Select(r => r.Json)) + "]}", options);
            Console.WriteLine($"{loaded.Id} {loaded.State}, version {loaded.Version}");
            // INC-1 InProgress, version 2
            // end-sample

            // sample:hosting-timer
            // One queue per process of (instant, record), each record armed with the instant it says is next.
            var queue = new PriorityQueue<Incident, Instant>();
            var now = monday + Duration.FromMinutes(5);
            if (loaded.NextDueAt(now) is { } first)
            {
                queue.Enqueue(loaded, first);
            }

            // The loop: sleep until the earliest instant (here the sleep is a jump), advance what is due, store its events,
            // re-arm with what the record says next.
            while (queue.TryDequeue(out var due, out var at) && at <= monday + Duration.FromHours(2))
            {
                var raised = due.Advance(Actor.System, at);
                if (due.NextDueAt(at) is { } next)
                {
                    queue.Enqueue(due, next);
                }

                foreach (var e in raised)
                {
                    Console.WriteLine($"{at:HH:mm} {e.GetType().Name} {(e as IncidentSlaWarningRaised)?.Threshold}");
                }
            }
            // 09:30 IncidentSlaWarningRaised 50%
            // 09:45 IncidentSlaWarningRaised 75%
            // 09:54 IncidentSlaWarningRaised 90%
            // end-sample
        });
        Assert.Equal(IncidentState.InProgress, loaded.State);
    }
}
