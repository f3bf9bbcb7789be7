using System.Collections.Generic;
using Itsm.Documents;
using Newtonsoft.Json;

namespace Itsm.Json.Documents;

/// <summary>
/// The JSON of controlled documents, external documents and records: add it to <see cref="ItsmJsonOptions.Modules"/>, with the settings the records are loaded
/// with (writing needs none).
/// </summary>
/// <example><code>
/// var options = new ItsmJsonOptions { Modules = [new DocumentsJsonModule { Documents = settings }] };
/// string json = ItsmJson.Serialize(record, options);
/// var loaded = ItsmJson.Deserialize&lt;ControlledDocument&gt;(json, options);
/// </code></example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentsJsonModule : IItsmJsonModule
{
    /// <summary>Gets the settings controlled documents are loaded with (their revision and number schemes, matrix and roles); reading a controlled document fails without them.</summary>
    public DocumentSettings? Documents { get; init; }

    /// <summary>Gets the settings external documents are loaded with; reading one fails without them.</summary>
    public ExternalDocumentSettings? ExternalDocuments { get; init; }

    /// <summary>Gets the settings records (<see cref="DocumentRecord"/>) are loaded with; reading one fails without them.</summary>
    public DocumentRecordSettings? Records { get; init; }

    /// <inheritdoc/>
    public IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options)
    {
        Preconditions.CheckNotNull(options);
        return
        [
            new ExternalDocumentJsonConverter(ExternalDocuments),
            new DocumentRecordJsonConverter(Records),
            new ControlledDocumentJsonConverter(Documents),
        ];
    }
}
