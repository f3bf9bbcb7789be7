using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>W = Mon-Fri 09:00-17:00 UTC; Monday is 2026-03-02.</summary>
public partial class IncidentTests
{
    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    private static readonly IncidentSettings Settings = new(PolicyFor(W));

    private static readonly Actor Desk = new("desk-1", "Desk One", [Roles.ServiceDeskAgent]);
    private static readonly Actor Resolver = new("res-1", "Resolver One", [Roles.Resolver]);
    private static readonly Actor Caller = new("caller-1", "Caller One", [Roles.Customer]);

    internal static SlaPolicy PolicyFor(BusinessCalendar calendar) => IncidentPolicies.For(calendar);

    private static Instant Mon(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);

    private static Instant Day(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2 + day, hour, minute);

    private static Incident Logged(int impact = 2, int urgency = 2) =>
        Incident.Log(new Id<Kinds.Incident>("INC-1"), "Caller One", new Id<Kinds.Service>("email"), [new Id<Kinds.ConfigurationItem>("mx-01")],
            "email/delivery", impact, urgency, Settings, Desk, Mon(9));

    private static Incident InProgress(int impact = 2, int urgency = 2)
    {
        var incident = Logged(impact, urgency);
        incident.Assign(Desk, Mon(9, 10), new Id<Kinds.Group>("messaging"), "res-1");
        return incident;
    }

    [Fact]
    public void Log_DerivesPriorityFromTheMatrix_AndStartsBothClocks()
    {
        var incident = Logged(impact: 1, urgency: 2);

        Assert.Equal(Priority.P2, incident.Priority);
        Assert.Equal(IncidentState.New, incident.State);
        var sla = incident.SlaStatusAt(Mon(9));
        Assert.Equal(Mon(10), sla.Response.Due);
        Assert.Equal(Mon(17), sla.Resolution.Due);
        Assert.Equal(Duration.FromHours(8), sla.Resolution.Target.Amount);
    }

    [Fact]
    public void Log_OverridingThePriority_NeedsAReason()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Incident.Log(new Id<Kinds.Incident>("INC-2"), "c", new Id<Kinds.Service>("email"), [], "x", 3, 3, Settings, Desk, Mon(9), Priority.P1));
        Assert.Contains("needs a reason", error.Message, StringComparison.Ordinal);

        var overridden = Incident.Log(new Id<Kinds.Incident>("INC-2"), "c", new Id<Kinds.Service>("email"), [], "x", 3, 3, Settings, Desk, Mon(9), Priority.P1, "CEO's laptop");
        Assert.Equal(Priority.P1, overridden.Priority);
        Assert.Equal("CEO's laptop", overridden.PriorityOverrideReason);
    }

    [Fact]
    public void Acknowledge_StopsTheResponseClock_Once()
    {
        var incident = InProgress();
        incident.Acknowledge(Resolver, Mon(9, 30));

        Assert.Equal(SlaClockState.Stopped, incident.ResponseClock.State);
        Assert.False(incident.SlaStatusAt(Mon(12)).Response.IsBreached);
        var again = Assert.Throws<InvalidTransitionException>(() => incident.Acknowledge(Resolver, Mon(9, 40)));
        Assert.Contains("acknowledged once", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnHold_PausesTheResolutionClock()
    {
        var incident = InProgress();
        incident.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingCaller);
        incident.Resume(Resolver, Mon(14));

        var status = incident.SlaStatusAt(Mon(15)).Resolution;

        Assert.Equal(Duration.FromHours(2), status.Elapsed);
        Assert.Equal(Day(2, 13), status.Due);
        Assert.Equal(IncidentState.InProgress, incident.State);
    }

    [Fact]
    public void Resolve_NeedsCodeAndNotes_AndStopsTheClocks()
    {
        var incident = InProgress();
        Assert.Throws<ArgumentException>(() => incident.Resolve(Resolver, Mon(11), "fixed", " "));

        incident.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(SlaClockState.Stopped, incident.ResolutionClock.State);
        Assert.Equal(SlaClockState.Stopped, incident.ResponseClock.State);
        Assert.Equal(Mon(11), incident.ResolvedAt);
    }

    [Fact]
    public void Close_OnTheCallersConfirmation()
    {
        var incident = InProgress();
        incident.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");
        incident.Close(Caller, Mon(12));

        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.Equal(ClosureKind.CallerConfirmed, incident.Closure);
    }

    [Fact]
    public void Advance_ClosesAutomaticallyAfterThreeBusinessDays_AndNextDueAtSaysWhen()
    {
        var incident = InProgress();
        incident.Acknowledge(Resolver, Mon(9, 20));
        incident.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");

        Assert.Equal(Day(3, 11), incident.AutoCloseAt);
        Assert.Equal(Day(3, 11), incident.NextDueAt(Mon(12)));
        Assert.Empty(incident.Advance(Actor.System, Day(3, 10)));

        var events = incident.Advance(Actor.System, Day(3, 11));

        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.Equal(ClosureKind.Automatic, Assert.IsType<IncidentClosed>(Assert.Single(events)).Kind);
        Assert.Null(incident.NextDueAt(Day(3, 12)));
    }

    [Fact]
    public void Reopen_WithinTheWindow_StartsANewResolutionCycle_AfterItIsRefused()
    {
        var incident = InProgress();
        incident.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");
        incident.Reopen(Caller, Day(1, 10), "still failing");

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(1, incident.ReopenCount);
        Assert.Equal(2, incident.ResolutionClock.Cycle);
        Assert.Equal(Duration.FromHours(2), incident.SlaStatusAt(Day(1, 10)).Resolution.Elapsed);

        var late = InProgress();
        late.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");
        var error = Assert.Throws<InvalidTransitionException>(() => late.Reopen(Caller, Day(9, 10), "again"));
        Assert.Contains("reopen window", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_OnlyNewOrInProgress_AndADuplicateNamesTheOriginal()
    {
        var incident = Logged();
        Assert.Throws<ArgumentException>(() => incident.Cancel(Desk, Mon(9, 5), CancelReason.Duplicate));
        incident.Cancel(Desk, Mon(9, 5), CancelReason.Duplicate, new Id<Kinds.Incident>("INC-0"));

        Assert.Equal(IncidentState.Cancelled, incident.State);
        Assert.Equal(SlaClockState.Cancelled, incident.ResolutionClock.State);

        var held = InProgress();
        held.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingVendor);
        Assert.Throws<InvalidTransitionException>(() => held.Cancel(Desk, Mon(11), CancelReason.LoggedInError));
    }

    [Fact]
    public void ChangePriority_RetargetsTheClocksFromTheOriginalStart()
    {
        var incident = InProgress();
        incident.ChangePriority(Desk, Mon(10), impact: 1, urgency: 1);

        var status = incident.SlaStatusAt(Mon(10)).Resolution;

        Assert.Equal(Priority.P1, incident.Priority);
        Assert.Equal(Duration.FromHours(1), status.Elapsed);
        Assert.Equal(Mon(13), status.Due);
    }

    [Fact]
    public void Advance_RaisesEachWarningOncePerThresholdPerCycle()
    {
        var incident = InProgress(impact: 1, urgency: 2);
        incident.Acknowledge(Resolver, Mon(9, 20));

        var first = incident.Advance(Actor.System, Mon(13, 30)).OfType<IncidentSlaWarningRaised>().ToList();
        var again = incident.Advance(Actor.System, Mon(14));
        var later = incident.Advance(Actor.System, Mon(15, 30)).OfType<IncidentSlaWarningRaised>().ToList();

        Assert.Equal([SlaThreshold.Percent(50)], first.Select(w => w.Threshold));
        Assert.Equal(Mon(13), first[0].FiredAt);
        Assert.Equal(SlaMetric.Resolution, first[0].Metric);
        Assert.Empty(again);
        Assert.Equal([SlaThreshold.Percent(75)], later.Select(w => w.Threshold));
        Assert.Equal(Mon(16, 12), incident.NextDueAt(Mon(15, 30)));
    }

    [Fact]
    public void RefusedCommand_ByRole_ThrowsAndChangesNothing()
    {
        var incident = InProgress();
        long version = incident.Version;

        var error = Assert.Throws<CommandNotAuthorizedException>(() => incident.Resolve(Caller, Mon(11), "x", "y"));

        Assert.Equal("Resolve", error.Command);
        Assert.Contains(Roles.Resolver, error.RequiredRoles);
        Assert.Equal(version, incident.Version);
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Contains(incident.UnmetRules(IncidentTrigger.Resolve, Caller, Mon(11)), r => r.Contains("resolver", StringComparison.Ordinal));
        Assert.True(incident.CanFire(IncidentTrigger.Resolve, Resolver, Mon(11)));
    }

    [Fact]
    public void FromEvents_RebuildsTheSameIncidentAndClocks()
    {
        var incident = InProgress();
        incident.Acknowledge(Resolver, Mon(9, 20));
        incident.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingCaller);
        incident.Resume(Resolver, Mon(14));
        incident.Advance(Actor.System, Mon(15));
        incident.Resolve(Resolver, Mon(16), "restart", "restarted the MTA");

        var rebuilt = Incident.FromEvents(incident.Events, Settings);

        Assert.Equal(incident.Version, rebuilt.Version);
        Assert.Equal(incident.State, rebuilt.State);
        Assert.Equal(incident.ResolvedAt, rebuilt.ResolvedAt);
        Assert.Equivalent(incident.SlaStatusAt(Day(1, 12)), rebuilt.SlaStatusAt(Day(1, 12)));
        Assert.Empty(rebuilt.Advance(Actor.System, Mon(16)).OfType<IncidentSlaWarningRaised>());
    }

    [Fact]
    public void LifecycleDiagram_IsGeneratedFromTheStatelessConfiguration()
    {
        string diagram = Incident.LifecycleDiagram();
        Assert.Contains("OnHold --> InProgress : Resume", diagram, StringComparison.Ordinal);
        Assert.Contains("Resolved --> InProgress : Reopen", diagram, StringComparison.Ordinal);
    }
}
