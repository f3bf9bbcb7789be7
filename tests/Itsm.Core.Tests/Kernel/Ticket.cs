using System;
using System.Collections.Generic;
using Itsm.Core.Actors;
using Itsm.Core.Commands;
using Itsm.Core.Events;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Core.Tests.Kernel;

/// <summary>A test-only aggregate that exercises every stage of the kernel's pipeline: a role policy, an authorisation
/// rule of its own, a guard that reads the command's instant, a guard that reads a fact only the command carries, an
/// unguarded transition, a creation trigger and an ungoverned trigger.</summary>
public sealed class Ticket : EventSourcedAggregate<TicketEvent>
{
    public static readonly Actor Worker = new("w-1", "Worker", [Roles.Resolver]);
    public static readonly Actor OtherWorker = new("w-2", "Other worker", [Roles.Resolver]);
    public static readonly Actor Customer = new("c-1", "Customer", [Roles.Customer]);

    public static readonly RolePolicy<Ticket, TicketTrigger> Policy = RolePolicy.Builder<Ticket, TicketTrigger>()
        .AllowAnyone(TicketTrigger.Create)
        .Allow(TicketTrigger.Start, Roles.Resolver)
        .Allow(TicketTrigger.Finish, Roles.Resolver)
        .AllowAnyone(TicketTrigger.Close)
        .AllowAnyone(TicketTrigger.Advance)
        .Build();

    private static readonly RecordCreation CreationRules = new(typeof(TicketCreated), "a ticket", "opened", "opening");

    private Ticket()
    {
    }

    public override string RecordType => nameof(Ticket);

    public override string RecordId { get; } = "T-1";

    public TicketState State { get; private set; }

    public Instant? FinishedAt { get; private set; }

    public string? OpenedBy { get; private set; }

    public string? Finisher { get; private set; }

    protected override RecordCreation Creation => CreationRules;

    public static Ticket Open(Actor by, Instant at)
    {
        var ticket = new Ticket();
        TicketLifecycle.Instance.Authorise(ticket, Policy, ticket, TicketState.Open, new(TicketTrigger.Create, by, at));
        ticket.Record(new TicketCreated(at, by));
        return ticket;
    }

    /// <summary>A ticket before its first event, for the pipeline's creation rules.</summary>
    public static Ticket Unopened() => new();

    public static Ticket FromEvents(IEnumerable<TicketEvent> events)
    {
        var ticket = new Ticket();
        ticket.Replay(events);
        return ticket;
    }

    public void Start(Actor by, Instant at) => Execute(new(TicketTrigger.Start, by, at), () => new TicketStarted(at, by));

    public void Finish(Actor by, Instant at, bool confirmed) =>
        Execute(new(TicketTrigger.Finish, by, at, confirmed), () => new TicketFinished(at, by));

    public void Close(Actor by, Instant at) => Execute(new(TicketTrigger.Close, by, at), () => new TicketClosed(at, by));

    public IReadOnlyList<string> UnmetRules(TicketTrigger trigger, Actor actor, Instant at, bool confirmed = false) =>
        TicketLifecycle.Instance.UnmetRules(this, Policy, this, State, new(trigger, actor, at, confirmed));

    /// <summary>The close the system gives a ticket when it is due: false, changing nothing, when it is not.</summary>
    public bool TryClose(Actor by, Instant at, RolePolicy<Ticket, TicketTrigger>? policy = null)
    {
        if (!TicketLifecycle.Instance.TryAuthorise(this, policy ?? Policy, this, State, new(TicketTrigger.Close, by, at), out var destination))
        {
            return false;
        }

        Assert.Equal(TicketState.Closed, destination);
        Record(new TicketClosed(at, by));
        return true;
    }

    /// <summary>Runs the pipeline for a command with nothing to act on (as a record does for a part it has not got).</summary>
    public TicketState AuthoriseWithoutSubject(TicketTrigger trigger, Actor by, Instant at, string? missing = null, RolePolicy<Ticket, TicketTrigger>? policy = null) =>
        TicketLifecycle.Instance.Authorise(this, policy, null, State, new(trigger, by, at), missing);

    /// <summary>The query for a command with nothing to act on.</summary>
    public IReadOnlyList<string> UnmetRulesWithoutSubject(TicketTrigger trigger, Actor by, Instant at, string? missing = null, RolePolicy<Ticket, TicketTrigger>? policy = null) =>
        TicketLifecycle.Instance.UnmetRules(this, policy, null, State, new(trigger, by, at), missing);

    /// <summary>Records an event as given, past the pipeline, to see how the kernel stamps and checks it.</summary>
    public void RecordAsGiven(TicketEvent domainEvent) => Record(domainEvent);

    /// <summary>Reads the table as replay does, naming a part when one is given.</summary>
    public TicketState FollowAs(TicketEvent domainEvent, TicketState state, TicketTrigger trigger, string? part = null, int number = 0) =>
        Follow(TicketLifecycle.Instance, domainEvent, state, trigger, part, number);

    public bool IsCloseDue(Instant at) => TicketLifecycle.Instance.Permits(this, State, new(TicketTrigger.Close, Actor.System, at));

    protected override void ApplyCreation(TicketEvent domainEvent)
    {
        State = TicketState.Open;
        OpenedBy = domainEvent.Actor.Id;
    }

    protected override void Apply(TicketEvent domainEvent)
    {
        switch (domainEvent)
        {
            case TicketStarted:
                State = Follow(TicketLifecycle.Instance, domainEvent, State, TicketTrigger.Start);
                break;
            case TicketFinished finished:
                State = Follow(TicketLifecycle.Instance, domainEvent, State, TicketTrigger.Finish);
                FinishedAt = finished.At;
                Finisher = finished.Actor.Id;
                break;
            case TicketClosed:
                State = Follow(TicketLifecycle.Instance, domainEvent, State, TicketTrigger.Close);
                break;
        }
    }

    private void Execute(in TicketCommand command, Func<TicketEvent> create)
    {
        TicketLifecycle.Instance.Authorise(this, Policy, this, State, command);
        Record(create());
    }
}

public enum TicketState
{
    Open,
    InProgress,
    Finished,
    Closed,
}

public enum TicketTrigger
{
    Create,
    Start,
    Finish,
    Close,
    Advance,
}

public readonly record struct TicketCommand(TicketTrigger Trigger, Actor By, Instant At, bool Confirmed = false) : ICommand<TicketTrigger>;

public abstract record TicketEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

[EventType("test.ticket.created", 1)]
public sealed record TicketCreated(Instant At, Actor Actor) : TicketEvent(At, Actor);

[EventType("test.ticket.started", 1)]
public sealed record TicketStarted(Instant At, Actor Actor) : TicketEvent(At, Actor);

[EventType("test.ticket.finished", 1)]
public sealed record TicketFinished(Instant At, Actor Actor) : TicketEvent(At, Actor);

[EventType("test.ticket.closed", 1)]
public sealed record TicketClosed(Instant At, Actor Actor) : TicketEvent(At, Actor);

public sealed class TicketLifecycle : Lifecycle<Ticket, TicketState, TicketTrigger, TicketCommand>
{
    public const string Confirmed = "a ticket is finished only when the work is confirmed";
    public const string CoolingOff = "a ticket closes only an hour after it was finished";
    public const string NotTheFinisher = "a ticket is closed by someone other than who finished it";

    public TicketLifecycle()
        : base(creation: TicketTrigger.Create)
    {
    }

    public static TicketLifecycle Instance => ForThread<TicketLifecycle>();

    /// <summary>Reads the command outside a check, which the kernel refuses.</summary>
    public TicketCommand PeekCommand() => Command;

    /// <summary>Reads the subject outside a check, which the kernel refuses.</summary>
    public Ticket PeekSubject() => Subject;

    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Trigger == TicketTrigger.Close && Subject.Finisher == Command.By.Id ? [NotTheFinisher] : [];

    protected override void Configure(StateMachine<TicketState, TicketTrigger> machine)
    {
        machine.Configure(TicketState.Open)
            .Permit(TicketTrigger.Start, TicketState.InProgress);
        machine.Configure(TicketState.InProgress)
            .PermitIf(TicketTrigger.Finish, TicketState.Finished, () => Command.Confirmed, Confirmed);
        machine.Configure(TicketState.Finished)
            .PermitIf(TicketTrigger.Close, TicketState.Closed, Rule(() => Command.At >= Subject.FinishedAt!.Value.Plus(Duration.FromHours(1)), CoolingOff));
        machine.Configure(TicketState.Closed);
    }
}
