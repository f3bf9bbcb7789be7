using System;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Schedule;

/// <summary>The change schedule's conflicts, and scheduling into a conflict only with an override.</summary>
public class ChangeScheduleTests
{
    private static readonly Id<Kinds.ConfigurationItem> Mx = new("mx-01");
    private static readonly Id<Kinds.ConfigurationItem> Vm = new("vm-01");

    private static ScheduledChange Entry(string id, Interval window, string implementer, params Id<Kinds.ConfigurationItem>[] items) =>
        new(new Id<Kinds.Change>(id), window, [.. items], implementer);

    private static readonly ChangeSchedule Busy = new(
        [Entry("CHG-A", Window(1, 18, 20), "impl-9", Mx), Entry("CHG-B", Window(1, 19, 21), "impl-1", Vm)],
        new ScheduleRules(freezes: [new FreezePeriod("quarter-end freeze", Window(3, 0, 23))]),
        new ConfigurationRelationsTable([(Vm, Mx)]));

    [Fact]
    public void ConflictsAreData_SameItem_RelatedItem_Implementer()
    {
        var conflicts = Busy.ConflictsOf(Entry("CHG-1", Window(1, 18, 20), "impl-1", Mx));

        Assert.Equal(
            [
                new ScheduleConflict(ScheduleConflictKind.SameConfigurationItem, new Id<Kinds.Change>("CHG-A"), Mx, "both change mx-01"),
                new ScheduleConflict(ScheduleConflictKind.RelatedConfigurationItem, new Id<Kinds.Change>("CHG-B"), Mx, "vm-01 is a parent of mx-01"),
                new ScheduleConflict(ScheduleConflictKind.SameImplementer, new Id<Kinds.Change>("CHG-B"), null, "impl-1 implements both"),
            ],
            conflicts);
    }

    [Fact]
    public void TouchingWindows_DoNotOverlap_AndAChangeNeverConflictsWithItself()
    {
        Assert.Empty(Busy.ConflictsOf(Entry("CHG-1", Window(1, 16, 18), "impl-1", Mx)));
        Assert.DoesNotContain(Busy.ConflictsOf(Entry("CHG-A", Window(1, 18, 20), "impl-9", Mx)), c => c.With == new Id<Kinds.Change>("CHG-A"));
        Assert.DoesNotContain(Busy.ConflictsOf(Entry("CHG-B", Window(1, 19, 21), "impl-1", Vm)), c => c.Kind != ScheduleConflictKind.RelatedConfigurationItem);
        Assert.Single(Busy.ConflictsOf(Entry("CHG-1", new Interval(Day(1, 17), Day(1, 18) + Duration.FromMinutes(1)), "impl-5", Mx)));
    }

    [Fact]
    public void MaintenanceWindowsAndFreezes_AreChecked()
    {
        var maintenance = BusinessCalendarsFor18To23();
        var schedule = new ChangeSchedule([], new ScheduleRules(maintenance, [new FreezePeriod("freeze", Window(3, 0, 23))]));

        Assert.Empty(schedule.ConflictsOf(Entry("CHG-1", Window(1, 18, 23), "impl-1", Mx)));
        Assert.Equal([ScheduleConflictKind.OutsideMaintenanceWindow], schedule.ConflictsOf(Entry("CHG-1", Window(1, 17, 19), "impl-1", Mx)).Select(c => c.Kind));
        Assert.Equal([ScheduleConflictKind.InFreeze], schedule.ConflictsOf(Entry("CHG-1", Window(3, 18, 20), "impl-1", Mx)).Select(c => c.Kind));
    }

    [Fact]
    public void SchedulingIntoAConflict_NeedsAnOverrideReason_RecordedWithTheConflicts()
    {
        var change = Authorized();

        var refused = Assert.Throws<ArgumentException>(() => change.Schedule(Manager, Mon(11), Window(1, 18, 20), Busy));
        Assert.Equal("overrideReason", refused.ParamName);
        Assert.Contains("SameConfigurationItem with CHG-A", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Authorized, change.State);

        var conflicts = change.Schedule(Manager, Mon(11), Window(1, 18, 20), Busy, overrideReason: "the relay patch cannot wait");

        var scheduled = change.Events.OfType<ChangeScheduled>().Single();
        Assert.Equal(conflicts, scheduled.Conflicts);
        Assert.Equal(3, conflicts.Count);
        Assert.Equal("the relay patch cannot wait", scheduled.OverrideReason);
        Assert.Equal(change.Events.Count, Change.FromEvents(change.Events, Settings).Version);
    }

    [Fact]
    public void AnOverrideWithoutConflicts_IsNotRecorded()
    {
        var change = Authorized();

        Assert.Empty(change.Schedule(Manager, Mon(11), Window(2, 18, 20), Busy, overrideReason: "just in case"));

        Assert.Null(change.Events.OfType<ChangeScheduled>().Single().OverrideReason);
    }

    [Fact]
    public void TheScheduleOfChanges_HoldsTheScheduledAndImplementingOnes()
    {
        var scheduled = Authorized();
        scheduled.Schedule(Manager, Mon(11), Window(2, 18, 20), ChangeSchedule.Empty);
        var draft = Requested(id: "CHG-2");

        var schedule = ChangeSchedule.Of([scheduled, draft]);

        var entry = Assert.Single(schedule.Entries);
        Assert.Equal((scheduled.Id, Window(2, 18, 20), Implementer.Id), (entry.Change, entry.Window, entry.Implementer));
        Assert.Single(schedule.Between(Window(2, 19, 22)));
        Assert.Empty(schedule.Between(Window(2, 20, 22)));
    }

    [Fact]
    public void AScheduleRefusesBadEntries()
    {
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => new ChangeSchedule([Entry("CHG-A", Window(1, 18, 20), "i", Mx), Entry("CHG-A", Window(2, 18, 20), "i", Mx)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ChangeSchedule([Entry("CHG-A", Window(1, 18, 18), "i", Mx)]));
        Assert.Throws<ArgumentException>(() => new ChangeSchedule([Entry("CHG-A", Window(1, 18, 19), " ", Mx)]));
        Assert.Throws<ArgumentException>(() => new ScheduleRules(freezes: [new FreezePeriod(" ", Window(1, 1, 2))]));
    }

    [Fact]
    public void TheReport_ListsEveryChangeWithConflicts()
    {
        var report = Busy.Report();

        Assert.Equal(["CHG-A", "CHG-B"], report.Select(r => r.Change.Change.Value));
        Assert.All(report, r => Assert.Equal(ScheduleConflictKind.RelatedConfigurationItem, Assert.Single(r.Conflicts).Kind));
    }

    private static Itsm.Calendars.BusinessCalendar BusinessCalendarsFor18To23() => ScheduleScenario.MaintenanceWindows;
}
