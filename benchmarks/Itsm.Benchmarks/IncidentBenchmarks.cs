using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The incident targets: a full lifecycle through its commands (log, assign, acknowledge, hold, resume, resolve,
/// close, with its two SLA clocks) at most 60 us and 32 KB; rebuilding from 10 events at most 10 us; and what
/// building the Stateless machine costs (decision 0006 avoids paying it per incident).
/// </summary>
[MemoryDiagnoser]
public class IncidentBenchmarks
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0));
    private static readonly IncidentSettings Settings = new(Policy(Calendar));
    private static readonly Actor Desk = new("desk", "Desk", [Roles.ServiceDeskAgent]);
    private static readonly Actor Resolver = new("resolver", "Resolver", [Roles.Resolver]);
    private static readonly Actor Caller = new("caller", "Caller", [Roles.Customer]);
    private static readonly Instant Monday = new LocalDateTime(2026, 3, 2, 9, 30).InZoneStrictly(Berlin).ToInstant();
    private static readonly Id<Kinds.Incident> Id = new("INC-B");
    private static readonly Id<Kinds.Service> Service = new("email");
    private static readonly Id<Kinds.Group> Group = new("messaging");
    private static readonly IReadOnlyList<IncidentEvent> TenEvents = CreateTenEventIncident().Events;

    [GlobalSetup]
    public void Setup()
    {
        if (TenEvents.Count != 10)
        {
            throw new InvalidOperationException("The fixture should have ten events.");
        }

        _ = FullLifecycle();
        _ = Incident.FromEvents(TenEvents, Settings);
    }

    [Benchmark]
    public Incident FullLifecycle()
    {
        var incident = Incident.Log(Id, "caller", Service, [], "email", 2, 2, Settings, Desk, Monday);
        incident.Assign(Desk, Monday + Duration.FromMinutes(5), Group);
        incident.Acknowledge(Resolver, Monday + Duration.FromMinutes(20));
        incident.PutOnHold(Resolver, Monday + Duration.FromHours(1), HoldReason.AwaitingCaller);
        incident.Resume(Resolver, Monday + Duration.FromHours(20));
        incident.Resolve(Resolver, Monday + Duration.FromHours(22), "restart", "restarted the MTA");
        incident.Close(Caller, Monday + Duration.FromHours(24));
        return incident;
    }

    [Benchmark]
    public Incident FromEvents_TenEvents() => Incident.FromEvents(TenEvents, Settings);

    /// <summary>Building the incident's Stateless machine, which commands avoid by keeping one per thread.</summary>
    [Benchmark]
    public object BuildLifecycleMachine() => new IncidentLifecycle();

    private static Incident CreateTenEventIncident()
    {
        var incident = Incident.Log(Id, "caller", Service, [], "email", 2, 2, Settings, Desk, Monday);
        incident.Assign(Desk, Monday + Duration.FromMinutes(5), Group);
        incident.Acknowledge(Resolver, Monday + Duration.FromMinutes(20));
        incident.PutOnHold(Resolver, Monday + Duration.FromHours(1), HoldReason.AwaitingCaller);
        incident.Resume(Resolver, Monday + Duration.FromHours(20));
        incident.ChangePriority(Desk, Monday + Duration.FromHours(21), 1, 2);
        incident.Escalate(Resolver, Monday + Duration.FromHours(21), EscalationKind.Hierarchical, "breach likely");
        incident.Resolve(Resolver, Monday + Duration.FromHours(22), "restart", "restarted the MTA");
        incident.Reopen(Caller, Monday + Duration.FromHours(23), "still failing");
        incident.Resolve(Resolver, Monday + Duration.FromHours(25), "reconfigure", "fixed the relay");
        return incident;
    }

    internal static SlaPolicy Policy(BusinessCalendar calendar)
    {
        var builder = SlaPolicy.Builder("incidents");
        foreach (var (priority, response, resolution) in new[] { (Priority.P1, 0.5, 4), (Priority.P2, 1, 8), (Priority.P3, 2, 16), (Priority.P4, 4, 40), (Priority.P5, 8, 80) })
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(response), calendar)
                .Add(priority, SlaMetric.Resolution, Duration.FromHours(resolution), calendar);
        }

        return builder.Build();
    }
}
