using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The SLA clock's targets: <c>StatusAt</c> on a clock with 6 events at most 1 us median and 256 B; rebuilding from 6
/// events at most 3 us; each command at most 10 us; one million clock evaluations single-threaded under one second.
/// Calendar: Mon-Fri 09:00-18:00 Europe/Berlin with the benchmark holidays.
/// </summary>
[MemoryDiagnoser]
public class SlaClockBenchmarks
{
    private const int Clocks = 20_000;
    private const int EvaluationsPerClock = 50;

    private static readonly Actor Agent = new("agent", "Agent");
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0));
    private static readonly SlaTarget P3 = new(SlaMetric.Resolution, Duration.FromHours(16), Calendar);
    private static readonly SlaTarget P1 = new(SlaMetric.Resolution, Duration.FromHours(4), Calendar);
    private static readonly Instant Monday = new LocalDateTime(2026, 3, 2, 9, 30).InZoneStrictly(Berlin).ToInstant();

    private static readonly SlaClock SixEvents = CreateSixEventClock(Monday);
    private static readonly IReadOnlyList<SlaClockEvent> SixEventHistory = SixEvents.Events;
    private static readonly Instant Now = Monday + Duration.FromHours(30);

    private SlaClock[] _clocks = [];

    [GlobalSetup]
    public void Setup()
    {
        _clocks = new SlaClock[Clocks];
        for (int i = 0; i < Clocks; i++)
        {
            _clocks[i] = CreateSixEventClock(Monday + Duration.FromMinutes(i % 5000));
        }

        // Warm the calendar's year tables and the lifecycle's per-thread machine.
        _ = SixEvents.StatusAt(Now);
        _ = StartPauseResumeStop();
    }

    [Benchmark]
    public SlaStatus StatusAt_SixEvents() => SixEvents.StatusAt(Now);

    [Benchmark]
    public SlaClock FromEvents_SixEvents() => SlaClock.FromEvents(SixEventHistory);

    /// <summary>A clock created and started in one call: what a host pays per new record's clock.</summary>
    [Benchmark]
    public SlaClock CreateStarted_OneClock() => SlaClock.CreateStarted("INC-B/resolution", P3, Agent, Monday);

    /// <summary>Create, then four commands (Start, Pause, Resume, Stop); reported per operation (five).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public SlaClock CreateAndFourCommands_PerOperation() => StartPauseResumeStop();

    /// <summary>One million StatusAt calls: 20,000 clocks of 6 events, 50 instants each.</summary>
    [Benchmark]
    public int StatusAt_OneMillionEvaluations()
    {
        int breached = 0;
        for (int k = 0; k < EvaluationsPerClock; k++)
        {
            var now = Monday + Duration.FromHours(k);
            foreach (var clock in _clocks)
            {
                if (clock.StatusAt(now).IsBreached)
                {
                    breached++;
                }
            }
        }

        return breached;
    }

    private static SlaClock StartPauseResumeStop()
    {
        var clock = SlaClock.Create("INC-B/resolution", P3, Actor.System, Monday);
        clock.Start(Agent, Monday);
        clock.Pause(Agent, Monday + Duration.FromHours(1), "awaiting caller");
        clock.Resume(Agent, Monday + Duration.FromHours(20));
        clock.Stop(Agent, Monday + Duration.FromHours(26));
        return clock;
    }

    /// <summary>Created, Started, Paused, Resumed, Retargeted (to P1, from the original start), CalendarChanged (to 7x9).</summary>
    private static SlaClock CreateSixEventClock(Instant start)
    {
        var clock = SlaClock.Create("INC-6/resolution", P3, Actor.System, start);
        clock.Start(Agent, start);
        clock.Pause(Agent, start + Duration.FromHours(1), "awaiting caller");
        clock.Resume(Agent, start + Duration.FromHours(20));
        clock.Retarget(Agent, start + Duration.FromHours(21), P1, RetroactiveMode.FromOriginalStart);
        clock.ChangeCalendar(Agent, start + Duration.FromHours(22), BusinessCalendars.SevenByNine(Berlin, new LocalTime(9, 0)));
        if (clock.Version != 6)
        {
            throw new InvalidOperationException("The fixture should have six events.");
        }

        return clock;
    }
}
