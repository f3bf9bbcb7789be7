using System;
using Itsm.Core.Events;
using Itsm.Core.Tests.Kernel;

namespace Itsm.Core.Tests.Events;

/// <summary>The registry of stable event names, both ways.</summary>
public class EventTypesTests
{
    [Fact]
    public void Of_ReadsTheNameAndSchemaVersion()
    {
        var attribute = EventTypes.Of(typeof(TicketCreated));

        Assert.Equal("test.ticket.created", attribute.Name);
        Assert.Equal(1, attribute.SchemaVersion);
        Assert.Same(attribute, EventTypes.Of(typeof(TicketCreated)));
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(Unnamed))]
    public void Of_RefusesATypeThatIsNotANamedEvent(Type type)
    {
        var error = Assert.Throws<ArgumentException>(() => EventTypes.Of(type));

        Assert.Equal("eventType", error.ParamName);
        Assert.StartsWith($"{type.FullName} is not a domain event with an [EventType] name; every persisted event needs one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        Assert.Equal("eventType", Assert.Throws<ArgumentNullException>(() => EventTypes.Of(null!)).ParamName);
        Assert.Equal("assembly", Assert.Throws<ArgumentNullException>(() => EventTypes.In(null!)).ParamName);
    }

    [Fact]
    public void ByName_MapsEachName_AndRefusesTwoTypesSharingOne()
    {
        var names = EventTypes.ByName([typeof(TicketCreated), typeof(TicketStarted)]);
        Assert.Equal(typeof(TicketStarted), names["test.ticket.started"]);
        Assert.Equal(2, names.Count);

        var error = Assert.Throws<InvalidOperationException>(() => EventTypes.ByName([typeof(TicketCreated), typeof(Twin)]));
        Assert.Equal(
            $"Event types {typeof(TicketCreated).FullName} and {typeof(Twin).FullName} share the name 'test.ticket.created'; names must be unique.",
            error.Message);
    }

    [Fact]
    public void In_ListsOnlyConcreteEvents()
    {
        // The kernel's assembly declares the abstract DomainEvent and no concrete event: nothing to list, and nothing
        // that is not an event (nor the abstract event itself) is asked for a name.
        Assert.Empty(EventTypes.In(typeof(DomainEvent).Assembly));
    }

    private sealed record Unnamed(NodaTime.Instant At, Actor Actor) : DomainEvent(At, Actor);

    [EventType("test.ticket.created", 1)]
    private sealed record Twin(NodaTime.Instant At, Actor Actor) : DomainEvent(At, Actor);
}
