using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Approvals;
using Itsm.Core.Configuration;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The change targets: a normal change's full lifecycle through its commands under 60 us; the conflicts of one change
/// against a schedule of 10,000 scheduled changes over a 100,000-item relationship graph under 1 ms; the whole
/// schedule's conflict report under 200 ms.
/// </summary>
[MemoryDiagnoser]
public class ChangeBenchmarks
{
    private const int Items = 100_000;
    private const int Scheduled = 10_000;

    private static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
    private static readonly ChangeSettings Settings = new(
        Calendar,
        new CabRule(["cab-1", "cab-2", "cab-3"], Quorum.Count(2)),
        new CabRule(["cab-1"], Quorum.Count(1)));

    private static readonly Actor Requester = new("res-1", "Requester", [Roles.Resolver]);
    private static readonly Actor Manager = new("cm-1", "Change Manager", [Roles.ChangeManager]);
    private static readonly Actor Implementer = new("impl-1", "Implementer", [Roles.Resolver]);
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Id<Kinds.Change> Id = new("CHG-B");
    private static readonly Id<Kinds.Service>[] Services = [new("email")];
    private static readonly Id<Kinds.ConfigurationItem>[] Mx = [new("ci-12345")];
    private static readonly ChangeAssessment LowRisk = new(
        new Dictionary<string, int> { ["services"] = 0, ["users"] = 0, ["complexity"] = 0, ["tested"] = 0, ["backout"] = 0, ["history"] = 0 },
        "fewer outages",
        100m,
        "routine",
        "none");

    private static readonly ChangePlans Plans = new("apply", "test", "restore");

    private ChangeSchedule _schedule = ChangeSchedule.Empty;
    private ScheduledChange _candidate = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A forest of 100,000 items: item i's parent is i / 10, so each item has up to ten children.
        var relations = new TreeRelations(Items);
        var random = new Random(20261205);
        var start = Instant.FromUtc(2026, 3, 2, 0, 0);
        var entries = Enumerable.Range(0, Scheduled).Select(i =>
        {
            var from = start + Duration.FromMinutes(15 * random.Next(0, 96 * 90));
            return new ScheduledChange(
                new Id<Kinds.Change>("CHG-" + i.ToString(CultureInfo.InvariantCulture)),
                new Interval(from, from + Duration.FromHours(random.Next(1, 5))),
                [Item(random.Next(Items)), Item(random.Next(Items))],
                "impl-" + random.Next(0, 200).ToString(CultureInfo.InvariantCulture));
        });
        _schedule = new ChangeSchedule(entries, new ScheduleRules(null, [new FreezePeriod("freeze", new Interval(start + Duration.FromDays(30), start + Duration.FromDays(31)))]), relations);
        _candidate = _schedule.Entries[Scheduled / 2];
        if (FullLifecycle().State != ChangeState.Closed)
        {
            throw new InvalidOperationException("The lifecycle fixture should close its change.");
        }
    }

    [Benchmark]
    public Change FullLifecycle()
    {
        var change = Change.Request(Id, ChangeModel.Normal, "Patch", "CVE fix", Services, Mx, Settings, Requester, Monday);
        change.Submit(Requester, Monday + Duration.FromMinutes(5));
        change.StartAssessment(Manager, Monday + Duration.FromMinutes(10));
        change.RecordAssessment(Requester, Monday + Duration.FromMinutes(20), LowRisk);
        change.RecordPlans(Requester, Monday + Duration.FromMinutes(30), Plans, Implementer.Id);
        change.Plan(Manager, Monday + Duration.FromMinutes(40));
        change.RequestAuthorization(Manager, Monday + Duration.FromMinutes(50));
        change.Authorize(Manager, Monday + Duration.FromHours(1), "routine");
        change.Schedule(Manager, Monday + Duration.FromHours(2), new Interval(Monday + Duration.FromHours(9), Monday + Duration.FromHours(11)), ChangeSchedule.Empty);
        change.StartImplementation(Implementer, Monday + Duration.FromHours(9));
        change.Complete(Implementer, Monday + Duration.FromHours(10), ChangeOutcome.Successful, "done");
        change.RecordReview(Manager, Monday + Duration.FromHours(24), "fine");
        change.Close(Manager, Monday + Duration.FromHours(25));
        return change;
    }

    [Benchmark]
    public IReadOnlyList<ScheduleConflict> ConflictsOfOneChange() => _schedule.ConflictsOf(_candidate);

    [Benchmark]
    public int WholeScheduleReport() => _schedule.Report().Count;

    private static Id<Kinds.ConfigurationItem> Item(int i) => new("ci-" + i.ToString(CultureInfo.InvariantCulture));

    /// <summary>Item i's parent is i / 10; a host's graph would answer from its own index.</summary>
    private sealed class TreeRelations(int items) : IConfigurationRelations
    {
        private readonly Dictionary<Id<Kinds.ConfigurationItem>, int> _numbers = Enumerable.Range(0, items).ToDictionary(Item, i => i);

        public IEnumerable<Id<Kinds.ConfigurationItem>> ParentsOf(Id<Kinds.ConfigurationItem> item) =>
            _numbers.TryGetValue(item, out int i) && i > 0 ? [Item(i / 10)] : [];

        public IEnumerable<Id<Kinds.ConfigurationItem>> ChildrenOf(Id<Kinds.ConfigurationItem> item) =>
            _numbers.TryGetValue(item, out int i) ? Enumerable.Range(i * 10, 10).Where(c => c > 0 && c < items).Select(Item) : [];
    }
}
