using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>Progress updates: recorded with who, when, audience and text; owed per priority in business time; an
/// overdue update reported by Advance once per missed interval.</summary>
public partial class IncidentTests
{
    private static readonly Actor Manager = new("im-1", "Incident Manager", [Roles.IncidentManager]);

    private static readonly ProgressUpdatePolicy Updates = ProgressUpdatePolicy.None
        .Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(30))
        .Every(UpdateAudience.Customer, Priority.P3, Duration.FromHours(2))
        .Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1));

    private static readonly IncidentSettings WithUpdates = Settings with { ProgressUpdates = Updates };

    /// <summary>An incident logged on Monday at <paramref name="hour"/>:<paramref name="minute"/>, P1 by default (impact
    /// and urgency 1), under <see cref="WithUpdates"/>.</summary>
    private static Incident LoggedWithUpdates(int hour = 9, int minute = 0, int impact = 1, int urgency = 1) =>
        Incident.Log(new Id<Kinds.Incident>("INC-U"), "Caller One", new Id<Kinds.Service>("email"), [], "email/delivery", impact, urgency, WithUpdates, Desk, Mon(hour, minute));

    private static Instant[] OverdueDeadlines(System.Collections.Generic.IEnumerable<IncidentEvent> events, UpdateAudience audience) =>
        [.. events.OfType<IncidentProgressUpdateOverdue>().Where(o => o.Audience == audience).Select(o => o.DueAt)];

    [Fact]
    public void RecordProgressUpdate_KeepsWhoWhenAudienceAndText()
    {
        var incident = LoggedWithUpdates();
        incident.RecordProgressUpdate(Desk, Mon(9, 20), UpdateAudience.Customer, "Mail is queued, not lost; next update by 10:00");

        var update = Assert.Single(incident.ProgressUpdates);
        Assert.Equal(new ProgressUpdate(UpdateAudience.Customer, "Mail is queued, not lost; next update by 10:00", Mon(9, 20), Desk), update);
        Assert.Equal(Mon(9, 50), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.Equal(IncidentState.New, incident.State);
    }

    [Fact]
    public void Advance_ReportsAnOverdueUpdate_AtItsDeadline_AndNeverTwice()
    {
        var incident = LoggedWithUpdates();
        Assert.Equal(Mon(9, 30), incident.ProgressUpdateDueAt(UpdateAudience.Customer));

        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 29)), UpdateAudience.Customer));
        Assert.Equal([Mon(9, 30)], OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 30)), UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 30)), UpdateAudience.Customer));
        Assert.Equal(Mon(10), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
    }

    [Fact]
    public void Advance_Late_ReportsEveryMissedInterval_OnceEach()
    {
        var incident = LoggedWithUpdates();

        var events = incident.Advance(Actor.System, Mon(10, 45));

        Assert.Equal([Mon(9, 30), Mon(10), Mon(10, 30)], OverdueDeadlines(events, UpdateAudience.Customer));
        Assert.All(events.OfType<IncidentProgressUpdateOverdue>(), o => Assert.Equal(Mon(10, 45), o.At));
        Assert.Equal(Mon(11), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(10, 59)), UpdateAudience.Customer));
    }

    [Fact]
    public void AnUpdate_StartsTheNextInterval()
    {
        var incident = LoggedWithUpdates();
        incident.RecordProgressUpdate(Desk, Mon(9, 20), UpdateAudience.Customer, "working on it");

        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 49)), UpdateAudience.Customer));
        Assert.Equal([Mon(9, 50)], OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 50)), UpdateAudience.Customer));
    }

    [Fact]
    public void AnUpdateAtTheDeadline_RecordedBeforeTheHostAdvances_IsOnTime()
    {
        var onTime = LoggedWithUpdates();
        onTime.RecordProgressUpdate(Desk, Mon(9, 30), UpdateAudience.Customer, "on the dot");
        Assert.Empty(OverdueDeadlines(onTime.Advance(Actor.System, Mon(9, 30)), UpdateAudience.Customer));

        var late = LoggedWithUpdates();
        Assert.Equal([Mon(9, 30)], OverdueDeadlines(late.Advance(Actor.System, Mon(9, 30)), UpdateAudience.Customer));
        late.RecordProgressUpdate(Desk, Mon(9, 30), UpdateAudience.Customer, "on the dot, but after the check");
        Assert.Equal(Mon(10), late.ProgressUpdateDueAt(UpdateAudience.Customer));
    }

    [Fact]
    public void TheInterval_CountsBusinessTime_OnTheResolutionCalendar()
    {
        // Logged Monday 16:50: ten business minutes on Monday, twenty on Tuesday from 09:00.
        var incident = LoggedWithUpdates(16, 50);

        Assert.Equal(Day(1, 9, 20), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Day(1, 9, 19)), UpdateAudience.Customer));
        Assert.Equal([Day(1, 9, 20)], OverdueDeadlines(incident.Advance(Actor.System, Day(1, 9, 20)), UpdateAudience.Customer));
    }

    [Fact]
    public void NextDueAt_IncludesTheNextUpdateDeadline()
    {
        // P3: response 2 h, resolution 16 h; the update every 2 h; the response thresholds come first, then the update.
        var incident = LoggedWithUpdates(impact: 2, urgency: 2);
        Assert.Equal(Priority.P3, incident.Priority);
        var at = Mon(9);
        for (int guard = 0; guard < 20 && incident.NextDueAt(at) is { } due && due <= Mon(11); guard++)
        {
            incident.Advance(Actor.System, due);
            at = due;
        }

        Assert.Equal([Mon(11)], OverdueDeadlines(incident.Events, UpdateAudience.Customer));
    }

    [Fact]
    public void APriorityWithoutAnInterval_OwesNoUpdates_AndAChangeOfPriority_ChangesTheInterval()
    {
        var incident = LoggedWithUpdates(impact: 2, urgency: 3);
        Assert.Equal(Priority.P4, incident.Priority);
        Assert.Null(incident.UpdateIntervalOwed(UpdateAudience.Customer));
        Assert.Null(incident.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(16)), UpdateAudience.Customer));

        // Raised to P1 at 16:00: the interval in force counts from the logging, the last time the customer heard.
        incident.ChangePriority(Desk, Mon(16), 1, 1);
        Assert.Equal(Duration.FromMinutes(30), incident.UpdateIntervalOwed(UpdateAudience.Customer));
        Assert.Equal(14, OverdueDeadlines(incident.Advance(Actor.System, Mon(16)), UpdateAudience.Customer).Length);
    }

    [Fact]
    public void AResolvedIncident_OwesNoUpdates_AndAReopenStartsANewInterval()
    {
        var incident = LoggedWithUpdates();
        incident.Assign(Desk, Mon(9, 5), new Id<Kinds.Group>("messaging"));
        incident.Resolve(Resolver, Mon(9, 10), "restart", "restarted the MTA");

        Assert.Null(incident.UpdateIntervalOwed(UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(11)), UpdateAudience.Customer));

        incident.Reopen(Caller, Mon(11), "still bouncing");
        Assert.Equal(Mon(11, 30), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
        incident.RecordProgressUpdate(Desk, Mon(11, 30), UpdateAudience.Customer, "after the reopen");
        Assert.Equal([Mon(12)], OverdueDeadlines(incident.Advance(Actor.System, Mon(12, 10)), UpdateAudience.Customer));
    }

    [Fact]
    public void AnIncidentOnHold_StillOwesItsCustomerUpdates()
    {
        var incident = LoggedWithUpdates();
        incident.Assign(Desk, Mon(9, 5), new Id<Kinds.Group>("messaging"));
        incident.PutOnHold(Resolver, Mon(9, 10), HoldReason.AwaitingVendor);

        Assert.Equal([Mon(9, 30)], OverdueDeadlines(incident.Advance(Actor.System, Mon(9, 45)), UpdateAudience.Customer));
    }

    [Fact]
    public void Management_IsOwedUpdatesFromTheDeclaration_OfAMajorIncidentOnly()
    {
        var incident = LoggedWithUpdates();
        Assert.Null(incident.ProgressUpdateDueAt(UpdateAudience.Management));
        var refused = Assert.Throws<InvalidTransitionException>(() => incident.RecordProgressUpdate(Manager, Mon(9, 5), UpdateAudience.Management, "CIO by phone"));
        Assert.Contains("major", refused.Message, StringComparison.Ordinal);

        incident.DeclareMajor(Manager, Mon(9, 10), "im-1");
        Assert.Equal(Mon(10, 10), incident.ProgressUpdateDueAt(UpdateAudience.Management));

        // Top management informed is the management update: it starts the next interval.
        incident.RecordTopManagementInformed(Manager, Mon(10), "CIO by phone");
        Assert.Equal(Mon(10), incident.TopManagementInformedAt);
        Assert.Equal(UpdateAudience.Management, incident.ProgressUpdates.Single().Audience);
        Assert.Equal(Mon(11), incident.ProgressUpdateDueAt(UpdateAudience.Management));

        var events = incident.Advance(Actor.System, Mon(11, 5));
        Assert.Equal([Mon(11)], OverdueDeadlines(events, UpdateAudience.Management));
        Assert.Equal(4, OverdueDeadlines(events, UpdateAudience.Customer).Length);
    }

    [Fact]
    public void RecordProgressUpdate_ByTheRolePolicy_ToCustomerAndToManagementSeparately()
    {
        var incident = LoggedWithUpdates();
        incident.DeclareMajor(Manager, Mon(9, 10), "im-1");

        Assert.True(incident.CanFire(IncidentTrigger.RecordProgressUpdate, Resolver, Mon(9, 20)));
        Assert.False(incident.CanFire(IncidentTrigger.RecordTopManagementInformed, Resolver, Mon(9, 20)));
        Assert.Throws<CommandNotAuthorizedException>(() => incident.RecordProgressUpdate(Resolver, Mon(9, 20), UpdateAudience.Management, "told the CIO"));
        Assert.Throws<CommandNotAuthorizedException>(() => incident.RecordProgressUpdate(Caller, Mon(9, 20), UpdateAudience.Customer, "I told myself"));
        incident.RecordProgressUpdate(Resolver, Mon(9, 20), UpdateAudience.Customer, "told the caller");
    }

    [Theory]
    [InlineData(" ", UpdateAudience.Customer, "text")]
    [InlineData("queued", (UpdateAudience)7, "audience")]
    public void RecordProgressUpdate_RefusesBadArguments_AndChangesNothing(string text, UpdateAudience audience, string parameter)
    {
        var incident = LoggedWithUpdates();
        long version = incident.Version;

        var error = Assert.Throws<ArgumentException>(() => incident.RecordProgressUpdate(Desk, Mon(9, 20), audience, text));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(version, incident.Version);
        Assert.Empty(incident.ProgressUpdates);
    }

    [Fact]
    public void RecordProgressUpdate_DatedBeforeTheLastCommand_IsRefused_AndChangesNothing()
    {
        var incident = LoggedWithUpdates();
        incident.RecordProgressUpdate(Desk, Mon(9, 20), UpdateAudience.Customer, "first");

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.RecordProgressUpdate(Desk, Mon(9, 19), UpdateAudience.Customer, "back in time"));

        Assert.Single(incident.ProgressUpdates);
        Assert.Equal(Mon(9, 50), incident.ProgressUpdateDueAt(UpdateAudience.Customer));
    }

    [Fact]
    public void AClosedIncident_TakesNoUpdate()
    {
        var incident = LoggedWithUpdates();
        incident.Cancel(Desk, Mon(9, 5), CancelReason.LoggedInError);

        Assert.Throws<InvalidTransitionException>(() => incident.RecordProgressUpdate(Desk, Mon(9, 20), UpdateAudience.Customer, "too late"));
        Assert.Empty(OverdueDeadlines(incident.Advance(Actor.System, Mon(12)), UpdateAudience.Customer));
    }

    [Fact]
    public void FromEvents_RefusesAnOverdueUpdateReportedBeforeItsDeadline()
    {
        var incident = LoggedWithUpdates();
        incident.Advance(Actor.System, Mon(9, 30));
        var events = incident.Events.Select(e => e is IncidentProgressUpdateOverdue o ? o with { DueAt = Mon(9, 31) } : e).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => Incident.FromEvents(events, WithUpdates));
        Assert.Contains("reported overdue", error.Message, StringComparison.Ordinal);
        Assert.Equal(Mon(10), Incident.FromEvents(incident.Events, WithUpdates).ProgressUpdateDueAt(UpdateAudience.Customer));
    }

    /// <summary>The sample of docs/incidents.md ("Progress updates"), as it stands there.</summary>
    [Fact]
    public void TheDocsSample_ReportsTheTwoMissedIntervals()
    {
        var policy = PolicyFor(W);
        Instant monday0920 = Mon(9, 20), monday1045 = Mon(10, 45);
        var desk = Desk;

        var settings = new IncidentSettings(policy)
        {
            ProgressUpdates = ProgressUpdatePolicy.None
                .Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(30))
                .Every(UpdateAudience.Customer, Priority.P2, Duration.FromHours(2))
                .Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1)),
        };
        var incident = Incident.Log(new Id<Kinds.Incident>("INC-D"), "Caller One", new Id<Kinds.Service>("email"), [], "email", 1, 1, settings, Desk, Mon(9));

        // A P1 incident logged Monday 09:00 on a Monday-to-Friday 09:00-17:00 calendar:
        incident.RecordProgressUpdate(desk, monday0920, UpdateAudience.Customer, "Mail is queued, not lost; next update by 09:50");
        Instant? due = incident.ProgressUpdateDueAt(UpdateAudience.Customer);  // Monday 09:50
        var events = incident.Advance(Actor.System, monday1045);               // overdue: due 09:50, and due 10:20

        Assert.Equal(Mon(9, 50), due);
        Assert.Equal([Mon(9, 50), Mon(10, 20)], OverdueDeadlines(events, UpdateAudience.Customer));
    }
}
