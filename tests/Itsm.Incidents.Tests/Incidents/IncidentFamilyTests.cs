using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>A major incident and its children. W = Mon-Fri 09:00-17:00 UTC; Monday is 2026-03-02.</summary>
public class IncidentFamilyTests
{
    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    private static readonly IncidentSettings Settings = new(IncidentPolicies.For(W));
    private static readonly Actor Desk = new("desk-1", "Desk One", [Roles.ServiceDeskAgent]);
    private static readonly Actor Resolver = new("res-1", "Resolver One", [Roles.Resolver]);
    private static readonly Actor Manager = new("im-1", "Incident Manager", [Roles.IncidentManager]);

    private static Instant Mon(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);

    private static Incident Logged(string id) =>
        Incident.Log(new Id<Kinds.Incident>(id), "caller", new Id<Kinds.Service>("email"), [], "email", 2, 2, Settings, Desk, Mon(9));

    private static Incident Working(string id)
    {
        var incident = Logged(id);
        incident.Assign(Desk, Mon(9, 5), new Id<Kinds.Group>("messaging"));
        return incident;
    }

    private static Incident Major(string id = "INC-P")
    {
        var incident = Working(id);
        incident.DeclareMajor(Manager, Mon(9, 10), "im-1");
        return incident;
    }

    /// <summary>A major parent with three children: one new, one in progress, one on hold.</summary>
    private static (Incident Parent, Incident[] Children) Family()
    {
        var parent = Major();
        Incident[] children = [Logged("INC-C1"), Working("INC-C2"), Working("INC-C3")];
        children[2].PutOnHold(Resolver, Mon(9, 15), HoldReason.AwaitingProblem);
        foreach (var child in children)
        {
            IncidentFamily.Link(parent, child, Manager, Mon(9, 20));
        }

        return (parent, children);
    }

    private static Action Snapshot(params Incident[] incidents)
    {
        var before = incidents.Select(i => (i.Version, i.State, i.Children.Count, i.Parent, i.SlaStatusAt(Mon(12)))).ToList();
        return () => Assert.Equivalent(before, incidents.Select(i => (i.Version, i.State, i.Children.Count, i.Parent, i.SlaStatusAt(Mon(12)))).ToList());
    }

    [Fact]
    public void Link_RecordsOnBoth()
    {
        var (parent, children) = Family();

        Assert.Equal(children.Select(c => c.Id), parent.Children);
        Assert.All(children, c => Assert.Equal(parent.Id, c.Parent));
        Assert.IsType<IncidentChildLinked>(parent.Events[^1]);
        Assert.IsType<IncidentParentLinked>(children[0].Events[^1]);
    }

    [Fact]
    public void Link_ToAnIncidentThatIsNotMajor_IsRefusedOnBoth()
    {
        var parent = Working("INC-P");
        var child = Logged("INC-C1");
        var unchanged = Snapshot(parent, child);

        var e = Assert.Throws<InvalidTransitionException>(() => IncidentFamily.Link(parent, child, Manager, Mon(10)));

        Assert.Contains("only a major incident has child incidents", e.Message, StringComparison.Ordinal);
        unchanged();
    }

    [Fact]
    public void Link_ARefusedChild_LeavesTheParentUnchanged()
    {
        var (parent, children) = Family();
        var other = Major("INC-Q");
        var unchanged = Snapshot(other, children[0]);

        var e = Assert.Throws<InvalidTransitionException>(() => IncidentFamily.Link(other, children[0], Manager, Mon(10)));

        Assert.Contains("an incident has at most one parent", e.Message, StringComparison.Ordinal);
        unchanged();
        Assert.Single(parent.Children, children[0].Id);
    }

    [Fact]
    public void Link_IsOneLevelDeep_AndNeverToItself()
    {
        var (parent, children) = Family();
        var grandParent = Major("INC-G");
        children[1].DeclareMajor(Manager, Mon(10), "im-1");

        Assert.Contains(
            "child incidents are one level deep",
            Assert.Throws<InvalidTransitionException>(() => IncidentFamily.Link(children[1], Logged("INC-X"), Manager, Mon(10))).Message,
            StringComparison.Ordinal);
        Assert.Contains(
            "child incidents are one level deep",
            Assert.Throws<InvalidTransitionException>(() => IncidentFamily.Link(grandParent, parent, Manager, Mon(10))).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => IncidentFamily.Link(parent, parent, Manager, Mon(10)));
    }

    [Fact]
    public void Link_ByADeskAgent_IsNotAuthorised()
    {
        var parent = Major();
        var child = Logged("INC-C1");

        var e = Assert.Throws<CommandNotAuthorizedException>(() => IncidentFamily.Link(parent, child, Desk, Mon(10)));

        Assert.Equal(nameof(IncidentTrigger.LinkChild), e.Command);
        Assert.Empty(parent.Children);
        Assert.Null(child.Parent);
    }

    [Fact]
    public void Resolve_ResolvesTheParentAndEveryOpenChild_WithTheParentsResolution()
    {
        var (parent, children) = Family();
        children[1].Resolve(Resolver, Mon(10), "own", "fixed on its own");
        var family = IncidentFamily.Of(parent, children.Reverse());

        family.Resolve(Resolver, Mon(11), "restored", "the mail relay is back");

        Assert.Equal(IncidentState.Resolved, parent.State);
        Assert.All(children, c => Assert.Equal(IncidentState.Resolved, c.State));
        Assert.Equal(("restored", "the mail relay is back"), (children[0].ResolutionCode, children[0].ResolutionNotes));
        Assert.Equal(("restored", Mon(11)), (children[2].ResolutionCode, children[2].ResolvedAt));
        Assert.Equal("own", children[1].ResolutionCode);
        // The held child's resolution clock stopped at the resolution, having counted only 09:00-09:15 before its hold.
        var held = children[2].SlaStatusAt(Mon(15)).Resolution;
        Assert.Equal((Sla.Clocks.SlaClockState.Stopped, Duration.FromMinutes(15)), (held.State, held.Elapsed));
        Assert.IsType<IncidentResolvedWithParent>(children[0].Events[^1]);
    }

    [Fact]
    public void Resolve_RefusedOnOneChild_ChangesNoRecord()
    {
        var (parent, children) = Family();
        children[0].Assign(Desk, Mon(13), new Id<Kinds.Group>("messaging"));
        var unchanged = Snapshot([parent, .. children]);

        // Mon(12) is before the first child's last command: the child refuses, so nothing is recorded anywhere.
        Assert.Throws<ArgumentOutOfRangeException>(() => IncidentFamily.Of(parent, children).Resolve(Resolver, Mon(12), "restored", "back"));

        unchanged();
    }

    [Fact]
    public void Close_WhileAChildIsOpen_IsRefused_AndClosingNeverCascades()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        family.Resolve(Resolver, Mon(11), "restored", "back");
        parent.RecordMajorReview(Manager, Mon(12), "root cause: relay certificate expired");
        children[0].Close(Desk, Mon(13));

        var e = Assert.Throws<InvalidTransitionException>(() => family.Close(Desk, Mon(14)));
        Assert.Contains("every child incident is closed or cancelled", e.Message, StringComparison.Ordinal);
        Assert.Equal(IncidentState.Resolved, parent.State);
        Assert.NotEmpty(family.UnmetRules(IncidentTrigger.Close, Desk, Mon(14)));

        children[1].Close(Desk, Mon(14));
        children[2].Close(Desk, Mon(14));
        Assert.Empty(family.UnmetRules(IncidentTrigger.Close, Desk, Mon(15)));
        family.Close(Desk, Mon(15));

        Assert.Equal(IncidentState.Closed, parent.State);
    }

    [Fact]
    public void Close_OnTheParentItself_IsRefusedWhileItHasChildren()
    {
        var (parent, children) = Family();
        IncidentFamily.Of(parent, children).Resolve(Resolver, Mon(11), "restored", "back");
        parent.RecordMajorReview(Manager, Mon(12), "reviewed");
        foreach (var child in children)
        {
            child.Close(Desk, Mon(13));
        }

        var e = Assert.Throws<InvalidTransitionException>(() => parent.Close(Desk, Mon(14)));

        Assert.Contains("close it through IncidentFamily", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnTheParentItself_IsRefusedWhileItHasChildren_AndChangesNoRecord()
    {
        var (parent, children) = Family();
        var unchanged = Snapshot([parent, .. children]);

        var e = Assert.Throws<InvalidTransitionException>(() => parent.Resolve(Resolver, Mon(11), "restored", "back"));

        Assert.Contains(IncidentLifecycle.ResolveThroughFamily, e.Message, StringComparison.Ordinal);
        Assert.Contains(IncidentLifecycle.ResolveThroughFamily, parent.UnmetRules(IncidentTrigger.Resolve, Resolver, Mon(11)));
        Assert.Empty(IncidentFamily.Of(parent, children).UnmetRules(IncidentTrigger.Resolve, Resolver, Mon(11)));
        unchanged();
    }

    [Fact]
    public void Resolve_OnAMajorIncidentWithoutChildren_IsItsOwn()
    {
        var parent = Major();

        parent.Resolve(Resolver, Mon(11), "restored", "back");

        Assert.Equal(IncidentState.Resolved, parent.State);
    }

    [Fact]
    public void Reopen_OnAChildItself_IsRefused_TheFamilyReopensItWithItsResolvedParent()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        family.Resolve(Resolver, Mon(11), "restored", "back");
        var unchanged = Snapshot([parent, .. children]);

        var e = Assert.Throws<InvalidTransitionException>(() => children[0].Reopen(Desk, Mon(12), "still failing"));
        Assert.Contains(IncidentLifecycle.ReopenThroughFamily, e.Message, StringComparison.Ordinal);
        unchanged();

        Assert.Empty(family.UnmetRules(IncidentTrigger.Reopen, Desk, Mon(12), children[0].Id));
        family.Reopen(children[0].Id, Desk, Mon(12), "still failing");

        Assert.Equal((IncidentState.InProgress, IncidentState.InProgress), (children[0].State, parent.State));
        Assert.Equal("child incident INC-C1 reopened: still failing", Assert.IsType<IncidentReopened>(parent.Events[^1]).Reason);
        Assert.All(children.Skip(1), c => Assert.Equal(IncidentState.Resolved, c.State));
    }

    [Fact]
    public void Reopen_ThroughTheFamily_OfAChildResolvedAlone_LeavesAnOpenParentAsItIs()
    {
        var (parent, children) = Family();
        children[1].Resolve(Resolver, Mon(10), "own", "fixed on its own");
        long parentVersion = parent.Version;

        IncidentFamily.Of(parent, children).Reopen(children[1].Id, Desk, Mon(11), "not fixed");

        Assert.Equal(IncidentState.InProgress, children[1].State);
        Assert.Equal((IncidentState.InProgress, parentVersion), (parent.State, parent.Version));
    }

    [Fact]
    public void Reopen_ThroughTheFamily_RefusedOnTheParent_ChangesNoRecord()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        family.Resolve(Resolver, Mon(11), "restored", "back");
        parent.RecordMajorReview(Manager, Mon(13), "reviewed");
        var unchanged = Snapshot([parent, .. children]);

        // Mon(12) suits the child but is before the parent's last command: the parent refuses, so nothing is recorded.
        Assert.Throws<ArgumentOutOfRangeException>(() => family.Reopen(children[0].Id, Desk, Mon(12), "still failing"));

        unchanged();
        Assert.Contains(family.UnmetRules(IncidentTrigger.Reopen, Desk, Mon(12), children[0].Id), r => r.StartsWith("INC-P: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Reopen_ThroughTheFamily_NamesAChildOfTheParent()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        family.Resolve(Resolver, Mon(11), "restored", "back");

        Assert.Contains("'INC-X' is not a child", Assert.Throws<ArgumentException>(() => family.Reopen(new Id<Kinds.Incident>("INC-X"), Desk, Mon(12), "why")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => family.Reopen(children[0].Id, Desk, Mon(12), " "));
        Assert.Throws<ArgumentException>(() => family.UnmetRules(IncidentTrigger.Reopen, Desk, Mon(12)));
        Assert.All(children, c => Assert.Equal(IncidentState.Resolved, c.State));
    }

    [Fact]
    public void Cancel_AParentWithChildren_IsRefused()
    {
        var (parent, _) = Family();

        var e = Assert.Throws<InvalidTransitionException>(() => parent.Cancel(Manager, Mon(10), CancelReason.LoggedInError));

        Assert.Contains("a parent incident is not cancelled while it has child incidents", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_RefusesAFamilyWithAChildMissingOrAStranger()
    {
        var (parent, children) = Family();

        var missing = Assert.Throws<ArgumentException>(() => IncidentFamily.Of(parent, children.Take(2)));
        Assert.Contains("'INC-C3'", missing.Message, StringComparison.Ordinal);

        var stranger = Assert.Throws<ArgumentException>(() => IncidentFamily.Of(parent, [.. children, Logged("INC-X")]));
        Assert.Contains("'INC-X' is not a child", stranger.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => IncidentFamily.Of(parent, [.. children, children[0]]));
    }

    [Fact]
    public void AFamilyFormedBeforeAnotherLink_IsStale()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        IncidentFamily.Link(parent, Logged("INC-C4"), Manager, Mon(10));

        var e = Assert.Throws<ArgumentException>(() => family.Resolve(Resolver, Mon(11), "restored", "back"));

        Assert.Contains("form it again", e.Message, StringComparison.Ordinal);
        Assert.Equal(IncidentState.InProgress, parent.State);
    }

    [Fact]
    public void Advance_ClosesTheParentAutomatically_OnlyOnceItsChildrenAreSettled()
    {
        var (parent, children) = Family();
        var family = IncidentFamily.Of(parent, children);
        family.Resolve(Resolver, Mon(11), "restored", "back");
        parent.RecordMajorReview(Manager, Mon(12), "reviewed");
        children[0].Close(Desk, Mon(12));

        // Three business days later the children close themselves; the parent's own Advance never closes it.
        var later = Instant.FromUtc(2026, 3, 6, 12, 0);
        Assert.DoesNotContain(parent.Advance(Actor.System, later), e => e is IncidentClosed);
        Assert.Equal(IncidentState.Resolved, parent.State);

        Assert.Equal(later, family.NextDueAt(later));
        var recorded = family.Advance(Actor.System, later);

        Assert.All(children, c => Assert.Equal(IncidentState.Closed, c.State));
        Assert.Equal(IncidentState.Closed, parent.State);
        Assert.Contains(recorded[parent.Id], e => e is IncidentClosed { Kind: ClosureKind.Automatic });
        Assert.False(recorded.ContainsKey(children[0].Id));
    }

    [Fact]
    public void Replay_OfAParentAndAChild_EqualsTheLiveRecords()
    {
        var (parent, children) = Family();
        IncidentFamily.Of(parent, children).Resolve(Resolver, Mon(11), "restored", "back");

        var parentAgain = Incident.FromEvents(parent.Events, Settings);
        var childAgain = Incident.FromEvents(children[2].Events, Settings);

        Assert.Equal(parent.Children, parentAgain.Children);
        Assert.Equal((children[2].State, children[2].Parent, children[2].ResolutionCode), (childAgain.State, childAgain.Parent, childAgain.ResolutionCode));
    }

    [Fact]
    public void Replay_OfAChildLinkedTwice_IsRefused()
    {
        var (parent, _) = Family();
        var twice = parent.Events.Append(parent.Events[^1] with { Version = parent.Version + 1 });

        var e = Assert.Throws<InvalidHistoryException>(() => Incident.FromEvents(twice, Settings));

        Assert.Contains("is linked once", e.Message, StringComparison.Ordinal);
    }
}
