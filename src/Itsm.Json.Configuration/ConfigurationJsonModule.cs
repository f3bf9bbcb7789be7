using System.Collections.Generic;
using Itsm.Configuration;
using Newtonsoft.Json;

namespace Itsm.Json.Configuration;

/// <summary>
/// The JSON of configuration items, releases and baselines: add it to <see cref="ItsmJsonOptions.Modules"/>, with the settings the records are loaded
/// with (writing needs none).
/// </summary>
/// <example><code>
/// var options = new ItsmJsonOptions { Modules = [new ConfigurationJsonModule { Configuration = settings }] };
/// string json = ItsmJson.Serialize(record, options);
/// var loaded = ItsmJson.Deserialize&lt;ConfigurationItem&gt;(json, options);
/// </code></example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConfigurationJsonModule : IItsmJsonModule
{
    /// <summary>Gets the settings configuration items and releases are loaded with; reading either fails without them. Baselines need none.</summary>
    public ConfigurationSettings? Configuration { get; init; }

    /// <inheritdoc/>
    public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        return
        [
            new ConfigurationItemJsonConverter(Configuration),
            new ReleaseJsonConverter(Configuration),
            new BaselineJsonConverter(),
        ];
    }
}
