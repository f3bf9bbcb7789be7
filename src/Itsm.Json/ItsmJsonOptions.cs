using Itsm.Calendars;
using Itsm.Audits;
using Itsm.Changes;
using Itsm.Configuration;
using Itsm.Documents;
using Itsm.Incidents;
using NodaTime;

namespace Itsm.Json;

/// <summary>
/// What reading needs from the host: where zone ids and calendar ids are resolved, and the settings of records whose
/// rules the host configures (incidents).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ItsmJsonOptions
{
    /// <summary>Gets where zone ids are resolved; NodaTime's TZDB provider by default.</summary>
    public IDateTimeZoneProvider ZoneProvider { get; init; } = DateTimeZoneProviders.Tzdb;

    /// <summary>Gets where calendar ids are resolved (SLA targets, policies, clocks, agreements, incidents); reading one of
    /// those fails without it.</summary>
    public BusinessCalendarRegistry? Calendars { get; init; }

    /// <summary>Gets the settings incidents are loaded with; reading an incident fails without them.</summary>
    public IncidentSettings? Incidents { get; init; }

    /// <summary>Gets the settings service requests are loaded with; reading a service request fails without them.</summary>
    public ServiceRequestSettings? ServiceRequests { get; init; }
    /// <summary>Gets the settings problems, and through <see cref="ProblemSettings.KnownErrors"/> known errors, are loaded
    /// with; reading either fails without them.</summary>
    public ProblemSettings? Problems { get; init; }

    /// <summary>Gets the settings external documents are loaded with; reading one fails without them.</summary>
    public ExternalDocumentSettings? ExternalDocuments { get; init; }

    /// <summary>Gets the settings records (<see cref="DocumentRecord"/>) are loaded with; reading one fails without them.</summary>
    public DocumentRecordSettings? Records { get; init; }
    /// <summary>Gets the settings controlled documents are loaded with (their revision and number schemes, matrix and
    /// roles); reading a controlled document fails without them.</summary>
    public DocumentSettings? Documents { get; init; }

    /// <summary>Gets the settings changes and change templates are loaded with; reading either fails without them.</summary>
    public ChangeSettings? Changes { get; init; }

    /// <summary>Gets the settings configuration items and releases are loaded with; reading either fails without them.
    /// Baselines need none.</summary>
    public ConfigurationSettings? Configuration { get; init; }

    /// <summary>Gets the settings audits, management reviews and improvements are loaded with; reading any of them fails
    /// without them.</summary>
    public AuditSettings? Audits { get; init; }

    /// <summary>Gets the settings nonconformities are loaded with; reading one fails without them.</summary>
    public NonconformitySettings? Nonconformities { get; init; }
}
