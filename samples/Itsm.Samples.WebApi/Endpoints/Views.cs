using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Events;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Storage;
using Itsm.Sla.Clocks;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>An SLA clock as the API shows it.</summary>
/// <param name="State">Running, paused, stopped...</param>
/// <param name="Target">The target, for example "resolution 8 h on 5x9".</param>
/// <param name="Due">When it breaches if nothing pauses it; null while paused or stopped.</param>
/// <param name="ElapsedMinutes">Business minutes counted.</param>
/// <param name="RemainingMinutes">Business minutes left (negative once breached).</param>
/// <param name="Breached">Whether it breached.</param>
/// <param name="NextTransitionAt">When its status next changes without a command (a warning, the breach).</param>
internal sealed record SlaView(string State, string Target, string? Due, long ElapsedMinutes, long RemainingMinutes, bool Breached, string? NextTransitionAt)
{
    public static SlaView Of(SlaStatus status) => new(
        status.State.ToString(),
        status.Target.ToString(),
        Views.Format(status.Due),
        (long)status.Elapsed.TotalMinutes,
        (long)status.Remaining.TotalMinutes,
        status.IsBreached,
        Views.Format(status.NextTransitionAt));
}

/// <summary>An event as the API lists it.</summary>
internal sealed record EventView(long Version, string Type, string At, string Actor);

/// <summary>An incident as the API shows it, at the clock's instant.</summary>
internal sealed record IncidentView(
    string Id, string State, string Priority, long Version, string? Group, string? Assignee, string? HoldReason,
    SlaView Response, SlaView Resolution, string? NextDueAt, string? AutoCloseAt, string? Closure, IReadOnlyList<EventView> Events)
{
    public static IncidentView Of(Incident incident, Instant now)
    {
        var sla = incident.SlaStatusAt(now);
        return new IncidentView(
            incident.Id.Value, incident.State.ToString(), incident.Priority.ToString(), incident.Version,
            incident.Group.IsEmpty ? null : incident.Group.Value, incident.Assignee, incident.HoldReason?.ToString(),
            SlaView.Of(sla.Response), SlaView.Of(sla.Resolution), Views.Format(incident.NextDueAt(now)),
            Views.Format(incident.AutoCloseAt), incident.Closure?.ToString(), Views.Events(incident.Events));
    }
}

/// <summary>A service request as the API shows it, at the clock's instant.</summary>
internal sealed record ServiceRequestView(
    string Id, string State, string Priority, long Version, string? Group, string? Assignee, string? HoldReason,
    SlaView Response, SlaView Fulfilment, string? NextDueAt, string? Closure, IReadOnlyList<EventView> Events)
{
    public static ServiceRequestView Of(ServiceRequest request, Instant now) => new(
        request.Id.Value, request.State.ToString(), request.Priority.ToString(), request.Version,
        request.Group.IsEmpty ? null : request.Group.Value, request.Assignee, request.HoldReason,
        SlaView.Of(request.ResponseClock.StatusAt(now)), SlaView.Of(request.FulfilmentClock.StatusAt(now)),
        Views.Format(request.NextDueAt(now)), request.Closure?.ToString(), Views.Events(request.Events));
}

/// <summary>An open record as the read model lists it.</summary>
internal sealed record OpenRecordView(string Id, string State, string Priority, string? Group, string? Assignee, long Version, string? NextDueAt)
{
    public static OpenRecordView Of(OpenRecord row) =>
        new(row.Id, row.State, row.Priority, row.Group, row.Assignee, row.Version, Views.Format(row.NextDueAt));
}

/// <summary>How instants and events are written in views.</summary>
internal static class Views
{
    public static string? Format(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null;

    public static IReadOnlyList<EventView> Events(IEnumerable<DomainEvent> events) =>
        [.. events.Select(e => new EventView(e.Version, e.GetType().Name, InstantPattern.ExtendedIso.Format(e.At), e.Actor.Id))];
}
