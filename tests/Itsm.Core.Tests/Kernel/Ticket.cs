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

    public string? Finisher { get; private set; }

    protected override RecordCreation Creation => CreationRules;

    public static Ticket Open(Actor by, Instant at)
    {
        var ticket = new Ticket();
        TicketLifecycle.Instance.Authorise(ticket, Policy, ticket, TicketState.Open, new(TicketTrigger.Create, by, at));
        ticket.Record(new TicketCreated(at, by));
        return ticket;
    }

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

    public bool IsCloseDue(Instant at) => TicketLifecycle.Instance.Permits(this, State, new(TicketTrigger.Close, Actor.System, at));

    protected override void ApplyCreation(TicketEvent domainEvent) => State = TicketState.Open;

    protected override void Apply(TicketEvent domainEvent)
    {
        switch (domainEvent)
        {
            case TicketStarted:
                State = TicketState.InProgress;
                break;
            case TicketFinished finished:
                State = TicketState.Finished;
                FinishedAt = finished.At;
                Finisher = finished.Actor.Id;
                break;
            case TicketClosed:
                State = TicketState.Closed;
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

public sealed record TicketCreated(Instant At, Actor Actor) : TicketEvent(At, Actor);

public sealed record TicketStarted(Instant At, Actor Actor) : TicketEvent(At, Actor);

public sealed record TicketFinished(Instant At, Actor Actor) : TicketEvent(At, Actor);

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
