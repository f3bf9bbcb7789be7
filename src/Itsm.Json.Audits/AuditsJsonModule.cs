using System.Collections.Generic;
using Itsm.Audits;
using Newtonsoft.Json;

namespace Itsm.Json.Audits;

/// <summary>
/// The JSON of audits, nonconformities, management reviews and improvements: add it to <see cref="ItsmJsonOptions.Modules"/>, with the settings the records are loaded
/// with (writing needs none).
/// </summary>
/// <example><code>
/// var options = new ItsmJsonOptions { Modules = [new AuditsJsonModule { Audits = settings }] };
/// string json = ItsmJson.Serialize(record, options);
/// var loaded = ItsmJson.Deserialize&lt;Audit&gt;(json, options);
/// </code></example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AuditsJsonModule : IItsmJsonModule
{
    /// <summary>Gets the settings audits, management reviews and improvements are loaded with; reading any of them fails without them.</summary>
    public AuditSettings? Audits { get; init; }

    /// <summary>Gets the settings nonconformities are loaded with; reading one fails without them.</summary>
    public NonconformitySettings? Nonconformities { get; init; }

    /// <inheritdoc/>
    public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        return
        [
            new AuditJsonConverter(Audits),
            new NonconformityJsonConverter(Nonconformities),
            new ManagementReviewJsonConverter(Audits),
            new ImprovementJsonConverter(Audits),
        ];
    }
}
