using NodaTime;

namespace Itsm.Core.Tests.Kernel;

/// <summary>The rules every history obeys, checked once in the kernel for every record.</summary>
public class ReplayTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Fact]
    public void EmptyHistory_IsRefused() =>
        Assert.Equal("a ticket's history starts with its opening, and this one is empty", Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([])).Rule);

    [Fact]
    public void History_StartsWithItsCreation() =>
        Assert.Equal(
            "a ticket's history starts with its opening",
            Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([new TicketStarted(T0, Ticket.Worker) { Version = 1 }])).Rule);

    [Fact]
    public void Creation_ComesOnce()
    {
        var refused = Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketCreated(T0, Ticket.Customer) { Version = 2 },
        ]));

        Assert.Equal("a ticket is opened once, by its first event", refused.Rule);
        Assert.Equal(2, refused.Version);
    }

    [Theory]
    [InlineData(1626)]
    [InlineData(2425)]
    public void Events_DatedOutsideTheSupportedRange_AreRefused(int year)
    {
        var refused = Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketStarted(Instant.FromUtc(year, 1, 1, 0, 0), Ticket.Worker) { Version = 2 },
        ]));

        Assert.Equal($"it is dated {year}-01-01T00:00:00Z; {RecordTime.Rule}", refused.Rule);
        Assert.Equal(2, refused.Version);
    }

    [Fact]
    public void Events_NeverGoBackInTime()
    {
        var refused = Assert.Throws<InvalidHistoryException>(() => Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketStarted(T0.Minus(Duration.FromSeconds(1)), Ticket.Worker) { Version = 2 },
        ]));

        Assert.Contains("before the previous event", refused.Rule, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ValidHistory_RebuildsTheRecord_AsCommitted()
    {
        var ticket = Ticket.FromEvents([
            new TicketCreated(T0, Ticket.Customer) { Version = 1 },
            new TicketStarted(T0, Ticket.Worker) { Version = 2 },
        ]);

        Assert.Equal(TicketState.InProgress, ticket.State);
        Assert.Equal(2, ticket.Version);
        Assert.Empty(ticket.UncommittedEvents);
    }
}
