using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Itsm.Samples.WebApi.Tests.Storage;

/// <summary>The event store on SQLite and PostgreSQL: two writers on one record, one wins and the other is told, nothing
/// lost; snapshots load the same record as the events; the read model follows every save.</summary>
public class EventStoreTests
{
    private static readonly Actor Agent = new("zhang.min", "Zhang Min", [Roles.ServiceDeskAgent]);

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_writers_of_one_version_one_wins_the_other_conflicts_and_nothing_is_lost(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database));
        var kind = api.Services.GetRequiredService<IncidentKind>();
        var now = api.Clock.GetCurrentInstant();
        await Create(api, "INC-1");

        using var first = api.Services.CreateScope();
        using var second = api.Services.CreateScope();
        var storeA = first.ServiceProvider.GetRequiredService<EventStore>();
        var storeB = second.ServiceProvider.GetRequiredService<EventStore>();
        var a = (await storeA.LoadAsync(kind, "INC-1"))!;
        var b = (await storeB.LoadAsync(kind, "INC-1"))!;
        a.Record.Assign(Agent, now, new Id<Kinds.Group>("messaging"), "chen.jie");
        b.Record.Assign(Agent, now, new Id<Kinds.Group>("network"), "wang.li");

        await storeA.SaveAsync(kind, a, now);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => storeB.SaveAsync(kind, b, now));

        Assert.Equal(("INC-1", 1L), (conflict.RecordId, conflict.ExpectedVersion));
        var stored = (await Load(api, "INC-1"))!;
        Assert.Equal((2L, "messaging", "chen.jie"), (stored.Version, stored.Group.Value, stored.Assignee));
        Assert.Equal([1L, 2L], await EventVersions(api, "INC-1"));
        Assert.Equal(2L, (await ReadModel(api, "INC-1"))!.Version);
    }

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_http_commands_each_either_land_or_conflict_and_the_version_counts_the_winners(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database));
        await Create(api, "INC-1");

        // Eight reassignments at once, none naming the version it saw: each request loads, commands and saves; whoever
        // saves second for a version gets 409.
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { group = "group-" + i })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, s.ToString()));
        int winners = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(winners, 1, 8);
        var stored = (await Load(api, "INC-1"))!;
        Assert.Equal(1 + winners, stored.Version);
        Assert.Equal(Enumerable.Range(1, 1 + winners).Select(v => (long)v), await EventVersions(api, "INC-1"));
    }

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_record_loaded_from_its_snapshot_equals_the_record_rebuilt_from_all_its_events(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database), null, "--ServiceDesk:SnapshotEvery=3");
        var kind = api.Services.GetRequiredService<IncidentKind>();
        await Create(api, "INC-1");
        await api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { group = "messaging", assignee = "chen.jie" });
        await api.PostAsync("/incidents/INC-1/acknowledge", "chen.jie");
        await api.PostAsync("/incidents/INC-1/hold", "chen.jie", new { reason = "AwaitingVendor" });
        api.Clock.Advance(Duration.FromHours(2));
        await api.PostAsync("/incidents/INC-1/resume", "chen.jie");

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItsmDbContext>();
        var stream = await db.Streams.AsNoTracking().SingleAsync(s => s.Id == "INC-1");
        Assert.Equal((5L, 3L), (stream.Version, stream.SnapshotVersion));
        Assert.NotNull(stream.Snapshot);

        var fromSnapshot = (await Load(api, "INC-1"))!;
        var events = await db.Events.AsNoTracking().Where(e => e.RecordId == "INC-1").OrderBy(e => e.Version).Select(e => e.Json).ToListAsync();
        var fromEvents = kind.FromJson("{\"events\":[" + string.Join(",", events) + "]}");
        Assert.Equal(kind.ToJson(fromEvents), kind.ToJson(fromSnapshot));
        Assert.Equal((5L, IncidentState.InProgress), (fromSnapshot.Version, fromSnapshot.State));
    }

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_read_model_holds_each_open_record_with_its_next_due_instant_and_drops_it_when_closed(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database));
        await Create(api, "INC-1");
        var incident = (await Load(api, "INC-1"))!;

        var row = (await ReadModel(api, "INC-1"))!;
        Assert.Equal(("incident", "New", "P2", 1L), (row.Kind, row.State, row.Priority, row.Version));
        Assert.Equal(incident.NextDueAt(api.Clock.GetCurrentInstant()), row.NextDueAt);

        await api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { group = "messaging", assignee = "chen.jie" });
        await api.PostAsync("/incidents/INC-1/resolve", "chen.jie", new { code = "fixed", notes = "Fixed." });
        row = (await ReadModel(api, "INC-1"))!;
        Assert.Equal(("Resolved", "messaging", "chen.jie"), (row.State, row.Group, row.Assignee));
        Assert.Equal((await Load(api, "INC-1"))!.NextDueAt(api.Clock.GetCurrentInstant()), row.NextDueAt);

        await api.PostAsync("/incidents/INC-1/close", "zhang.min");
        Assert.Null(await ReadModel(api, "INC-1"));
        Assert.Null(api.Timer.ArmedFor(new Itsm.Samples.WebApi.Timers.TimerKey("incident", "INC-1")));
    }

    internal static async Task Create(ApiHost api, string id)
    {
        var response = await api.PostAsync("/incidents", "zhang.min", new { id, caller = "Acme", service = "email", category = "email", impact = 1, urgency = 2 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    internal static async Task<Incident?> Load(ApiHost api, string id)
    {
        using var scope = api.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EventStore>().LoadAsync(api.Services.GetRequiredService<IncidentKind>(), id);
        return stored?.Record;
    }

    private static async Task<List<long>> EventVersions(ApiHost api, string id)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ItsmDbContext>().Events.Where(e => e.RecordId == id).OrderBy(e => e.Version).Select(e => e.Version).ToListAsync();
    }

    private static async Task<OpenRecord?> ReadModel(ApiHost api, string id)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ItsmDbContext>().OpenRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
    }
}
