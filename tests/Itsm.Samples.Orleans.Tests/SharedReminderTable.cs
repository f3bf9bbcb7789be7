using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>
/// A reminder table for the test clusters: one process-wide dictionary, so that reminders outlive the silo that
/// registered them (Orleans' in-memory reminder table is a grain, which goes with its silo). Rows are copied in and
/// out, and removed only under their ETag, as a real table does. Each cluster (by cluster id) has its own rows: a
/// reminder service reads every row of its ring range, and must not fire another test cluster's reminders.
/// </summary>
internal sealed class SharedReminderTable(IOptions<ClusterOptions> cluster) : IReminderTable
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry>> Clusters = new();
    private static long _lastETag;

    private ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry> Rows { get; } = Clusters.GetOrAdd(cluster.Value.ClusterId, _ => new());

    public Task Init() => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Task.FromResult(new ReminderTableData(Rows.Values.Where(r => r.GrainId == grainId).Select(Copy)));

    /// <summary>The rows whose grain hash is in (begin, end], or, when begin is not below end, the ring wrapped around:
    /// above begin or at most end.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        Task.FromResult(new ReminderTableData(Rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), begin, end)).Select(Copy)));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        Task.FromResult(Rows.TryGetValue((grainId, reminderName), out var row) ? Copy(row) : null);

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        var row = Copy(entry);
        row.ETag = Interlocked.Increment(ref _lastETag).ToString(CultureInfo.InvariantCulture);
        Rows[(entry.GrainId, entry.ReminderName)] = row;
        return Task.FromResult<string?>(row.ETag);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        Task.FromResult(Rows.TryGetValue((grainId, reminderName), out var row) && row.ETag == eTag
            && Rows.TryRemove(new KeyValuePair<(GrainId, string), ReminderEntry>((grainId, reminderName), row)));

    public Task TestOnlyClearTable()
    {
        Rows.Clear();
        return Task.CompletedTask;
    }

    internal static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Copy(ReminderEntry row) => new()
    {
        GrainId = row.GrainId,
        ReminderName = row.ReminderName,
        StartAt = row.StartAt,
        Period = row.Period,
        ETag = row.ETag,
    };
}
