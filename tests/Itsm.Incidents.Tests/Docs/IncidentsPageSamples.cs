// sample:incidents-usings
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
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/incidents.md, in the page's order, as one program; what their comments say is checked.</summary>
public class IncidentsPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        // sample:incidents-setup
        var fiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));   // Monday to Friday 09:00-18:00
        var builder = SlaPolicy.Builder("incidents");
        foreach (var (priority, hours) in new[] { (Priority.P1, 4), (Priority.P2, 8), (Priority.P3, 24), (Priority.P4, 40), (Priority.P5, 80) })
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(hours) / 4, fiveByNine)
                .Add(priority, SlaMetric.Resolution, Duration.FromHours(hours), fiveByNine);
        }

        var policy = builder.Build();
        var settings = new IncidentSettings(policy);          // the default 3x3 priority matrix and role policy
        var desk = new Actor("desk-1", "Desk One", [Roles.ServiceDeskAgent]);
        var resolver = new Actor("res-1", "Resolver One", [Roles.Resolver]);
        var incidentManager = new Actor("im-1", "Incident Manager", [Roles.IncidentManager]);
        var email = new Id<Kinds.Service>("email");
        Instant Monday(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);
        // end-sample

        // sample:incidents-family
        var parent = Incident.Log(new Id<Kinds.Incident>("INC-100"), "Service desk", email, [], "email/delivery", impact: 1, urgency: 1, settings, desk, Monday(9));
        parent.Assign(desk, Monday(9, 5), new Id<Kinds.Group>("messaging"));
        parent.DeclareMajor(incidentManager, Monday(9, 10), incidentManager.Id);
        var child = Incident.Log(new Id<Kinds.Incident>("INC-101"), "Caller Two", email, [], "email/delivery", impact: 2, urgency: 2, settings, desk, Monday(9, 15));

        IncidentFamily.Link(parent, child, incidentManager, Monday(9, 20));          // recorded on both, or on neither
        var family = IncidentFamily.Of(parent, [child]);                             // refuses a family with a child missing
        family.Resolve(resolver, Monday(11), "restored", "relay certificate renewed"); // resolves the parent and its open children
        family.Reopen(child.Id, desk, Monday(11, 30), "still failing");              // reopens the child, and the parent if resolved
        family.Resolve(resolver, Monday(12), "restored", "relay restarted");
        child.Close(desk, Monday(13));                                               // the caller confirms
        parent.RecordMajorReview(incidentManager, Monday(14), "certificate expiry now monitored");
        family.Close(desk, Monday(15));                                              // only once every child is closed or cancelled
        family.Advance(Actor.System, Monday(16));                                    // each child's Advance, then the parent's
        // end-sample
        Assert.Equal((IncidentState.Closed, IncidentState.Closed), (parent.State, child.State));
        Assert.Single(child.Events.OfType<IncidentReopened>());
        Assert.Equal(Priority.P1, parent.Priority);

        // sample:incidents-progress-updates
        var withUpdates = new IncidentSettings(policy)
        {
            ProgressUpdates = ProgressUpdatePolicy.None
                .Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(30))
                .Every(UpdateAudience.Customer, Priority.P2, Duration.FromHours(2))
                .Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1)),
        };

        // A P1 incident logged Monday 09:00:
        var incident = Incident.Log(new Id<Kinds.Incident>("INC-1"), "Caller One", email, [], "email/delivery", impact: 1, urgency: 1, withUpdates, desk, Monday(9));
        incident.RecordProgressUpdate(desk, Monday(9, 20), UpdateAudience.Customer, "Mail is queued, not lost; next update by 09:50");
        Instant? due = incident.ProgressUpdateDueAt(UpdateAudience.Customer);  // Monday 09:50
        var events = incident.Advance(Actor.System, Monday(10, 45));           // overdue: due 09:50, and due 10:20
        // end-sample
        Assert.Equal(Monday(9, 50), due);
        Assert.Equal(
            [Monday(9, 50), Monday(10, 20)],
            events.OfType<IncidentProgressUpdateOverdue>().Where(e => e.Audience == UpdateAudience.Customer).Select(e => e.DueAt));

        // sample:incidents-security
        SecrecyGrade internalUse = new("internal", 1), restricted = new("restricted", 2), topSecret = new("top secret", 3);
        var classifier = SecurityClassifier.Default with
        {
            IncidentOutage = Duration.FromHours(2),
            Secrecy = new SecrecyPolicy([internalUse, restricted, topSecret], incidentFrom: restricted, majorLeakFrom: topSecret),
        };
        // end-sample
        var nothing = new SecurityFacts(Duration.Zero, 0);
        Assert.Equal(SecurityClass.Incident, classifier.Classify(new SecurityFacts(Duration.FromHours(2), 0)));
        Assert.Equal(SecurityClass.Event, classifier.Classify(nothing with { Information = new(internalUse, InformationExposure.Lost) }));
        Assert.Equal(SecurityClass.MajorIncident, classifier.Classify(nothing with { Information = new(topSecret, InformationExposure.Leaked) }));

        // sample:incidents-json
        var options = new ItsmJsonOptions { Calendars = new BusinessCalendarRegistry([fiveByNine]), Modules = [new IncidentsJsonModule { Incidents = withUpdates }] };
        string json = ItsmJson.Serialize(incident, options);
        Incident again = ItsmJson.Deserialize<Incident>(json, options);
        // end-sample
        Assert.Equal(json, ItsmJson.Serialize(again, options));
        Assert.Equal(incident.ProgressUpdateDueAt(UpdateAudience.Customer), again.ProgressUpdateDueAt(UpdateAudience.Customer));
    }
}
