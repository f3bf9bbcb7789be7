using System;
using System.Threading.Tasks;
using Orleans.TestingHost;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>One two-silo cluster for the tests that do not stop a silo.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    public async Task InitializeAsync() => _cluster = await TwoSilos.DeployAsync<PinnableClockSilo>();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
