using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Core.Ids;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Testing;

/// <summary>A random change schedule and a change to check against it: up to twelve scheduled changes on six items
/// (<c>ci-0</c> to <c>ci-5</c>) with three implementers over four days, random parent-child relations between the items,
/// up to two freeze periods, and sometimes maintenance windows (every day 18:00-23:00 UTC).</summary>
/// <param name="Entries">The scheduled changes.</param>
/// <param name="Candidate">The change to check (sometimes one of the entries, which the check leaves out).</param>
/// <param name="Relations">The (parent, child) pairs.</param>
/// <param name="Freezes">The freeze periods.</param>
/// <param name="Maintenance">Whether the maintenance windows apply.</param>
public sealed record ScheduleScenario(
    IReadOnlyList<ScheduledChange> Entries,
    ScheduledChange Candidate,
    IReadOnlyList<(Id<Kinds.ConfigurationItem> Parent, Id<Kinds.ConfigurationItem> Child)> Relations,
    IReadOnlyList<FreezePeriod> Freezes,
    bool Maintenance)
{
    /// <summary>Gets the maintenance windows: every day 18:00-23:00 UTC.</summary>
    public static BusinessCalendar MaintenanceWindows { get; } = BusinessCalendar.Builder("maintenance", DateTimeZone.Utc)
        .AddWindow(new LocalTime(18, 0), new LocalTime(23, 0), Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray())
        .Build();

    /// <summary>Gets the first day of the schedules: Monday 2026-03-02.</summary>
    public static Instant Day0 { get; } = Instant.FromUtc(2026, 3, 2, 0, 0);

    /// <summary>Builds the schedule.</summary>
    /// <returns>The schedule of <see cref="Entries"/> with the rules and relations.</returns>
    public ChangeSchedule Schedule() =>
        new(Entries, new ScheduleRules(Maintenance ? MaintenanceWindows : null, Freezes), new ConfigurationRelationsTable(Relations));

    /// <summary>The scenario, for a failing property's report.</summary>
    /// <returns>The entries, candidate, relations and rules.</returns>
    public override string ToString() =>
        string.Join("; ", Entries.Select(Show)) + " | candidate " + Show(Candidate) + " | relations " + string.Join(", ", Relations.Select(r => r.Parent + ">" + r.Child))
        + " | freezes " + string.Join(", ", Freezes.Select(f => f.Period.ToString())) + " | maintenance " + Maintenance.ToString(CultureInfo.InvariantCulture);

    private static string Show(ScheduledChange c) => $"{c.Change} {c.Window} [{string.Join(",", c.ConfigurationItems)}] {c.Implementer}";
}

/// <summary>FsCheck generators of change schedules, for <c>[Properties(Arbitrary = [typeof(ScheduleArbitraries)])]</c>.</summary>
public static class ScheduleArbitraries
{
    private static readonly Gen<Id<Kinds.ConfigurationItem>> Items = Gen.Choose(0, 5).Select(i => new Id<Kinds.ConfigurationItem>("ci-" + i.ToString(CultureInfo.InvariantCulture)));

    private static readonly Gen<Interval> Windows =
        from day in Gen.Choose(0, 3)
        from quarter in Gen.Choose(0, 95)
        from length in Gen.Choose(1, 24)
        let start = ScheduleScenario.Day0 + Duration.FromDays(day) + Duration.FromMinutes(15 * quarter)
        select new Interval(start, start + Duration.FromMinutes(15 * length));

    /// <summary>Random schedules and candidates, shrinking by dropping entries, relations and freezes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScheduleScenario> Scenarios() =>
        Histories.Arbitrary(
            from count in Gen.Choose(0, 12)
            from entries in Gen.CollectToArray(Enumerable.Range(0, count).Select(Entry))
            from candidate in Gen.Frequency((4, Entry(99)), (1, entries.Length == 0 ? Entry(99) : Gen.Elements(entries).SelectMany(e => Entry(0).Select(c => c with { Change = e.Change }))))
            from relations in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Zip(Items, Items), n))
            from freezes in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Windows.Select(w => new FreezePeriod("freeze", w)), n))
            from maintenance in Gen.Elements(true, false)
            select new ScheduleScenario(entries, candidate, [.. relations.Select(r => (r.Item1, r.Item2))], freezes, maintenance),
            s => s.Entries,
            (s, entries) => s with { Entries = entries });

    private static Gen<ScheduledChange> Entry(int number) =>
        from window in Windows
        from itemCount in Gen.Choose(0, 3)
        from items in Gen.ArrayOf(Items, itemCount)
        from implementer in Gen.Choose(1, 3)
        select new ScheduledChange(
            new Id<Kinds.Change>("CHG-" + number.ToString(CultureInfo.InvariantCulture)),
            window,
            [.. items],
            "impl-" + implementer.ToString(CultureInfo.InvariantCulture));
}
