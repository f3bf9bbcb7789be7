using System;
using Itsm.Incidents;
using Newtonsoft.Json.Linq;
using NodaTime;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Incidents;

/// <summary>The fields of the progress update events, which incidents and service requests share:
/// <c>{ "audience", "text" }</c> for an update, <c>{ "audience", "dueAt" }</c> for an overdue one.</summary>
internal static class ProgressUpdateJson
{
    /// <summary>Writes an update's fields.</summary>
    public static void WriteUpdate(JObject json, UpdateAudience audience, string text)
    {
        json["audience"] = audience.ToString();
        json["text"] = text;
    }

    /// <summary>Writes an overdue update's fields.</summary>
    public static void WriteOverdue(JObject json, UpdateAudience audience, Instant dueAt)
    {
        json["audience"] = audience.ToString();
        json["dueAt"] = Instant(dueAt);
    }

    /// <summary>Reads an update's fields into the record's event.</summary>
    public static TEvent ReadUpdate<TEvent>(JObject e, Func<UpdateAudience, string, TEvent> create) => create(Audience(e), String(e, "text"));

    /// <summary>Reads an overdue update's fields into the record's event.</summary>
    public static TEvent ReadOverdue<TEvent>(JObject e, Func<UpdateAudience, Instant, TEvent> create) => create(Audience(e), ReadInstant(Required(e, "dueAt")));

    private static UpdateAudience Audience(JObject e) => Enum<UpdateAudience>(Required(e, "audience"));
}
