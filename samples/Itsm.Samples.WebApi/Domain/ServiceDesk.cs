using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Incidents;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Samples.WebApi.Domain;

/// <summary>
/// The organisation's rules as the packages take them, built once at start: the calendars of its service levels, the SLA
/// policies, the incident and service request settings, and the JSON options records are stored and loaded with.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance serves every request and the timer.</remarks>
internal sealed class ServiceDesk
{
    private ServiceDesk(BusinessCalendarRegistry calendars, IncidentSettings incidents, ServiceRequestSettings serviceRequests)
    {
        Calendars = calendars;
        Incidents = incidents;
        ServiceRequests = serviceRequests;
        Json = new ItsmJsonOptions
        {
            Calendars = calendars,
            Modules = [new IncidentsJsonModule { Incidents = incidents, ServiceRequests = serviceRequests }],
        };
    }

    /// <summary>Gets the calendars SLA targets count on, by id (the JSON of a clock names its calendar).</summary>
    public BusinessCalendarRegistry Calendars { get; }

    /// <summary>Gets the settings incidents are logged and loaded with.</summary>
    public IncidentSettings Incidents { get; }

    /// <summary>Gets the settings service requests are submitted and loaded with.</summary>
    public ServiceRequestSettings ServiceRequests { get; }

    /// <summary>Gets the options records are written and read with.</summary>
    public ItsmJsonOptions Json { get; }

    /// <summary>The service levels of the source documents: 5x9 in Shanghai (Monday to Friday 09:00-18:00, closed on the
    /// national day holidays) for most targets, 7x24 for the P1 targets.</summary>
    public static ServiceDesk Create()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var nationalDay = new HolidaySet("cn-national-day-2026", Enumerable.Range(1, 7).Select(d => new LocalDate(2026, 10, d)));
        var fiveByNine = BusinessCalendar.Builder("5x9", zone)
            .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .AddHolidays(nationalDay)
            .Build();
        var sevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(zone);

        var incidents = SlaPolicy.Builder("incidents");
        var requests = SlaPolicy.Builder("service-requests");
        foreach (var (priority, response, resolution, fulfilment) in Targets())
        {
            var calendar = priority == Priority.P1 ? sevenByTwentyFour : fiveByNine;
            incidents.Add(priority, SlaMetric.Response, response, calendar);
            incidents.Add(priority, SlaMetric.Resolution, resolution, calendar);
            requests.Add(priority, SlaMetric.Response, response, calendar);
            requests.Add(priority, ServiceRequest.FulfilmentMetric, fulfilment, calendar);
        }

        return new ServiceDesk(
            new BusinessCalendarRegistry([fiveByNine, sevenByTwentyFour]),
            new IncidentSettings(incidents.Build()),
            new ServiceRequestSettings(requests.Build()));
    }

    private static IEnumerable<(Priority Priority, Duration Response, Duration Resolution, Duration Fulfilment)> Targets() =>
    [
        (Priority.P1, Duration.FromMinutes(30), Duration.FromHours(4), Duration.FromHours(8)),
        (Priority.P2, Duration.FromHours(1), Duration.FromHours(8), Duration.FromHours(16)),
        (Priority.P3, Duration.FromHours(4), Duration.FromHours(24), Duration.FromHours(40)),
        (Priority.P4, Duration.FromHours(8), Duration.FromHours(40), Duration.FromHours(80)),
        (Priority.P5, Duration.FromHours(16), Duration.FromHours(80), Duration.FromHours(120)),
    ];
}
