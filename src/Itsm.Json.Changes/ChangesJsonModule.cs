using System.Collections.Generic;
using Itsm.Changes;
using Newtonsoft.Json;

namespace Itsm.Json.Changes;

/// <summary>
/// The JSON of changes and change templates: add it to <see cref="ItsmJsonOptions.Modules"/>, with the settings the records are loaded
/// with (writing needs none).
/// </summary>
/// <example><code>
/// var options = new ItsmJsonOptions { Modules = [new ChangesJsonModule { Changes = settings }] };
/// string json = ItsmJson.Serialize(record, options);
/// var loaded = ItsmJson.Deserialize&lt;Change&gt;(json, options);
/// </code></example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChangesJsonModule : IItsmJsonModule
{
    /// <summary>Gets the settings changes and change templates are loaded with; reading either fails without them.</summary>
    public ChangeSettings? Changes { get; init; }

    /// <inheritdoc/>
    public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        return
        [
            new ChangeJsonConverter(Changes),
            new ChangeTemplateJsonConverter(Changes),
        ];
    }
}
