using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Tests.Storage;
using Itsm.Samples.WebApi.Timers;
using Itsm.Sla.Targets;
using NodaTime;
using NodaTime.Testing;

namespace Itsm.Samples.WebApi.Tests.Timers;

/// <summary>
/// The SLA timer on a fake clock: a warning and an automatic close happen at their instants, not a tick before, and
/// never twice, also when the host restarts between them (the queue is rebuilt from the read model).
/// </summary>
public class SlaTimerTests
{
    private const string Stepped = "--ServiceDesk:TimerLoop=false";

    private static readonly TimerKey Inc1 = new("incident", "INC-1");

    // Logged on Monday 7 December 2026 at 09:00 in Shanghai as P2: a response target of 1 h on 5x9, warnings at 50, 75
    // and 90 %, so the first warning is due at 09:30 (01:30Z) and the second at 09:45.
    private static readonly Instant FirstWarning = Instant.FromUtc(2026, 12, 7, 1, 30);
    private static readonly Instant SecondWarning = Instant.FromUtc(2026, 12, 7, 1, 45);

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Warnings_fire_at_their_instants_once_each_also_across_a_restart(string database)
    {
        var settings = await Databases.NewAsync(database);
        var clock = new FakeClock(ApiHost.MondayMorning);
        await using (var api = await ApiHost.StartAsync(settings, clock, Stepped))
        {
            await EventStoreTests.Create(api, "INC-1");
            Assert.Equal(FirstWarning, api.Timer.ArmedFor(Inc1));

            clock.Reset(FirstWarning - Duration.FromSeconds(1));
            Assert.Equal(0, await api.TimerService.ProcessDueAsync(default));
            Assert.Empty(Warnings((await EventStoreTests.Load(api, "INC-1"))!));

            clock.Reset(FirstWarning);
            Assert.Equal(1, await api.TimerService.ProcessDueAsync(default));
            Assert.Equal(0, await api.TimerService.ProcessDueAsync(default));
            var warnings = Warnings((await EventStoreTests.Load(api, "INC-1"))!);
            Assert.Equal([(SlaMetric.Response, SlaThreshold.Percent(50), FirstWarning)], warnings.Select(w => (w.Metric, w.Threshold, w.FiredAt)));
            Assert.Equal(SecondWarning, api.Timer.ArmedFor(Inc1));
        }

        // A new process on the same database: the queue comes back from the read model.
        await using (var api = await ApiHost.StartAsync(settings, clock, Stepped))
        {
            Assert.Equal(SecondWarning, api.Timer.ArmedFor(Inc1));
            clock.Reset(SecondWarning);
            Assert.Equal(1, await api.TimerService.ProcessDueAsync(default));
            var warnings = Warnings((await EventStoreTests.Load(api, "INC-1"))!);
            Assert.Equal(
                [(SlaThreshold.Percent(50), FirstWarning), (SlaThreshold.Percent(75), SecondWarning)],
                warnings.Select(w => (w.Threshold, w.FiredAt)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_resolved_incident_closes_itself_at_its_instant_once_after_a_restart(string database)
    {
        var settings = await Databases.NewAsync(database);
        var clock = new FakeClock(ApiHost.MondayMorning);
        Instant closeAt;
        await using (var api = await ApiHost.StartAsync(settings, clock, Stepped))
        {
            await EventStoreTests.Create(api, "INC-1");
            clock.Advance(Duration.FromMinutes(5));
            await api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { group = "messaging", assignee = "chen.jie" });
            await api.PostAsync("/incidents/INC-1/acknowledge", "chen.jie");
            clock.Advance(Duration.FromMinutes(5));
            await api.PostAsync("/incidents/INC-1/resolve", "chen.jie", new { code = "fixed", notes = "Fixed." });

            // Resolved on Monday at 09:10: it closes itself three business days later, Thursday at 09:10 (01:10Z).
            closeAt = (await EventStoreTests.Load(api, "INC-1"))!.AutoCloseAt!.Value;
            Assert.Equal(Instant.FromUtc(2026, 12, 10, 1, 10), closeAt);
            Assert.Equal(closeAt, api.Timer.ArmedFor(Inc1));
        }

        await using (var api = await ApiHost.StartAsync(settings, clock, Stepped))
        {
            Assert.Equal(closeAt, api.Timer.ArmedFor(Inc1));
            clock.Reset(closeAt - Duration.FromSeconds(1));
            Assert.Equal(0, await api.TimerService.ProcessDueAsync(default));
            Assert.Equal(IncidentState.Resolved, (await EventStoreTests.Load(api, "INC-1"))!.State);

            clock.Reset(closeAt);
            Assert.Equal(1, await api.TimerService.ProcessDueAsync(default));
            clock.Advance(Duration.FromDays(30));
            Assert.Equal(0, await api.TimerService.ProcessDueAsync(default));

            var incident = (await EventStoreTests.Load(api, "INC-1"))!;
            Assert.Equal((IncidentState.Closed, ClosureKind.Automatic), (incident.State, incident.Closure));
            Assert.Equal([closeAt], incident.Events.OfType<IncidentClosed>().Select(e => e.At));
            Assert.Empty(Warnings(incident)); // acknowledged and resolved before any threshold
            Assert.Null(api.Timer.ArmedFor(Inc1));
            Assert.Empty((await api.Client.GetFromJsonAsync<JsonElement[]>("/incidents"))!);
        }
    }

    [Fact]
    public async Task The_hosted_loop_wakes_when_the_clock_reaches_a_due_record()
    {
        var clock = new FakeClock(ApiHost.MondayMorning);
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(Databases.Sqlite), clock);
        await EventStoreTests.Create(api, "INC-1");

        clock.Reset(FirstWarning);
        api.Timer.Wake(); // a fake clock does not wake a sleeper; a real one reaches the instant the loop slept until
        var watch = Stopwatch.StartNew();
        while (Warnings((await EventStoreTests.Load(api, "INC-1"))!).Count == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the timer loop did not advance the due incident");
            await Task.Delay(50);
        }

        var incident = (await EventStoreTests.Load(api, "INC-1"))!;
        Assert.Equal([FirstWarning], Warnings(incident).Select(w => w.FiredAt));
        Assert.Equal(SecondWarning, api.Timer.ArmedFor(Inc1));
    }

    private static List<IncidentSlaWarningRaised> Warnings(Incident incident) =>
        [.. incident.Events.OfType<IncidentSlaWarningRaised>()];
}
