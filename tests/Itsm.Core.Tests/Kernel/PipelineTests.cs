using System;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Core.Tests.Kernel;

/// <summary>The kernel's command pipeline, on a test-only aggregate: one order, one message format, nothing changed by a
/// refusal, and the query (<c>UnmetRules</c>) agreeing with the command.</summary>
public class PipelineTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Ticket Finished()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);
        ticket.Start(Ticket.Worker, T0.Plus(Duration.FromMinutes(5)));
        ticket.Finish(Ticket.Worker, T0.Plus(Duration.FromMinutes(10)), confirmed: true);
        return ticket;
    }

    private static (long Version, TicketState State, int Uncommitted, Instant Last) Snapshot(Ticket ticket) =>
        (ticket.Version, ticket.State, ticket.UncommittedEvents.Count, ticket.LastCommandAt);

    [Fact]
    public void Command_IsUnreadable_OutsideACheck()
    {
        var lifecycle = TicketLifecycle.Instance;

        Assert.Throws<InvalidOperationException>(() => lifecycle.PeekCommand());
        Assert.Throws<InvalidOperationException>(() => lifecycle.PeekSubject());

        // Nor after a check, accepted or refused: the check leaves nothing behind.
        Finished().Close(Ticket.OtherWorker, T0.Plus(Duration.FromHours(2)));
        Assert.Throws<InvalidTransitionException>(() => Finished().Close(Ticket.OtherWorker, T0.Plus(Duration.FromMinutes(20))));
        Assert.Throws<InvalidOperationException>(() => lifecycle.PeekCommand());
    }

    [Fact]
    public void Guards_ReadTheCommandsFacts()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);
        ticket.Start(Ticket.Worker, T0);

        var refused = Assert.Throws<InvalidTransitionException>(() => ticket.Finish(Ticket.Worker, T0, confirmed: false));
        Assert.Equal(TicketLifecycle.Confirmed, refused.Rule);
        ticket.Finish(Ticket.Worker, T0, confirmed: true);
        Assert.Equal(TicketState.Finished, ticket.State);
    }

    [Fact]
    public void Stages_RunInTheDocumentedOrder_TimeOrderFirst()
    {
        var ticket = Finished();
        var before = Snapshot(ticket);

        // Every stage would refuse this one: time order (before the last command), roles (none needed), authorisation
        // (the finisher), lifecycle (too early). The first stage's exception wins; the query lists all.
        var earlier = T0;
        Assert.Throws<ArgumentOutOfRangeException>(() => ticket.Close(Ticket.Worker, earlier));
        Assert.Equal(
            [$"{EventSourcedAggregate<Itsm.Core.Events.DomainEvent>.TimeOrderRule}, and the last one was at {ticket.LastCommandAt}", TicketLifecycle.NotTheFinisher, TicketLifecycle.CoolingOff],
            ticket.UnmetRules(TicketTrigger.Close, Ticket.Worker, earlier));
        Assert.Equal(before, Snapshot(ticket));
    }

    [Theory]
    [InlineData("2250-01-01T00:00:00.000000001Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void Command_DatedPastTheSupportedRange_IsRefusedFirst_AndChangesNothing(string text)
    {
        var ticket = Finished();
        var before = Snapshot(ticket);
        var late = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => ticket.Close(Ticket.OtherWorker, late));

        Assert.Contains($"{text} is outside the supported range; {RecordTime.Rule}", refused.Message, StringComparison.Ordinal);
        Assert.Equal([$"{text} is outside the supported range; {RecordTime.Rule}"], ticket.UnmetRules(TicketTrigger.Close, Ticket.OtherWorker, late));
        Assert.Equal(before, Snapshot(ticket));
        ticket.Close(Ticket.OtherWorker, RecordTime.MaxInstant);
        Assert.Equal(TicketState.Closed, ticket.State);
    }

    [Fact]
    public void Creation_DatedBeforeTheSupportedRange_IsRefused()
    {
        var early = RecordTime.MinInstant - Duration.Epsilon;

        Assert.Throws<ArgumentOutOfRangeException>(() => Ticket.Open(Ticket.Customer, early));
        Assert.Equal(RecordTime.MinInstant, Ticket.Open(Ticket.Customer, RecordTime.MinInstant).LastCommandAt);
        Assert.Equal((Instant.FromUtc(1700, 1, 1, 0, 0), Instant.FromUtc(2250, 1, 1, 0, 0)), (RecordTime.MinInstant, RecordTime.MaxInstant));
        Assert.Equal((new LocalDate(1700, 1, 1), new LocalDate(2249, 12, 31)), (RecordTime.MinDate, RecordTime.MaxDate));
    }

    [Fact]
    public void RefusedByRoles_ChangesNothing_AndAgreesWithTheQuery()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);
        var before = Snapshot(ticket);

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => ticket.Start(Ticket.Customer, T0));

        Assert.Equal(ticket.UnmetRules(TicketTrigger.Start, Ticket.Customer, T0), refused.Rules);
        Assert.Equal(before, Snapshot(ticket));
    }

    [Fact]
    public void RefusedByTheAuthorisationRule_ChangesNothing_AndAgreesWithTheQuery()
    {
        var ticket = Finished();
        var before = Snapshot(ticket);
        var late = T0.Plus(Duration.FromHours(3));

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => ticket.Close(Ticket.Worker, late));

        Assert.Equal([TicketLifecycle.NotTheFinisher], refused.Rules);
        Assert.Equal(refused.Rules, ticket.UnmetRules(TicketTrigger.Close, Ticket.Worker, late));
        Assert.Equal(before, Snapshot(ticket));
    }

    [Fact]
    public void RefusedByTheLifecycle_ChangesNothing_AndAgreesWithTheQuery()
    {
        var ticket = Finished();
        var before = Snapshot(ticket);
        var early = T0.Plus(Duration.FromMinutes(30));

        var refused = Assert.Throws<InvalidTransitionException>(() => ticket.Close(Ticket.OtherWorker, early));

        Assert.Equal([refused.Rule], ticket.UnmetRules(TicketTrigger.Close, Ticket.OtherWorker, early));
        Assert.Equal("Ticket 'T-1' cannot Close while Finished: " + TicketLifecycle.CoolingOff, refused.Message);
        Assert.Equal(before, Snapshot(ticket));
    }

    [Fact]
    public void NotATransitionOfTheState_IsNamed()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);

        var refused = Assert.Throws<InvalidTransitionException>(() => ticket.Close(Ticket.OtherWorker, T0));

        Assert.Equal("Close is not a command a Ticket accepts while Open", refused.Rule);
        Assert.Equal([refused.Rule], ticket.UnmetRules(TicketTrigger.Close, Ticket.OtherWorker, T0));
    }

    [Fact]
    public void Creation_IsRefusedOnACreatedRecord_AndAnUngovernedTriggerSkipsTheTable()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);

        Assert.Equal(["a ticket is opened once, by its first event"], ticket.UnmetRules(TicketTrigger.Create, Ticket.Customer, T0));
        Assert.Empty(ticket.UnmetRules(TicketTrigger.Advance, Ticket.Customer, T0));
        Assert.False(TicketLifecycle.Instance.Governs(TicketTrigger.Advance));
        Assert.True(TicketLifecycle.Instance.Governs(TicketTrigger.Close));
    }

    [Fact]
    public void CreatingARecord_IsNotBoundByTheEpoch()
    {
        var old = Ticket.Open(Ticket.Customer, Instant.FromUtc(1900, 1, 1, 0, 0));

        Assert.Equal(1, old.Version);
    }

    [Fact]
    public void Permits_AsksTheTableAlone()
    {
        var ticket = Finished();

        Assert.False(ticket.IsCloseDue(T0.Plus(Duration.FromMinutes(69))));
        Assert.True(ticket.IsCloseDue(T0.Plus(Duration.FromMinutes(70))));
    }

    [Fact]
    public void NullActor_IsAnArgumentError()
    {
        var ticket = Ticket.Open(Ticket.Customer, T0);

        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => ticket.Start(null!, T0)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => ticket.UnmetRules(TicketTrigger.Start, null!, T0)).ParamName);
    }

    [Fact]
    public async Task TwoThreads_CheckingAtOnce_DoNotInterfere()
    {
        // Each thread has its own machine; a guard reading Subject or Command must never see the other thread's.
        const int rounds = 20_000;
        using var barrier = new Barrier(2);
        var early = T0.Plus(Duration.FromMinutes(30));
        var late = T0.Plus(Duration.FromHours(2));

        int Run(Instant at, bool expected)
        {
            var ticket = Finished();
            barrier.SignalAndWait();
            int wrong = 0;
            for (int i = 0; i < rounds; i++)
            {
                bool allowed = ticket.UnmetRules(TicketTrigger.Close, Ticket.OtherWorker, at).Count == 0;
                wrong += allowed == expected ? 0 : 1;
            }

            return wrong;
        }

        var results = await Task.WhenAll(
            Task.Factory.StartNew(() => Run(early, expected: false), TaskCreationOptions.LongRunning),
            Task.Factory.StartNew(() => Run(late, expected: true), TaskCreationOptions.LongRunning));

        Assert.Equal([0, 0], results);
    }
}
