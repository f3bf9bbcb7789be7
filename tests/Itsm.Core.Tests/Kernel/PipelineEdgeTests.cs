using System;
using System.Linq;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Core.Tests.Kernel;

/// <summary>The pipeline's less travelled paths: a command the record gives itself (<c>TryAuthorise</c>), a command with
/// nothing to act on, missing arguments, the creation rule with a subject, and the scratch state a check leaves.</summary>
public class PipelineEdgeTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Instant Late = T0.Plus(Duration.FromHours(3));

    private static readonly RolePolicy<Ticket, TicketTrigger> ResolversOnly = Ticket.Policy.ToBuilder()
        .Allow(TicketTrigger.Close, Roles.Resolver)
        .Build();

    private static Ticket Finished()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);
        ticket.Start(Ticket.Worker, T0.Plus(Duration.FromMinutes(5)));
        ticket.Finish(Ticket.Worker, T0.Plus(Duration.FromMinutes(10)), confirmed: true);
        return ticket;
    }

    [Fact]
    public void TryAuthorise_NotDue_AnswersFalse_AndAsksNoOneElse()
    {
        var ticket = Finished();
        var early = T0.Plus(Duration.FromMinutes(30));

        // The customer holds no resolver role, but the close is not due: the table's "no" comes first, not the policy's.
        Assert.False(ticket.TryClose(Ticket.Customer, early, ResolversOnly));
        Assert.False(ticket.TryClose(Actor.System, early));
        Assert.Equal(TicketState.Finished, ticket.State);
        Assert.Equal(3, ticket.Version);
    }

    [Fact]
    public void TryAuthorise_Due_ClosesTheTicket()
    {
        var ticket = Finished();

        Assert.True(ticket.TryClose(Actor.System, Late));

        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.Equal(4, ticket.Version);
    }

    [Fact]
    public void TryAuthorise_Due_ButRefusedByThePolicy_Throws()
    {
        var ticket = Finished();

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => ticket.TryClose(Ticket.Customer, Late, ResolversOnly));

        Assert.Equal([Roles.Resolver], refused.RequiredRoles);
        Assert.Equal(TicketState.Finished, ticket.State);
    }

    [Fact]
    public void TryAuthorise_ARefusedAuthorisationRule_Throws_EvenWithoutAPolicy()
    {
        var ticket = Finished();

        // The finisher may not close; with no role policy the rule is the only one, and no roles are required.
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => TicketLifecycle.Instance.TryAuthorise(
            ticket, null, ticket, ticket.State, new(TicketTrigger.Close, Ticket.Worker, Late), out _));

        Assert.Equal([TicketLifecycle.NotTheFinisher], refused.Rules);
        Assert.Empty(refused.RequiredRoles);
    }

    [Fact]
    public void TryAuthorise_AnUnguardedTransition_IsAnsweredByTheTable()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);

        Assert.True(TicketLifecycle.Instance.TryAuthorise(ticket, Ticket.Policy, ticket, ticket.State, new(TicketTrigger.Start, Ticket.Worker, T0), out var started));
        Assert.Equal(TicketState.InProgress, started);
        Assert.False(TicketLifecycle.Instance.TryAuthorise(ticket, Ticket.Policy, ticket, TicketState.Closed, new(TicketTrigger.Start, Ticket.Worker, T0), out var closed));
        Assert.Equal(TicketState.Closed, closed);
    }

    [Fact]
    public void TryAuthorise_CreationAndUngovernedTriggers()
    {
        var fresh = Ticket.Unopened();
        Assert.True(TicketLifecycle.Instance.TryAuthorise(fresh, Ticket.Policy, fresh, TicketState.Open, new(TicketTrigger.Create, Ticket.Customer, T0), out var opened));
        Assert.Equal(TicketState.Open, opened);

        var ticket = Finished();
        Assert.True(TicketLifecycle.Instance.TryAuthorise(ticket, Ticket.Policy, ticket, ticket.State, new(TicketTrigger.Advance, Actor.System, Late), out var kept));
        Assert.Equal(TicketState.Finished, kept);

        var refused = Assert.Throws<InvalidTransitionException>(() => TicketLifecycle.Instance.TryAuthorise(
            ticket, Ticket.Policy, ticket, ticket.State, new(TicketTrigger.Create, Ticket.Customer, Late), out _));
        Assert.Equal("a ticket is opened once, by its first event", refused.Rule);
    }

    [Fact]
    public void Creation_WithASubject_IsRefusedOnACreatedRecord()
    {
        var ticket = Finished();

        var refused = Assert.Throws<InvalidTransitionException>(() => TicketLifecycle.Instance.Authorise(
            ticket, Ticket.Policy, ticket, ticket.State, new(TicketTrigger.Create, Ticket.Customer, Late)));

        Assert.Equal("a ticket is opened once, by its first event", refused.Rule);
        Assert.Empty(Ticket.Unopened().UnmetRules(TicketTrigger.Create, Ticket.Customer, T0));
    }

    [Fact]
    public void WithoutASubject_CreationIsAllowedOnce()
    {
        Assert.Equal(TicketState.Open, Ticket.Unopened().AuthoriseWithoutSubject(TicketTrigger.Create, Ticket.Customer, T0, policy: Ticket.Policy));
        Assert.Empty(Ticket.Unopened().UnmetRulesWithoutSubject(TicketTrigger.Create, Ticket.Customer, T0));

        var ticket = Finished();
        var refused = Assert.Throws<InvalidTransitionException>(() => ticket.AuthoriseWithoutSubject(TicketTrigger.Create, Ticket.Customer, Late));
        Assert.Equal("a ticket is opened once, by its first event", refused.Rule);
        Assert.Equal([refused.Rule], ticket.UnmetRulesWithoutSubject(TicketTrigger.Create, Ticket.Customer, Late));
    }

    [Fact]
    public void WithoutASubject_AGovernedTriggerIsRefused_WithTheRuleGivenOrTheKernelsOwn()
    {
        var ticket = Finished();

        var own = Assert.Throws<InvalidTransitionException>(() => ticket.AuthoriseWithoutSubject(TicketTrigger.Close, Ticket.OtherWorker, Late));
        Assert.Equal("Close needs something to act on, and there is nothing", own.Rule);
        Assert.Equal([own.Rule], ticket.UnmetRulesWithoutSubject(TicketTrigger.Close, Ticket.OtherWorker, Late));

        const string missing = "a ticket closes a copy it has issued";
        var given = Assert.Throws<InvalidTransitionException>(() => ticket.AuthoriseWithoutSubject(TicketTrigger.Close, Ticket.OtherWorker, Late, missing));
        Assert.Equal(missing, given.Rule);
        Assert.Equal([missing], ticket.UnmetRulesWithoutSubject(TicketTrigger.Close, Ticket.OtherWorker, Late, missing));
    }

    [Fact]
    public void WithoutASubject_AnUngovernedTriggerPasses_AndThePolicyStillRules()
    {
        var ticket = Finished();

        Assert.Equal(TicketState.Finished, ticket.AuthoriseWithoutSubject(TicketTrigger.Advance, Actor.System, Late));
        Assert.Empty(ticket.UnmetRulesWithoutSubject(TicketTrigger.Advance, Actor.System, Late));

        // The policy's stage comes first and throws; the query lists its rule and the next stage's.
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => ticket.AuthoriseWithoutSubject(TicketTrigger.Start, Ticket.Customer, Late, policy: Ticket.Policy));
        Assert.Equal(
            [.. refused.Rules, "Start needs something to act on, and there is nothing"],
            ticket.UnmetRulesWithoutSubject(TicketTrigger.Start, Ticket.Customer, Late, policy: Ticket.Policy));
    }

    [Fact]
    public void MissingArguments_AreNamed()
    {
        var ticket = Finished();
        var lifecycle = TicketLifecycle.Instance;
        TicketCommand command = new(TicketTrigger.Close, Ticket.OtherWorker, Late);
        TicketCommand nobody = new(TicketTrigger.Close, null!, Late);

        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => lifecycle.Authorise<Ticket>(null!, null, ticket, ticket.State, command)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => lifecycle.UnmetRules<Ticket>(null!, null, ticket, ticket.State, command)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => lifecycle.UnmetRules(ticket, null, ticket, ticket.State, nobody)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => lifecycle.TryAuthorise(ticket, null, null!, ticket.State, command, out _)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => lifecycle.Permits(null!, ticket.State, command)).ParamName);
    }

    [Fact]
    public void Permits_AnUngovernedTrigger_AndAnUnguardedTransition()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);

        Assert.True(TicketLifecycle.Instance.Permits(ticket, TicketState.Finished, new(TicketTrigger.Advance, Actor.System, T0)));
        Assert.True(TicketLifecycle.Instance.Permits(ticket, TicketState.Open, new(TicketTrigger.Start, Ticket.Worker, T0)));
        Assert.False(TicketLifecycle.Instance.Permits(ticket, TicketState.Open, new(TicketTrigger.Finish, Ticket.Worker, T0, true)));
    }

    [Fact]
    public void EveryCheck_LeavesNothingReadableBehind()
    {
        var ticket = Finished();
        var lifecycle = TicketLifecycle.Instance;

        _ = ticket.UnmetRules(TicketTrigger.Close, Ticket.OtherWorker, Late);
        Assert.Equal(
            "A lifecycle's Subject and Command are readable only while it checks a command.",
            Assert.Throws<InvalidOperationException>(() => lifecycle.PeekSubject()).Message);

        _ = ticket.IsCloseDue(Late);
        Assert.Throws<InvalidOperationException>(() => lifecycle.PeekSubject());
        Assert.Throws<InvalidOperationException>(() => lifecycle.PeekCommand());
    }

    [Fact]
    public void Record_StampsVersionsOneByOne()
    {
        var ticket = Finished();

        Assert.Equal([1L, 2L, 3L], [.. ticket.Events.Select(e => e.Version)]);
        Assert.Equal(T0.Plus(Duration.FromMinutes(10)), ticket.LastCommandAt);
        Assert.Equal(default, Ticket.Unopened().LastCommandAt);
        Assert.Equal(Ticket.Customer.Id, ticket.OpenedBy);
    }

    [Fact]
    public void Record_KeepsAnEventAlreadyStampedWithTheNextVersion_AndRestampsAnyOther()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);
        var stamped = new TicketStarted(T0, Ticket.Worker) { Version = 2 };

        ticket.RecordAsGiven(stamped);
        ticket.RecordAsGiven(new TicketFinished(T0, Ticket.Worker) { Version = 9 });

        Assert.Same(stamped, ticket.Events[1]);
        Assert.Equal(3, ticket.Events[2].Version);
        Assert.Equal("domainEvent", Assert.Throws<ArgumentNullException>(() => ticket.RecordAsGiven(null!)).ParamName);
    }

    [Fact]
    public void Replay_RefusesNullsAndGaps()
    {
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => Ticket.FromEvents(null!)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => Ticket.FromEvents([new TicketCreated(T0, Ticket.Customer) { Version = 1 }, null!])).ParamName);

        var gap = Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketStarted(T0, Ticket.Worker) { Version = 3 },
        ]));

        Assert.Equal("expected version 2; versions run 1, 2, 3... without gaps", gap.Rule);
        Assert.Equal(3, gap.Version);
    }

    [Fact]
    public void Follow_RefusesAnEventTheTableDoesNotAllow_NamingThePartWhenGiven()
    {
        var ticket = Finished();
        var started = new TicketStarted(T0, Ticket.Worker) { Version = 4 };

        Assert.Equal(TicketState.Closed, ticket.FollowAs(started, TicketState.Finished, TicketTrigger.Close));
        Assert.Equal(
            "the lifecycle does not allow Start while Finished",
            Assert.Throws<InvalidHistoryException>(() => ticket.FollowAs(started, TicketState.Finished, TicketTrigger.Start)).Rule);
        Assert.Equal(
            "the lifecycle does not allow Start while revision 2 is Finished",
            Assert.Throws<InvalidHistoryException>(() => ticket.FollowAs(started, TicketState.Finished, TicketTrigger.Start, "revision", 2)).Rule);
    }

    [Fact]
    public void Replay_FollowsTheTable()
    {
        var refused = Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketClosed(T0, Ticket.Worker) { Version = 2 },
        ]));

        Assert.Equal("the lifecycle does not allow Close while Open", refused.Rule);
    }
}
