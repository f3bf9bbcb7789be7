using System;

namespace Itsm.Core.Tests.Kernel;

/// <summary>How a kind of record words the rules of its creation.</summary>
public class RecordCreationTests
{
    [Fact]
    public void TheRules_AreWordedFromTheRecordsWords()
    {
        var creation = new RecordCreation(typeof(TicketCreated), "a ticket", "opened", "opening");

        Assert.Equal(typeof(TicketCreated), creation.EventType);
        Assert.Equal("a ticket is opened once, by its first event", creation.CreatedOnceRule);
        Assert.Equal("a ticket's history starts with its opening", creation.StartsWithCreationRule);
        Assert.Equal("a ticket's history starts with its opening, and this one is empty", creation.EmptyHistoryRule);
    }

    [Fact]
    public void ACreatedOnceRule_GivenByTheRecord_ReplacesTheDefault()
    {
        var creation = new RecordCreation(typeof(TicketCreated), "a ticket", "opened", "opening", "a ticket is opened by the desk alone");

        Assert.Equal("a ticket is opened by the desk alone", creation.CreatedOnceRule);
    }

    [Fact]
    public void IsCreation_IsTheEventTypeExactly()
    {
        var creation = new RecordCreation(typeof(TicketCreated), "a ticket", "opened", "opening");
        var at = NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0);

        Assert.True(creation.IsCreation(new TicketCreated(at, Ticket.Customer)));
        Assert.False(creation.IsCreation(new TicketStarted(at, Ticket.Customer)));
        Assert.False(creation.IsCreation(null!));
    }

    [Theory]
    [InlineData("", "opened", "opening", "record", "Name the record, with its article.")]
    [InlineData("a ticket", " ", "opening", "createdVerb", "Name how the record is created.")]
    [InlineData("a ticket", "opened", "\t", "creationNoun", "Name the creation.")]
    public void EveryWord_IsNeeded(string record, string verb, string noun, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new RecordCreation(typeof(TicketCreated), record, verb, noun));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        Assert.Equal("eventType", Assert.Throws<ArgumentNullException>(() => new RecordCreation(null!, "a ticket", "opened", "opening")).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => new RecordCreation(typeof(TicketCreated), null!, "opened", "opening")).ParamName);
        Assert.Equal("createdVerb", Assert.Throws<ArgumentNullException>(() => new RecordCreation(typeof(TicketCreated), "a ticket", null!, "opening")).ParamName);
        Assert.Equal("creationNoun", Assert.Throws<ArgumentNullException>(() => new RecordCreation(typeof(TicketCreated), "a ticket", "opened", null!)).ParamName);
    }
}
