// Quickstart: due dates on the service levels of the source documents (5x9, 7x9, 7x24) for a few SLA targets,
// from one fixed start instant, business time elapsed between two instants, an SLA clock that is paused and
// retargeted, with its status and the segments behind it, an incident that goes on hold, warns, resolves and
// closes, a controlled procedure revised from CX-SMP-001-00 to CX-SMP-001-01 with its two copies recalled, a change
// decided by its board, the relay's configuration item, its impact and a release deployed after a baseline, and an
// internal audit whose nonconformity gets a corrective action that is escalated when it falls overdue.
// Run: dotnet run -c Release --project samples/Itsm.Samples.Quickstart
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Documents.Numbering;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;
using NodaTime.Text;

var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
var nationalDay = new HolidaySet("cn-national-day-2026", [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)]);

var fiveByNine = BusinessCalendar.Builder("5x9", zone)
    .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
    .AddHolidays(nationalDay)
    .Build();
BusinessCalendar[] serviceLevels =
[
    fiveByNine,
    BusinessCalendars.SevenByNine(zone, new LocalTime(9, 0)),
    BusinessCalendars.SevenByTwentyFour(zone),
];

// A fixed start: Wednesday 30 September 2026, 16:30 in Shanghai, the eve of the national day holiday.
var start = new LocalDateTime(2026, 9, 30, 16, 30).InZoneStrictly(zone).ToInstant();
var pattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd yyyy-MM-dd HH:mm", null);
string Show(Instant instant) => pattern.Format(instant.InZone(zone));

Console.WriteLine($"Logged at {Show(start)} ({zone.Id})");
Console.WriteLine("  5x9:  Monday to Friday 09:00-18:00, closed on the national day holidays Thu 2026-10-01 and Fri 2026-10-02");
Console.WriteLine("  7x9:  every day 09:00-18:00, no holidays");
Console.WriteLine("  7x24: round the clock");
Console.WriteLine("Due at, for a target in business hours, and in business days (days the calendar is open, same time of day):");
Console.WriteLine();
Console.WriteLine($"{"target",-17}{"5x9",-24}{"7x9",-24}{"7x24",-24}");
foreach (var hours in new[] { 1, 4, 8, 24, 40 })
{
    Console.Write($"{hours + " h",-17}");
    foreach (var calendar in serviceLevels)
    {
        Console.Write($"{Show(calendar.Add(start, Duration.FromHours(hours))),-24}");
    }

    Console.WriteLine();
}

Console.Write($"{"2 business days",-17}");
foreach (var calendar in serviceLevels)
{
    Console.Write($"{Show(calendar.AddBusinessDays(start, 2)),-24}");
}

Console.WriteLine();
Console.WriteLine();

var resolved = new LocalDateTime(2026, 10, 8, 11, 15).InZoneStrictly(zone).ToInstant();
Console.WriteLine($"Business time from {Show(start)} to {Show(resolved)}:");
foreach (var calendar in serviceLevels)
{
    Console.WriteLine($"  {calendar.Id,-6}{Hm(calendar.BusinessTimeBetween(start, resolved))}");
}

Console.WriteLine();

// An SLA clock: an incident logged as P3 on the 5x9 calendar, waiting for the caller overnight, then raised to P1.
var policy = SlaPolicy.Builder("standard")
    .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(16), fiveByNine)
    .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), fiveByNine, leadTimes: [Duration.FromHours(1)])
    .Build();
var agent = new Actor("li.wei", "Li Wei");
var monday = new LocalDateTime(2026, 10, 12, 10, 0).InZoneStrictly(zone).ToInstant();
var clock = SlaClock.CreateStarted("INC-1042/resolution", policy.TargetFor(Priority.P3, SlaMetric.Resolution), agent, monday);
clock.Pause(agent, monday + Duration.FromHours(2), "awaiting caller");
clock.Resume(agent, monday + Duration.FromHours(23));
clock.Retarget(agent, monday + Duration.FromHours(24), policy.TargetFor(Priority.P1, SlaMetric.Resolution), RetroactiveMode.FromOriginalStart);

var now = monday + Duration.FromMinutes(24 * 60 + 30);
var status = clock.StatusAt(now);
Console.WriteLine($"SLA clock {clock.Id} at {Show(now)}: {status.State}, target {status.Target}");
Console.WriteLine($"  elapsed {Hm(status.Elapsed)}, remaining {Hm(status.Remaining)}, {status.PercentElapsed:0.#} %, due {(status.Due is { } due ? Show(due) : "-")}, breached: {status.IsBreached}");
foreach (var threshold in status.Thresholds)
{
    string when = threshold.FiresAt is { } at ? Show(at) : "-";
    Console.WriteLine($"  warning {threshold.Threshold,-18} {when}{(threshold.PassedOnAttach ? " (already passed when retargeted)" : string.Empty)}");
}

Console.WriteLine($"  next timer: {(status.NextTransitionAt is { } next ? Show(next) : "none")}");
Console.WriteLine("  behind the figures:");
foreach (var segment in clock.Explain(now))
{
    Console.WriteLine($"    {Show(segment.Interval.Start)} - {Show(segment.Interval.End)}  {segment.Kind,-7} {Hm(segment.BusinessTime)}{(segment.Counted ? string.Empty : " (not counted)")}");
}

Console.WriteLine();

// An incident: logged, assigned, the customer told of progress (owed every 2 business hours at P2), on hold overnight
// waiting for the caller, a warning raised when 50 % of the resolution target has passed and the updates missed
// reported, resolved, and closed automatically three business days later.
// Settings refuse a policy without a target for a priority the matrix can give, so every priority has both targets.
var incidentPolicy = SlaPolicy.Builder("incidents")
    .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(30), serviceLevels[2])
    .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), serviceLevels[2])
    .Add(Priority.P2, SlaMetric.Response, Duration.FromHours(1), fiveByNine)
    .Add(Priority.P2, SlaMetric.Resolution, Duration.FromHours(8), fiveByNine)
    .Add(Priority.P3, SlaMetric.Response, Duration.FromHours(4), fiveByNine)
    .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(24), fiveByNine)
    .Add(Priority.P4, SlaMetric.Response, Duration.FromHours(8), fiveByNine)
    .Add(Priority.P4, SlaMetric.Resolution, Duration.FromHours(40), fiveByNine)
    .Add(Priority.P5, SlaMetric.Response, Duration.FromHours(16), fiveByNine)
    .Add(Priority.P5, SlaMetric.Resolution, Duration.FromHours(80), fiveByNine)
    .Build();
var desk = new Actor("zhang.min", "Zhang Min", [Roles.ServiceDeskAgent]);
var resolver = new Actor("chen.jie", "Chen Jie", [Roles.Resolver]);
var incident = Incident.Log(new Id<Kinds.Incident>("INC-2001"), "Acme Bank front office", new Id<Kinds.Service>("email"), [],
    "email/delivery", impact: 1, urgency: 2,
    new IncidentSettings(incidentPolicy) { ProgressUpdates = ProgressUpdatePolicy.None.Every(UpdateAudience.Customer, Priority.P2, Duration.FromHours(2)) },
    desk, monday);
incident.Assign(desk, monday + Duration.FromMinutes(10), new Id<Kinds.Group>("messaging"), resolver.Id);
incident.Acknowledge(resolver, monday + Duration.FromMinutes(25));
incident.RecordProgressUpdate(resolver, monday + Duration.FromHours(1), UpdateAudience.Customer, "Outbound mail is queued, none lost; next update by noon.");
incident.PutOnHold(resolver, monday + Duration.FromHours(3), HoldReason.AwaitingCaller);
incident.Resume(resolver, monday + Duration.FromHours(23));

Console.WriteLine($"Incident {incident.Id} ({incident.Priority}, impact 1, urgency 2), {incident.State}; next Advance due at {Show(incident.NextDueAt(monday + Duration.FromHours(23))!.Value)}");
Console.WriteLine($"  logged {Show(monday)}, on hold awaiting the caller {Show(monday + Duration.FromHours(3))} - {Show(monday + Duration.FromHours(23))}; customer updates owed every 2 business hours");
foreach (var raised in incident.Advance(Actor.System, monday + Duration.FromHours(25)))
{
    if (raised is IncidentSlaWarningRaised warning)
    {
        Console.WriteLine($"  warning: {warning.Metric} {warning.Threshold} passed at {Show(warning.FiredAt)}; tell the customer");
    }
    else if (raised is IncidentProgressUpdateOverdue overdue)
    {
        Console.WriteLine($"  overdue: the {overdue.Audience.ToString().ToLowerInvariant()}'s progress update due at {Show(overdue.DueAt)} was not given");
    }
}

incident.Resolve(resolver, monday + Duration.FromHours(26), "relay-reconfigured", "Reconfigured the outbound relay.");
var resolutionStatus = incident.SlaStatusAt(monday + Duration.FromHours(26)).Resolution;
Console.WriteLine($"  resolved at {Show(incident.ResolvedAt!.Value)}: resolution elapsed {Hm(resolutionStatus.Elapsed)} of {Hm(resolutionStatus.Target.Amount)} (the hold did not count), breached: {resolutionStatus.IsBreached}");
var closeAt = incident.AutoCloseAt!.Value;
incident.Advance(Actor.System, closeAt);
Console.WriteLine($"  {incident.State} automatically at {Show(closeAt)} ({incident.Closure})");

Console.WriteLine();

// Document control: a procedure numbered by the register, approved (the author never approves their own revision),
// made effective, copied twice, revised, and its copies recalled when the revision supersedes it.
var controller = new Actor("li.na", "Li Na", [Roles.DocumentController]);
var representative = new Actor("wang.fang", "Wang Fang", [Roles.ManagementRepresentative]);
var manager = new Actor("zhao.lei", "Zhao Lei", [Roles.TopManagement]);
var author = new Actor("zhang.wei", "Zhang Wei");
var register = new DocumentNumberRegister(DocumentNumberSchemes.Composite, []);
var procedure = ControlledDocument.Create(new Id<Kinds.Document>("DOC-1"), register.Allocate("CX", "SMP"), "Document control procedure",
    "Quality department", DocumentLevel.Procedure, [], "internal public", DocumentSettings.Default, controller, monday);
procedure.Submit(controller, monday, new string('3', 64), [], monday + Duration.FromDays(1));
procedure.Approve(representative, monday + Duration.FromHours(2));
procedure.Approve(manager, monday + Duration.FromHours(3));
procedure.Advance(Actor.System, monday + Duration.FromDays(1));
procedure.IssueCopy(controller, monday + Duration.FromDays(1), "ops.lead", "operations office", CopyMedium.Paper);
procedure.IssueCopy(controller, monday + Duration.FromDays(1), "desk.lead", "service desk", CopyMedium.Paper);
Console.WriteLine($"{Identifier(procedure.EffectiveRevision!)} effective since {Show(procedure.EffectiveRevision!.EffectiveAt!.Value)}, copies {string.Join(", ", procedure.Copies.Select(c => c.Number))} issued");

var revision = procedure.StartRevision(author, monday + Duration.FromDays(7), ChangeKind.Minor);
Console.WriteLine($"  revision {revision.Number} started as {revision.WorkingLabel}");
procedure.Submit(author, monday + Duration.FromDays(8), new string('4', 64), [new ChangeItem(ChangeMark.Modified, "4.2", "records kept three years")], monday + Duration.FromDays(14));
procedure.Approve(representative, monday + Duration.FromDays(9));
procedure.Approve(manager, monday + Duration.FromDays(9));
foreach (var happened in procedure.Advance(Actor.System, monday + Duration.FromDays(14)))
{
    Console.WriteLine(happened switch
    {
        RevisionBecameEffective e => $"  {Show(e.At)}: revision {e.Revision} ({procedure.Revision(e.Revision).LabelText}) became effective",
        RevisionSuperseded e => $"  {Show(e.At)}: revision {e.Revision} superseded by revision {e.By}, in the same command",
        CopyRecalled e => $"  {Show(e.At)}: copy {e.Copy} ({procedure.Copy(e.Copy).Location}) recalled",
        _ => $"  {happened}",
    });
}

procedure.CloseRecall(controller, monday + Duration.FromDays(15), 1, RecallOutcome.Returned);
Console.WriteLine($"  {Show(monday + Duration.FromDays(15))}: copy 1 ({procedure.Copy(1).Location}) returned; {Identifier(procedure.EffectiveRevision!)} effective, supersession of 00 complete: {procedure.IsSupersessionComplete(1)} (copy 2 still out)");
procedure.CloseRecall(controller, monday + Duration.FromDays(16), 2, RecallOutcome.Destroyed);
Console.WriteLine($"  {Show(monday + Duration.FromDays(16))}: copy 2 ({procedure.Copy(2).Location}) destroyed; supersession complete: {procedure.IsSupersessionComplete(1)}; next review due {Show(procedure.NextReviewDue!.Value)}");

Console.WriteLine();

// Change management: the relay fix as a normal change. Its assessed risk (medium) sends it to the change advisory
// board, whose votes decide (the chair records the reasons, never the outcome); the schedule finds another change on the
// same relay in the window, and the change manager overrides the conflict with a reason, which stays on the record.
var changeManager = new Actor("sun.li", "Sun Li", [Roles.ChangeManager]);
Actor[] board = [new("wu.hao", "Wu Hao", [Roles.CabMember]), new("qian.yu", "Qian Yu", [Roles.CabMember]), new("he.jun", "He Jun", [Roles.CabMember])];
var changeSettings = new ChangeSettings(fiveByNine, new CabRule(board.Select(m => m.Id), Quorum.Count(2)), new CabRule([board[0].Id], Quorum.Count(1)));
var relay = new Id<Kinds.ConfigurationItem>("mx-01");
var tuesday = monday + Duration.FromDays(1);
var relayChange = Change.Request(new Id<Kinds.Change>("CHG-3001"), ChangeModel.Normal, "Harden the outbound relay", "Stops the queueing behind INC-2001",
    [new Id<Kinds.Service>("email")], [relay], changeSettings, resolver, tuesday);
relayChange.Submit(resolver, tuesday + Duration.FromMinutes(5));
relayChange.StartAssessment(changeManager, tuesday + Duration.FromMinutes(30));
relayChange.RecordAssessment(resolver, tuesday + Duration.FromHours(1), new ChangeAssessment(
    new Dictionary<string, int> { ["services"] = 1, ["users"] = 2, ["complexity"] = 1, ["tested"] = 0, ["backout"] = 0, ["history"] = 0 },
    "no more queueing at peak", 800m, "tested on the spare relay", "outbound mail paused for 15 minutes"));
relayChange.RecordPlans(resolver, tuesday + Duration.FromHours(2), new ChangePlans("apply the new relay profile", "send test mail to every domain", "restore the saved profile"), resolver.Id);
relayChange.Plan(changeManager, tuesday + Duration.FromHours(3));
relayChange.RequestAuthorization(changeManager, tuesday + Duration.FromHours(3));
Console.WriteLine($"Change {relayChange.Id}: risk {relayChange.Risk!.Score} ({relayChange.Risk.Level}), decided by {relayChange.Authority} ({relayChange.Board})");
relayChange.Vote(board[0], tuesday + Duration.FromHours(4), CabVote.Approve);
relayChange.Vote(board[1], tuesday + Duration.FromHours(4), CabVote.Reject, "wait for the vendor's build");
relayChange.Vote(board[2], tuesday + Duration.FromHours(5), CabVote.Approve);
bool authorised = relayChange.Decide(changeManager, tuesday + Duration.FromHours(6), "two to one; the vendor's build is months away");
Console.WriteLine($"  votes {string.Join(", ", relayChange.Votes.Select(v => $"{v.Member} {v.Vote}"))}: authorised {authorised}");
var thursdayEvening = new Interval(monday + Duration.FromDays(3) + Duration.FromHours(9), monday + Duration.FromDays(3) + Duration.FromHours(11));
var changeSchedule = new ChangeSchedule([new ScheduledChange(new Id<Kinds.Change>("CHG-2999"), thursdayEvening, [relay], "li.na")]);
var overridden = relayChange.Schedule(changeManager, tuesday + Duration.FromHours(7), thursdayEvening, changeSchedule, overrideReason: "both touch mx-01, in different queues");
Console.WriteLine($"  {relayChange.State} {Show(thursdayEvening.Start)} - {Show(thursdayEvening.End)}, overriding: {string.Join("; ", overridden.Select(c => $"{c.Kind} with {c.With}"))}");

// Configuration: the relay is a configuration item in production (under an earlier change); the mail service depends
// on it and on a redundant pair of DNS servers. The release of the relay fix is accepted by the mail service's owner
// (never its builder), deployed after a baseline, and verified with the relay's new version; the baseline then says
// what changed and under which change.
var configurationManager = new Actor("zhao.min", "Zhao Min", [Roles.ConfigurationManager, Roles.ReleaseManager]);
var mailOwner = new Actor("wu.fang", "Wu Fang");
var relayItem = ConfigurationItem.Register(relay, "server", "Outbound mail relay", mailOwner.Id, Criticality.High,
    new Dictionary<string, AttributeValue> { ["profile"] = AttributeValue.Of("standard") }, configurationManager, monday);
foreach (var state in new[] { ConfigurationItemState.InStock, ConfigurationItemState.InBuild, ConfigurationItemState.Pilot })
{
    relayItem.MoveTo(state, configurationManager, monday);
}

relayItem.MoveTo(ConfigurationItemState.Production, configurationManager, monday, new Id<Kinds.Change>("CHG-2900"));
var mailService = new Id<Kinds.ConfigurationItem>("svc-mail");
var graph = ConfigurationGraph.Builder()
    .Relate(mailService, RelationshipType.DependsOn, relay)
    .RelateToGroup(mailService, RelationshipType.DependsOn, "dns")
    .Group("dns", 1, new Id<Kinds.ConfigurationItem>("dns-1"), new Id<Kinds.ConfigurationItem>("dns-2"))
    .Build();
Console.WriteLine($"Configuration item {relayItem.Id} ({relayItem.State}); if it fails: {string.Join(", ", graph.ImpactOf([relay]).Down.Order())}; if dns-1 fails: {string.Join(", ", graph.ImpactOf([new("dns-1")]).Down)}");
var release = Release.Plan(new Id<Kinds.Release>("REL-77"), ReleaseType.Minor, "Relay profile", [relayChange.Id], [relay],
    ["mail to every domain"], builder: resolver.Id, acceptor: mailOwner.Id, configurationManager, tuesday + Duration.FromHours(7));
release.StartBuild(resolver, tuesday + Duration.FromHours(8));
release.StartTesting(resolver, tuesday + Duration.FromHours(9));
release.RecordTestResult(resolver, tuesday + Duration.FromHours(10), "mail to every domain", passed: true, "42 domains delivered");
release.RequestAcceptance(configurationManager, tuesday + Duration.FromHours(10));
release.Accept(mailOwner, tuesday + Duration.FromHours(11));
release.Schedule(configurationManager, tuesday + Duration.FromHours(11), thursdayEvening);
var baseline = Baseline.Take(new Id<Kinds.Baseline>("BL-77"), "before REL-77", configurationManager, tuesday + Duration.FromHours(12), [relayItem]);
release.RecordBaseline(configurationManager, tuesday + Duration.FromHours(12), baseline);
release.StartDeployment(configurationManager, thursdayEvening.Start);
relayItem.Update(configurationManager, thursdayEvening.Start + Duration.FromMinutes(20), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["profile"] = AttributeValue.Of("hardened") }), relayChange.Id);
release.CompleteDeployment(configurationManager, thursdayEvening.Start + Duration.FromMinutes(40));
release.Verify(configurationManager, thursdayEvening.End, [new ItemVersion(relay, relayItem.Current.Version)]);
var sinceBaseline = baseline.CompareWith([relayItem]).Changed.Single();
Console.WriteLine($"Release {release.Id}: {release.State}, accepted by {release.Acceptance!.By}; since {baseline.Id}: {string.Join("; ", sinceBaseline.Differences)} under {string.Join(", ", sinceBaseline.Changes)}");

// Internal audit: change management audited by an auditor independent of it (the host's facts say so); the
// overridden conflict is a minor nonconformity, whose corrective action is escalated to its owner when overdue.
var managementRepresentative = new Actor("qian.li", "Qian Li", [Roles.ManagementRepresentative]);
var auditor = new Actor("ma.lin", "Ma Lin", [Roles.Auditor]);
var changeOwner = new Actor(changeManager.Id, "Sun Li", [Roles.ChangeManager, Roles.ProcessOwner]);
var changeManagement = new Id<Kinds.Process>("change-management");
var auditDates = new DateInterval(new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 3));
var audit = Audit.Schedule(new Id<Kinds.Audit>("AUD-2026-11"), "Change management", new AuditScope([changeManagement], ["8.5.1"], ["Shanghai"]), auditDates, managementRepresentative, thursdayEvening.End);
var independence = new NobodyConflicted();
audit.Prepare(auditor, thursdayEvening.End + Duration.FromDays(1), new AuditPlan(audit.Scope, ["ISO/IEC 20000-1:2018"], auditDates, auditor.Id, [], [changeManager.Id], ["Are schedule conflicts overridden with a reason?"]), independence);
var auditStart = new LocalDateTime(2026, 11, 2, 9, 0).InZoneStrictly(zone).ToInstant();
audit.Start(auditor, auditStart, independence);
int finding = audit.RecordFinding(auditor, auditStart + Duration.FromHours(3), FindingKind.MinorNonconformity, "8.5.1", $"{relayChange.Id}", "a conflict overridden without the other change's implementer told");
var ncSettings = new NonconformitySettings(fiveByNine, escalationStep: Duration.FromHours(9), effectivenessWindow: Duration.FromHours(90));
var nonconformity = Nonconformity.Report(new Id<Kinds.Nonconformity>("NC-31"), NonconformitySource.Audit, $"{audit.Id}#{finding}", "8.5.1", "conflict overridden silently", $"{relayChange.Id}", NonconformitySeverity.Minor, ncSettings, auditor, auditStart + Duration.FromHours(4));
nonconformity.Accept(changeOwner, auditStart + Duration.FromHours(5));
nonconformity.Contain(changeOwner, auditStart + Duration.FromHours(5), "li.na told of the override");
nonconformity.Analyse(changeOwner, auditStart + Duration.FromHours(6), new NonconformityAnalysis("overrides notify nobody", SimilarExist: true, "every override since January"));
nonconformity.ApprovePlan(managementRepresentative, auditStart + Duration.FromHours(6), [new PlannedAction(ActionType.Corrective, "notify both implementers on every override", changeManager.Id, auditStart + Duration.FromDays(2))]);
var escalated = nonconformity.Advance(Actor.System, auditStart + Duration.FromDays(3));
Console.WriteLine($"Audit {audit.Id}: finding {finding} ({audit.Findings[0].Kind}); {nonconformity.Id} {nonconformity.State}, escalated to {string.Join(", ", escalated.Cast<NonconformityActionEscalated>().Select(e => e.Level))}; next rung due {Show(nonconformity.NextDueAt(auditStart + Duration.FromDays(3))!.Value)}");

Console.WriteLine();
Console.WriteLine("The 5x9 calendar as JSON (docs/calendars.md describes the format):");
Console.WriteLine(ItsmJson.Serialize(fiveByNine));

static string Identifier(DocumentRevision revision) =>
    DocumentNumberSchemes.FormatRevision(DocumentNumberSchemes.Composite, revision.Document.Number, RevisionSchemes.TwoDigit, revision.Label!.Value);

// A duration as people read it: "30 h 45 min", "4 h", "30 min", "0 min".
static string Hm(Duration duration)
{
    string sign = duration < Duration.Zero ? "-" : string.Empty;
    long minutes = (long)Math.Abs(duration.TotalMinutes);
    long hours = minutes / 60;
    minutes %= 60;
    string text = hours == 0 ? $"{minutes} min" : minutes == 0 ? $"{hours} h" : $"{hours} h {minutes} min";
    return sign + text;
}

/// <summary>The host's facts in the quickstart: no auditor owns, performs or manages an audited process.</summary>
internal sealed class NobodyConflicted : IAuditorIndependence
{
    public IEnumerable<IndependenceConflict> ConflictsOf(string auditor, IReadOnlyCollection<Id<Kinds.Process>> processes, DateInterval period) => [];
}
