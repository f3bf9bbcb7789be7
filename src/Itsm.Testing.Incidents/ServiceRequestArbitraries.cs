using Itsm.Json.Incidents;
using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>The SLA policy the service request tests use: response and fulfilment targets for P1 to P5.</summary>
public static class ServiceRequestPolicies
{
    /// <summary>Builds the policy on a calendar: P1 0.5 h / 8 h, P2 1 h / 16 h, P3 2 h / 24 h, P4 4 h / 40 h, P5 8 h / 80 h
    /// (response / fulfilment, business hours).</summary>
    /// <param name="calendar">The calendar every target counts on.</param>
    /// <returns>The policy.</returns>
    public static SlaPolicy For(BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        var builder = SlaPolicy.Builder("service-requests");
        foreach (var (priority, response, fulfilment) in new[] { (Priority.P1, 0.5, 8), (Priority.P2, 1, 16), (Priority.P3, 2, 24), (Priority.P4, 4, 40), (Priority.P5, 8, 80) })
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(response), calendar)
                .Add(priority, ServiceRequest.FulfilmentMetric, Duration.FromHours(fulfilment), calendar);
        }

        return builder.Build();
    }
}

/// <summary>
/// A random service request history: the catalogue item's approval policy and approvers, the priority, who submits,
/// then commands from random actors, some of which the request refuses.
/// </summary>
/// <param name="Approval">The approval policy.</param>
/// <param name="ApproverCount">How many of the approvers (<c>ap-1</c>... in <see cref="Actors"/>) are eligible; 0 for none.</param>
/// <param name="Priority">The priority.</param>
/// <param name="SubmittedByDesk">Whether the service desk submits for the requester (else the requester does).</param>
/// <param name="Commands">The commands, in order.</param>
public sealed record ServiceRequestScenario(ApprovalPolicy Approval, int ApproverCount, Priority Priority, bool SubmittedByDesk, IReadOnlyList<HistoryStep<ServiceRequestTrigger>> Commands)
    : IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>
{
    /// <summary>The requester's actor id.</summary>
    public const string RequesterId = "req";

    /// <summary>The index of the first approver in <see cref="Actors"/>; the four approvers follow each other.</summary>
    public const int FirstApprover = 3;

    /// <summary>The actors commands come from: service desk, resolver, the requester, four approvers (with no role, a
    /// customer who is not the requester, a service desk agent and a resolver), the system, and an actor with no role.</summary>
    public static readonly Actor[] Actors =
    [
        new("desk", "Desk", [Roles.ServiceDeskAgent]),
        new("resolver", "Resolver", [Roles.Resolver]),
        new(RequesterId, "Requester", [Roles.Customer]),
        new("ap-1", "Approver One"),
        new("ap-2", "Approver Two", [Roles.Customer]),
        new("ap-3", "Approver Three", [Roles.ServiceDeskAgent]),
        new("ap-4", "Approver Four", [Roles.Resolver]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>The calendar of every target: Monday to Friday 09:00-18:00 UTC.</summary>
    public static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));

    /// <summary>The settings every scenario runs with: <see cref="ServiceRequestPolicies.For"/> on <see cref="Calendar"/>,
    /// progress updates to the requester as <see cref="IncidentPolicies.CustomerUpdates"/>.</summary>
    public static readonly ServiceRequestSettings Settings = new(ServiceRequestPolicies.For(Calendar)) { ProgressUpdates = IncidentPolicies.CustomerUpdates };

    /// <summary>When every scenario's request is submitted: Monday 2 March 2026 08:30 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the eligible approvers' actor ids.</summary>
    public string[] Approvers => [.. Enumerable.Range(0, ApproverCount).Select(i => Actors[FirstApprover + i].Id)];

    /// <summary>Submits the scenario's request at <see cref="Start"/>.</summary>
    /// <returns>The request.</returns>
    public ServiceRequest Submit() =>
        ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>("SR-P"),
            RequesterId,
            new Id<Kinds.CatalogueItem>("laptop"),
            new Id<Kinds.Service>("workplace"),
            "a laptop for a new starter",
            Approval,
            Approvers,
            Settings,
            SubmittedByDesk ? Actors[0] : Actors[2],
            Start,
            Priority);

    /// <summary>Submits the request and runs every command, skipping those the request refuses with a documented
    /// exception; returns the request and the instant of the last command.</summary>
    /// <returns>The request and the last instant.</returns>
    public (ServiceRequest Request, Instant End) Play()
    {
        var request = Submit();
        return (request, Histories.PlayOn(request, Commands, Start, Apply));
    }


    /// <summary>Gets the JSON options that load the scenarios' requests.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Calendars = new BusinessCalendarRegistry([Calendar]), Modules = [new IncidentsJsonModule { ServiceRequests = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ServiceRequestTrigger>> IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    ServiceRequest IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.Create() => Submit();

    /// <inheritdoc />
    void IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.Apply(ServiceRequest record, HistoryStep<ServiceRequestTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.UnmetRules(ServiceRequest record, HistoryStep<ServiceRequestTrigger> command, Instant at) => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    ServiceRequest IHistory<ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger>.Rebuild(ServiceRequest record) => ServiceRequest.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the request throws.</summary>
    /// <param name="request">The request.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">Its instant.</param>
    public static void Apply(ServiceRequest request, HistoryStep<ServiceRequestTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(request);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        string text = command.Choice % 7 == 0 ? " " : "because " + command.Choice;
        switch (command.Trigger)
        {
            case ServiceRequestTrigger.Approve: request.Approve(by, at, command.Choice % 2 == 0 ? null : text); break;
            case ServiceRequestTrigger.Reject: request.Reject(by, at, text); break;
            case ServiceRequestTrigger.Acknowledge: request.Acknowledge(by, at); break;
            case ServiceRequestTrigger.Assign: request.Assign(by, at, new Id<Kinds.Group>("g" + (command.Choice % 3)), command.Choice % 2 == 0 ? null : "person"); break;
            case ServiceRequestTrigger.PutOnHold: request.PutOnHold(by, at, text); break;
            case ServiceRequestTrigger.Resume: request.Resume(by, at); break;
            case ServiceRequestTrigger.Fulfil: request.Fulfil(by, at, text); break;
            case ServiceRequestTrigger.Close: request.Close(by, at); break;
            case ServiceRequestTrigger.Cancel: request.Cancel(by, at, text); break;
            case ServiceRequestTrigger.RecordProgressUpdate: request.RecordProgressUpdate(by, at, command.Choice % 7 == 0 ? UpdateAudience.Management : UpdateAudience.Customer, text); break;
            default: request.Advance(by, at); break;
        }
    }

    /// <inheritdoc />
    public override string ToString() => CSharp.Record(nameof(ServiceRequestScenario), [CSharp.Raw(PolicyCode(Approval)), ApproverCount, Priority, SubmittedByDesk], Commands);

    private static string PolicyCode(ApprovalPolicy policy) =>
        policy.QuorumPercentage is { } percent ? "ApprovalPolicy.Quorum(" + percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : "ApprovalPolicy." + policy.Kind;
}

/// <summary>FsCheck generators of service request histories.</summary>
public static class ServiceRequestArbitraries
{
    private static readonly IReadOnlyList<ServiceRequestTrigger> Triggers = Histories.Triggers(
        ServiceRequestTrigger.Submit, ServiceRequestTrigger.RequestApproval, ServiceRequestTrigger.ConcludeApproved, ServiceRequestTrigger.ConcludeRejected,
        ServiceRequestTrigger.AutoClose);
    /// <summary>Generates approval policies: none, any one, all, and quorums with the edge percentages (1, 33, 50, 67, 100)
    /// as often as the others.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ApprovalPolicy> Policies() =>
        Gen.OneOf(
            Gen.Constant(ApprovalPolicy.None),
            Gen.Constant(ApprovalPolicy.AnyOne),
            Gen.Constant(ApprovalPolicy.All),
            Gen.Elements(1, 33, 50, 67, 100).Select(ApprovalPolicy.Quorum),
            Gen.Choose(1, 100).Select(ApprovalPolicy.Quorum));

    /// <summary>Generates scenarios: a policy with 1 to 4 approvers (none for no approval), a priority, who submits, and
    /// up to 16 commands. Votes mostly come from approvers, and a third of the scenarios start with every approver
    /// voting, so every approval outcome and the later states are reached often.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceRequestScenario> Scenarios() =>
        Histories.Arbitrary((from approval in Policies()
         from approverCount in approval.NeedsApproval ? Gen.Choose(1, 4) : Gen.Constant(0)
         from priority in Gen.Elements(Priority.P1, Priority.P2, Priority.P3, Priority.P4, Priority.P5)
         from byDesk in Gen.Elements(true, false)
         from votesFirst in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
         from approveBias in Gen.Choose(0, 100)
         from commands in Gen.ArrayOf(Command())
         let votes = votesFirst
             ? Enumerable.Range(0, approverCount)
                 .Select(i => new HistoryStep<ServiceRequestTrigger>(
                     (approveBias + (i * 37)) % 100 < 70 ? ServiceRequestTrigger.Approve : ServiceRequestTrigger.Reject,
                     ServiceRequestScenario.FirstApprover + i,
                     Duration.FromMinutes(30),
                     i + 1))
             : []
         select new ServiceRequestScenario(approval, approverCount, priority, byDesk, [.. votes, .. commands.Take(16)])), s => s.Commands, (s, c) => s with { Commands = c });

    private static readonly int SystemIndex = Array.IndexOf(ServiceRequestScenario.Actors, Actor.System);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ServiceRequestScenario.Actors.Length - 1);

    private static Gen<HistoryStep<ServiceRequestTrigger>> Command() =>
        from trigger in Gen.Frequency(Triggers.Select(t => (t is ServiceRequestTrigger.Cancel or ServiceRequestTrigger.Close ? 1 : 4, Gen.Constant(t))).ToArray())
        from actor in trigger switch
        {
            ServiceRequestTrigger.Approve or ServiceRequestTrigger.Reject =>
                Gen.Frequency((4, Gen.Choose(ServiceRequestScenario.FirstApprover, ServiceRequestScenario.FirstApprover + 3)), (1, AnyActor)),
            ServiceRequestTrigger.Advance => Gen.Frequency((3, Gen.Constant(SystemIndex)), (1, AnyActor)),
            _ => Gen.Frequency((4, Gen.Choose(0, 2)), (1, AnyActor)),
        }
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)), (1, Gen.Choose(600, 10 * 24 * 60)))
        from choice in Gen.Choose(0, 99)
        select new HistoryStep<ServiceRequestTrigger>(trigger, actor, Duration.FromMinutes(minutes), choice);
}
