using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>
/// The endpoints every kind of record has, in one place: create, read, list the open ones, and one <c>POST
/// /{id}/{verb}</c> per command. Each command names the caller (<c>X-Actor</c>), may name the version it saw
/// (<c>If-Match</c>), runs through <see cref="RecordCommands"/> and answers with the record's view and its version as
/// the ETag; what it refuses becomes a problem (<see cref="ProblemMapping"/>).
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TView">What the API shows of a record.</typeparam>
internal sealed class RecordApi<TRecord, TView>(RouteGroupBuilder group, string kindName, string idPrefix, Func<TRecord, Instant, TView> view)
    where TRecord : class, IEventSourcedRecord
{
    /// <summary>Maps <c>POST /</c>: creates a record from a body (an id is made when the body has none).</summary>
    public void Create<TBody>(string name, string summary, Func<TBody, string> idOf, Func<TBody, string, Actor, Instant, TRecord> create)
        where TBody : notnull =>
        group.MapPost("/", async (TBody body, HttpContext http, UserDirectory users, RecordKind<TRecord> kind, RecordCommands commands, IClock clock, CancellationToken ct) =>
        {
            var by = Http.Caller(http, users);
            string id = idOf(body) is { Length: > 0 } given ? given : idPrefix + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
            var record = await commands.CreateAsync(kind, now => create(body, id, by, now), ct);
            Http.Tag(http, record.Version);
            return TypedResults.Created($"{http.Request.Path.Value?.TrimEnd('/')}/{record.RecordId}", view(record, clock.GetCurrentInstant()));
        }).WithName(name).WithSummary(summary);

    /// <summary>Maps <c>GET /{id}</c>.</summary>
    public void Get(string name, string summary) =>
        group.MapGet("/{id}", async (string id, HttpContext http, RecordKind<TRecord> kind, RecordCommands commands, IClock clock, CancellationToken ct) =>
        {
            var record = await commands.GetAsync(kind, id, ct);
            Http.Tag(http, record.Version);
            return TypedResults.Ok(view(record, clock.GetCurrentInstant()));
        }).WithName(name).WithSummary(summary);

    /// <summary>Maps <c>GET /</c>: the open records of the kind from the read model, the next due first.</summary>
    public void List(string name, string summary) =>
        group.MapGet("/", async (ItsmDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.OpenRecords.AsNoTracking().Where(r => r.Kind == kindName).ToListAsync(ct))
                .OrderBy(r => r.NextDueAt ?? Instant.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal).Select(OpenRecordView.Of).ToList()))
            .WithName(name).WithSummary(summary);

    /// <summary>Maps <c>POST /{id}/{verb}</c> for a command without a body.</summary>
    public void Command(string verb, string name, string summary, Action<TRecord, Actor, Instant> command) =>
        group.MapPost("/{id}/" + verb, async (string id, HttpContext http, UserDirectory users, RecordKind<TRecord> kind, RecordCommands commands, IClock clock, CancellationToken ct) =>
            await Run(id, http, users, kind, commands, clock, command, ct))
            .WithName(name).WithSummary(summary);

    /// <summary>Maps <c>POST /{id}/{verb}</c> for a command with a body.</summary>
    public void Command<TBody>(string verb, string name, string summary, Action<TRecord, Actor, Instant, TBody> command)
        where TBody : notnull =>
        group.MapPost("/{id}/" + verb, async (string id, TBody body, HttpContext http, UserDirectory users, RecordKind<TRecord> kind, RecordCommands commands, IClock clock, CancellationToken ct) =>
            await Run(id, http, users, kind, commands, clock, (r, by, now) => command(r, by, now, body), ct))
            .WithName(name).WithSummary(summary);

    private async Task<Ok<TView>> Run(
        string id, HttpContext http, UserDirectory users, RecordKind<TRecord> kind, RecordCommands commands, IClock clock, Action<TRecord, Actor, Instant> command, CancellationToken ct)
    {
        var by = Http.Caller(http, users); // an unknown caller is refused before the record is read
        var record = await commands.ExecuteAsync(kind, id, Http.ExpectedVersion(http), (r, now) => command(r, by, now), ct);
        Http.Tag(http, record.Version);
        return TypedResults.Ok(view(record, clock.GetCurrentInstant()));
    }
}
