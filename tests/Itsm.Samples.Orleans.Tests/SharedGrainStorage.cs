using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>
/// Grain storage for the test clusters: one process-wide dictionary, so that state outlives the silo that wrote it (the
/// silos of a test cluster share the test process; Orleans' memory storage keeps state in grains, which go with their
/// silo). Each state is stored serialized, as a real store would, and written under an ETag: a write from a stale
/// activation is refused with <see cref="InconsistentStateException"/>. Each cluster (by cluster id) has its own rows:
/// the test clusters of one test run share the process, and must not see each other's grains.
/// </summary>
internal sealed class SharedGrainStorage(Serializer serializer, string clusterId) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Stored>> Clusters = new();
    private static long _lastETag;

    private ConcurrentDictionary<string, Stored> Rows { get; } = Clusters.GetOrAdd(clusterId, _ => new());

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Rows.TryGetValue(Key(stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var eTag = NextETag();
        var row = new Stored(serializer.SerializeToArray(grainState.State), eTag);
        var key = Key(stateName, grainId);
        bool written = grainState.ETag is null
            ? Rows.TryAdd(key, row)
            : Rows.TryGetValue(key, out var current) && current.ETag == grainState.ETag && Rows.TryUpdate(key, row, current);
        if (!written)
        {
            throw new InconsistentStateException($"The state of {grainId} was written by another activation.", Rows.TryGetValue(key, out var now) ? now.ETag : "none", grainState.ETag ?? "none");
        }

        grainState.ETag = eTag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        if (Rows.TryGetValue(key, out var current) && current.ETag == grainState.ETag)
        {
            Rows.TryRemove(new(key, current));
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => stateName + "|" + grainId;

    private static string NextETag() => Interlocked.Increment(ref _lastETag).ToString(CultureInfo.InvariantCulture);

    private sealed record Stored(byte[] Data, string ETag);
}
