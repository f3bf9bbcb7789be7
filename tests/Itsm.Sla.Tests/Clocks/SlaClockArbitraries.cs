using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>One command of a random history: which trigger, how long after the previous one, and its arguments.</summary>
public sealed record ClockCommand(SlaClockTrigger Trigger, Duration After, double TargetHours, RetroactiveMode Mode, int CalendarIndex)
{
    public override string ToString() => $"{Trigger} +{After} ({TargetHours}h, {Mode}, calendar {CalendarIndex})";
}

/// <summary>A random clock definition and a random sequence of commands, some of which the lifecycle refuses.</summary>
public sealed record ClockScenario(int CalendarIndex, double TargetHours, SlaThreshold[] Thresholds, CycleCombination Combination, Instant Start, ClockCommand[] Commands, Duration Probe)
{
    public static readonly Actor Actor = new("prop", "Property");

    public static readonly BusinessCalendar[] Calendars =
    [
        BusinessCalendar.Builder("W", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build(),
        BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc),
        BusinessCalendars.FiveByNine(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(9, 0)),
        BusinessCalendars.SevenByNine(DateTimeZoneProviders.Tzdb["America/New_York"], new LocalTime(20, 0)),
        BusinessCalendars.SevenByTwentyFour(DateTimeZoneProviders.Tzdb["Europe/Berlin"], "7x24-berlin"),
    ];

    public SlaTarget Target(double hours, int calendarIndex) =>
        new(SlaMetric.Resolution, Duration.FromMinutes((long)(hours * 60)), Calendars[calendarIndex], Thresholds);

    /// <summary>Creates the clock and applies every command the lifecycle permits, skipping the others.</summary>
    public SlaClock Build() => Build(Commands.Length);

    public SlaClock Build(int count)
    {
        var clock = SlaClock.Create("INC-P/resolution", Target(TargetHours, CalendarIndex), Actor, Start, Combination);
        var at = Start;
        foreach (var command in Commands.Take(count))
        {
            at += command.After;
            if (clock.CanFire(command.Trigger))
            {
                Apply(clock, command, at);
            }
        }

        return clock;
    }

    /// <summary>The instant of each command, in order.</summary>
    public IEnumerable<Instant> Instants()
    {
        var at = Start;
        foreach (var command in Commands)
        {
            at += command.After;
            yield return at;
        }
    }

    public void Apply(SlaClock clock, ClockCommand command, Instant at)
    {
        switch (command.Trigger)
        {
            case SlaClockTrigger.Start: clock.Start(Actor, at); break;
            case SlaClockTrigger.Pause: clock.Pause(Actor, at, "awaiting caller"); break;
            case SlaClockTrigger.Resume: clock.Resume(Actor, at); break;
            case SlaClockTrigger.Stop: clock.Stop(Actor, at); break;
            case SlaClockTrigger.Cancel: clock.Cancel(Actor, at, "logged in error"); break;
            case SlaClockTrigger.Reopen: clock.Reopen(Actor, at); break;
            case SlaClockTrigger.Retarget: clock.Retarget(Actor, at, Target(command.TargetHours, command.CalendarIndex), command.Mode); break;
            default: clock.ChangeCalendar(Actor, at, Calendars[command.CalendarIndex]); break;
        }
    }

    public override string ToString() =>
        $"calendar {CalendarIndex} ({Calendars[CalendarIndex].Id}), {TargetHours}h, [{string.Join(", ", Thresholds.Select(t => t.ToString()))}], {Combination}, start {Start}, probe +{Probe}: {string.Join("; ", Commands.Select(c => c.ToString()))}";
}

public static class SlaClockArbitraries
{
    private static readonly Instant Earliest = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static Arbitrary<ClockScenario> Scenarios() => ScenarioGen.ToArbitrary();

    private static Gen<double> HoursGen { get; } = Gen.Elements(0.5, 1.0, 2.0, 4.0, 8.0, 9.0, 16.0, 24.0, 40.0);

    /// <summary>Gaps between commands: often zero (equal instants), minutes, hours or days.</summary>
    private static Gen<Duration> GapGen { get; } =
        Gen.Frequency(
            (1, Gen.Constant(Duration.Zero)),
            (3, Gen.Choose(1, 240).Select(m => Duration.FromMinutes(m))),
            (3, Gen.Choose(1, 72).Select(h => Duration.FromHours(h))),
            (1, Gen.Choose(1, 9 * 24 * 60).Select(m => Duration.FromMinutes(m))));

    private static Gen<ClockCommand> CommandGen { get; } =
        from trigger in Gen.Frequency(
            (3, Gen.Constant(SlaClockTrigger.Start)),
            (4, Gen.Constant(SlaClockTrigger.Pause)),
            (4, Gen.Constant(SlaClockTrigger.Resume)),
            (3, Gen.Constant(SlaClockTrigger.Stop)),
            (1, Gen.Constant(SlaClockTrigger.Cancel)),
            (2, Gen.Constant(SlaClockTrigger.Reopen)),
            (2, Gen.Constant(SlaClockTrigger.Retarget)),
            (1, Gen.Constant(SlaClockTrigger.ChangeCalendar)))
        from after in GapGen
        from hours in HoursGen
        from mode in Gen.Elements(RetroactiveMode.FromOriginalStart, RetroactiveMode.FromChange)
        from calendar in Gen.Choose(0, 4)
        select new ClockCommand(trigger, after, hours, mode, calendar);

    private static Gen<SlaThreshold[]> ThresholdsGen { get; } =
        Gen.Elements(
            new[] { SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90) },
            new[] { SlaThreshold.Percent(33.3m), SlaThreshold.Before(Duration.FromMinutes(15)) },
            Array.Empty<SlaThreshold>(),
            new[] { SlaThreshold.Before(Duration.FromMinutes(20)), SlaThreshold.Percent(80) });

    private static Gen<ClockScenario> ScenarioGen { get; } =
        from calendar in Gen.Choose(0, 4)
        from hours in HoursGen
        from thresholds in ThresholdsGen
        from combination in Gen.Elements(CycleCombination.Last, CycleCombination.First, CycleCombination.Sum, CycleCombination.Longest)
        from startMinutes in Gen.Choose(0, 364 * 24 * 60)
        from start in Gen.Constant(Earliest + Duration.FromMinutes(startMinutes))
        from commands in Gen.ArrayOf(CommandGen).Select(c => c.Take(10).Prepend(new ClockCommand(SlaClockTrigger.Start, Duration.Zero, 8, RetroactiveMode.FromChange, 0)).ToArray())
        from probe in Gen.Choose(0, 30 * 24 * 60).Select(m => Duration.FromMinutes(m))
        select new ClockScenario(calendar, hours, thresholds, combination, start, commands, probe);
}
