using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>One command of a random clock history: which trigger, when, and its arguments.</summary>
/// <param name="Trigger">The command.</param>
/// <param name="After">How long after the previous command (zero: at the same instant).</param>
/// <param name="AtNextTransition">When true, the command is dated at the clock's <see cref="SlaStatus.NextTransitionAt"/>
/// as of the previous command (the instant a threshold fires or the breach begins), when it has one, instead of
/// <paramref name="After"/>: the edges where a command and a threshold or the breach meet.</param>
/// <param name="TargetHours">The new amount of a retarget, in hours (it keeps the calendar and the thresholds).</param>
/// <param name="Mode">How a retarget counts time already measured.</param>
/// <param name="CalendarIndex">The index in <see cref="ClockScenario.Calendars"/> of a calendar change's calendar.</param>
public sealed record ClockCommand(SlaClockTrigger Trigger, Duration After, bool AtNextTransition, double TargetHours, RetroactiveMode Mode, int CalendarIndex)
    : IHistoryStep<SlaClockTrigger>
{
    /// <summary>The command as C#, to paste into an example test.</summary>
    /// <returns>The constructor call, target-typed.</returns>
    public override string ToString() => CSharp.New(Trigger, After, AtNextTransition, TargetHours, Mode, CalendarIndex);
}

/// <summary>A random clock definition and a random sequence of commands, some of which the lifecycle refuses.</summary>
/// <param name="CalendarIndex">The index in <see cref="Calendars"/> of the target's calendar.</param>
/// <param name="TargetHours">The target amount, in hours.</param>
/// <param name="Thresholds">The warning thresholds.</param>
/// <param name="Combination">How cycles combine.</param>
/// <param name="Start">When the clock is created and started.</param>
/// <param name="Commands">The commands, in order; the first is always a start.</param>
/// <param name="Probe">How long after the last command to look at the clock.</param>
public sealed record ClockScenario(int CalendarIndex, double TargetHours, IReadOnlyList<SlaThreshold> Thresholds, CycleCombination Combination, Instant Start, IReadOnlyList<ClockCommand> Commands, Duration Probe)
    : IHistory<SlaClock, ClockCommand, SlaClockTrigger>
{
    /// <summary>Gets the actor of every command.</summary>
    public static Actor Actor { get; } = new("prop", "Property");

    /// <summary>Gets the calendars a scenario uses: Mon-Fri 09:00-17:00 UTC, 7x24 UTC, 5x9 Berlin, 7x9 New York from
    /// 20:00 (overnight), 7x24 Berlin.</summary>
    public static IReadOnlyList<BusinessCalendar> Calendars { get; } =
    [
        BusinessCalendar.Builder("W", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build(),
        BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc),
        BusinessCalendars.FiveByNine(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(9, 0)),
        BusinessCalendars.SevenByNine(DateTimeZoneProviders.Tzdb["America/New_York"], new LocalTime(20, 0)),
        BusinessCalendars.SevenByTwentyFour(DateTimeZoneProviders.Tzdb["Europe/Berlin"], "7x24-berlin"),
    ];

    /// <summary>Gets the JSON options that load the scenarios' clocks (their calendars).</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Calendars = new BusinessCalendarRegistry(Calendars) };

    /// <inheritdoc />
    IReadOnlyList<ClockCommand> IHistory<SlaClock, ClockCommand, SlaClockTrigger>.Steps => Commands;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<SlaClock, ClockCommand, SlaClockTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    SlaClock IHistory<SlaClock, ClockCommand, SlaClockTrigger>.Create() => Create();

    /// <inheritdoc />
    Instant IHistory<SlaClock, ClockCommand, SlaClockTrigger>.At(SlaClock record, ClockCommand command, Instant previous) => At(record, command, previous);

    /// <inheritdoc />
    void IHistory<SlaClock, ClockCommand, SlaClockTrigger>.Apply(SlaClock record, ClockCommand command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<SlaClock, ClockCommand, SlaClockTrigger>.UnmetRules(SlaClock record, ClockCommand command, Instant at) => record.UnmetRules(command.Trigger, Actor, at);

    /// <inheritdoc />
    SlaClock IHistory<SlaClock, ClockCommand, SlaClockTrigger>.Rebuild(SlaClock record) => SlaClock.FromEvents(record.Events);

    /// <summary>A resolution target of this scenario's thresholds.</summary>
    /// <param name="hours">The amount, in hours.</param>
    /// <param name="calendarIndex">The index in <see cref="Calendars"/>.</param>
    /// <returns>The target.</returns>
    public SlaTarget Target(double hours, int calendarIndex) =>
        new(SlaMetric.Resolution, Duration.FromMinutes((long)(hours * 60)), Calendars[calendarIndex], Thresholds);

    /// <summary>Creates the clock and applies every command the lifecycle permits, skipping the others.</summary>
    /// <returns>The clock.</returns>
    public SlaClock Build() => Build(Commands.Count);

    /// <summary>Creates the clock and applies the permitted commands among the first <paramref name="count"/>.</summary>
    /// <param name="count">How many commands to consider.</param>
    /// <returns>The clock.</returns>
    public SlaClock Build(int count) => Play(count, applyRefused: null).Clock;

    /// <summary>The instant of each command, in order (a command dated at the next transition depends on the clock, so
    /// this plays the scenario).</summary>
    /// <returns>The instants.</returns>
    public IReadOnlyList<Instant> Instants() => Play(Commands.Count, applyRefused: null).Instants;

    /// <summary>Creates the clock and plays the first <paramref name="count"/> commands: each permitted one is applied;
    /// each refused one is handed to <paramref name="applyRefused"/> (or skipped when it is null).</summary>
    /// <param name="count">How many commands to play.</param>
    /// <param name="applyRefused">What to do with a command the lifecycle refuses: the clock, the command, its instant.</param>
    /// <returns>The clock and the instant of each command played.</returns>
    public (SlaClock Clock, IReadOnlyList<Instant> Instants) Play(int count, System.Action<SlaClock, ClockCommand, Instant>? applyRefused)
    {
        var clock = Create();
        var instants = new List<Instant>();
        var at = Start;
        foreach (var command in Commands.Take(count))
        {
            at = At(clock, command, at);
            instants.Add(at);
            if (clock.CanFire(command.Trigger))
            {
                Apply(clock, command, at);
            }
            else
            {
                applyRefused?.Invoke(clock, command, at);
            }
        }

        return (clock, instants);
    }

    /// <summary>Creates the scenario's clock, not yet started.</summary>
    /// <returns>The clock.</returns>
    public SlaClock Create() => SlaClock.Create("INC-P/resolution", Target(TargetHours, CalendarIndex), Actor, Start, Combination);

    /// <summary>When a command happens: at the clock's next transition as of the previous command when it asks for that
    /// and there is one, otherwise its gap after the previous command.</summary>
    /// <param name="clock">The clock before the command.</param>
    /// <param name="command">The command.</param>
    /// <param name="previous">The previous command's instant.</param>
    /// <returns>The command's instant.</returns>
    public static Instant At(SlaClock clock, ClockCommand command, Instant previous)
    {
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckNotNull(command);
        return command.AtNextTransition && clock.StatusAt(previous).NextTransitionAt is { } next ? next : previous + command.After;
    }

    /// <summary>Runs one command on a clock; throws whatever the clock throws.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    public static void Apply(SlaClock clock, ClockCommand command, Instant at)
    {
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckNotNull(command);
        switch (command.Trigger)
        {
            case SlaClockTrigger.Start: clock.Start(Actor, at); break;
            case SlaClockTrigger.Pause: clock.Pause(Actor, at, "awaiting caller"); break;
            case SlaClockTrigger.Resume: clock.Resume(Actor, at); break;
            case SlaClockTrigger.Stop: clock.Stop(Actor, at); break;
            case SlaClockTrigger.Cancel: clock.Cancel(Actor, at, "logged in error"); break;
            case SlaClockTrigger.Reopen: clock.Reopen(Actor, at); break;
            case SlaClockTrigger.Retarget: clock.Retarget(Actor, at, Duration.FromMinutes((long)(command.TargetHours * 60)), command.Mode); break;
            default: clock.ChangeCalendar(Actor, at, Calendars[command.CalendarIndex]); break;
        }
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() =>
        CSharp.Record(
            nameof(ClockScenario),
            [CalendarIndex, TargetHours, CSharp.Raw("[" + string.Join(", ", Thresholds.Select(ThresholdCode)) + "]"), Combination, Start],
            Commands,
            CSharp.Literal(Probe));

    private static string ThresholdCode(SlaThreshold threshold) =>
        threshold.Percentage is { } percent ? "SlaThreshold.Percent(" + CSharp.Literal(percent) + ")" : "SlaThreshold.Before(" + CSharp.Literal(threshold.LeadTime!.Value) + ")";
}

/// <summary>FsCheck generators of random SLA clock histories, for <c>[Properties(Arbitrary = [typeof(SlaClockArbitraries)])]</c>.</summary>
public static class SlaClockArbitraries
{
    private static readonly Instant Earliest = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>Random clock scenarios: a target on one of five calendars, thresholds (percentages up to 150 %, lead times
    /// from zero to longer than the target), a cycle combination, a start in 2026, then up to ten commands 0 minutes to
    /// 9 days apart or exactly at the clock's next transition (starts, pauses, resumes, stops, cancels, reopens, retargets
    /// and calendar changes), some of which the lifecycle refuses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ClockScenario> Scenarios() => Histories.Arbitrary(ScenarioGen, s => s.Commands, (s, c) => s with { Commands = c });

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
        from atNext in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from hours in HoursGen
        from mode in Gen.Elements(RetroactiveMode.FromOriginalStart, RetroactiveMode.FromChange)
        from calendar in Gen.Choose(0, 4)
        select new ClockCommand(trigger, after, atNext, hours, mode, calendar);

    private static Gen<IReadOnlyList<SlaThreshold>> ThresholdsGen { get; } =
        Gen.Elements<IReadOnlyList<SlaThreshold>>(
            [SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90)],
            [SlaThreshold.Percent(33.3m), SlaThreshold.Before(Duration.FromMinutes(15))],
            [],
            [SlaThreshold.Before(Duration.FromMinutes(20)), SlaThreshold.Percent(80)],
            [SlaThreshold.Percent(100), SlaThreshold.Percent(150), SlaThreshold.Before(Duration.Zero)],
            [SlaThreshold.Before(Duration.FromHours(1)), SlaThreshold.Before(Duration.FromHours(24)), SlaThreshold.Percent(25)]);

    private static Gen<ClockScenario> ScenarioGen { get; } =
        from calendar in Gen.Choose(0, 4)
        from hours in HoursGen
        from thresholds in ThresholdsGen
        from combination in Gen.Elements(CycleCombination.Last, CycleCombination.First, CycleCombination.Sum, CycleCombination.Longest)
        from startMinutes in Gen.Choose(0, 364 * 24 * 60)
        from start in Gen.Constant(Earliest + Duration.FromMinutes(startMinutes))
        from commands in Gen.ArrayOf(CommandGen).Select(c => (IReadOnlyList<ClockCommand>)[.. c.Take(10).Prepend(new ClockCommand(SlaClockTrigger.Start, Duration.Zero, false, 8, RetroactiveMode.FromChange, 0))])
        from probe in Gen.Choose(0, 30 * 24 * 60).Select(m => Duration.FromMinutes(m))
        select new ClockScenario(calendar, hours, thresholds, combination, start, commands, probe);
}
