using System.Collections.Generic;
using Itsm.Incidents;
using Itsm.Json.Problems;
using Itsm.Json.ServiceRequests;
using Newtonsoft.Json;

namespace Itsm.Json.Incidents;

/// <summary>
/// The JSON of incidents, service requests, problems and known errors: add it to <see cref="ItsmJsonOptions.Modules"/>, with the settings the records are loaded
/// with (writing needs none).
/// </summary>
/// <example><code>
/// var options = new ItsmJsonOptions { Modules = [new IncidentsJsonModule { Incidents = settings }] };
/// string json = ItsmJson.Serialize(record, options);
/// var loaded = ItsmJson.Deserialize&lt;Incident&gt;(json, options);
/// </code></example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentsJsonModule : IItsmJsonModule
{
    /// <summary>Gets the settings incidents are loaded with; reading an incident fails without them.</summary>
    public IncidentSettings? Incidents { get; init; }

    /// <summary>Gets the settings service requests are loaded with; reading a service request fails without them.</summary>
    public ServiceRequestSettings? ServiceRequests { get; init; }

    /// <summary>Gets the settings problems, and through <see cref="ProblemSettings.KnownErrors"/> known errors, are loaded with; reading either fails without them.</summary>
    public ProblemSettings? Problems { get; init; }

    /// <inheritdoc/>
    public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        return
        [
            new IncidentJsonConverter(options.Calendars, Incidents),
            new ServiceRequestJsonConverter(options.Calendars, ServiceRequests),
            new ProblemJsonConverter(Problems),
            new KnownErrorJsonConverter(Problems?.KnownErrors),
        ];
    }
}
