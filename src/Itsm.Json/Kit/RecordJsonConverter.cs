using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json;

/// <summary>
/// The base of the converters of the SDK's event-sourced records (incidents, service requests, problems, known errors,
/// controlled documents, external documents, records): a record is written as its state and its events, and read back
/// by rebuilding it from its events with the host's settings; a document that describes an impossible record is refused
/// whole, with its JSON path.
/// </summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <typeparam name="TSettings">The settings the record is loaded with.</typeparam>
/// <remarks>Shared source of the JSON packages, internal in each. Immutable and thread-safe.</remarks>
internal abstract class RecordJsonConverter<TRecord, TSettings> : JsonConverter<TRecord>
    where TRecord : class
    where TSettings : class
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings records are loaded with; null to only write.</param>
    private protected RecordJsonConverter(TSettings? settings) => Settings = settings;

    /// <summary>Gets the settings records are loaded with; null when the converter only writes.</summary>
    private protected TSettings? Settings { get; }

    /// <inheritdoc />
    public sealed override void WriteJson(JsonWriter writer, TRecord? value, JsonSerializer serializer) => Write(writer, value, ToJson);

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The document is impossible or breaks a rule, names a calendar the
    /// registry lacks, or no settings were given; the message gives the JSON path.</exception>
    public sealed override TRecord? ReadJson(JsonReader reader, Type objectType, TRecord? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        Read(reader, FromJson);

    /// <summary>Writes a record.</summary>
    private protected abstract JToken ToJson(TRecord record);

    /// <summary>Reads a record, refusing an impossible one.</summary>
    private protected abstract TRecord FromJson(JToken token);
}
