using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The audit target: a full audit-to-closure lifecycle under 100 microseconds. <see cref="AuditToClosure"/> schedules an
/// audit, approves a waiver, prepares it (independence asked), starts it (asked again), records three findings, drafts,
/// reports, follows up two of them and closes; <see cref="NonconformityToClosure"/> takes the major finding's
/// nonconformity from report to an effective check, with one escalation on the way.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private static readonly Actor Representative = new("mr-1", "Management Representative", [Roles.ManagementRepresentative]);
    private static readonly Actor Lead = new("aud-1", "Lead Auditor", [Roles.Auditor]);
    private static readonly Actor Owner = new("po-1", "Process Owner", [Roles.ProcessOwner]);
    private static readonly Id<Kinds.Process> Changes = new("change-management");
    private static readonly Id<Kinds.Process> Incidents = new("incident-management");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly DateInterval Dates = new(new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 8));
    private static readonly AuditScope Scope = new([Incidents, Changes], ["8.5.1"], ["Shanghai"]);
    private static readonly AuditPlan Plan = new(Scope, ["ISO/IEC 20000-1:2018"], Dates, "aud-1", ["aud-2"], ["po-1"], ["Is every change authorised?"]);
    private static readonly Table Independence = new();
    private static readonly NonconformitySettings Settings = new(BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0)), Duration.FromHours(9), Duration.FromHours(18));

    [Benchmark]
    public AuditState AuditToClosure()
    {
        var audit = Audit.Schedule(new Id<Kinds.Audit>("AUD-1"), "Incident and change management", Scope, Dates, Representative, T0);
        audit.ApproveWaiver(Representative, At(1), "aud-2", Changes, "the only auditor who knows the tooling");
        audit.Prepare(Lead, At(2), Plan, Independence);
        audit.Start(Lead, At(3), Independence);
        int major = audit.RecordFinding(Lead, At(4), FindingKind.MajorNonconformity, "8.5.1", "3 of 10", "changes unauthorised");
        int ofi = audit.RecordFinding(Lead, At(4), FindingKind.OpportunityForImprovement, "8.6.1", "manual", "automate triage");
        audit.RecordFinding(Lead, At(4), FindingKind.GoodPractice, "8.6.1", "weekly", "trend reviews");
        audit.DraftFindings(Lead, At(5));
        audit.Report(Lead, At(6), ["po-1"], "one major, one opportunity");
        audit.StartFollowUp(Representative, At(7));
        audit.LinkNonconformity(Representative, At(7), major, new Id<Kinds.Nonconformity>("NC-1"));
        audit.LinkImprovement(Representative, At(7), ofi, new Id<Kinds.Improvement>("IMP-1"));
        audit.Close(Lead, At(8));
        return audit.State;
    }

    [Benchmark]
    public NonconformityState NonconformityToClosure()
    {
        var nc = Nonconformity.Report(new Id<Kinds.Nonconformity>("NC-1"), NonconformitySource.Audit, "AUD-1#1", "8.5.1", "changes unauthorised", "3 of 10", NonconformitySeverity.Major, Settings, Lead, T0);
        nc.Accept(Owner, At(1));
        nc.Contain(Owner, At(2), "authorised retrospectively");
        nc.Analyse(Owner, At(3), new NonconformityAnalysis("no gate in the pipeline", true, "every pipeline"));
        nc.ApprovePlan(Representative, At(4), [new PlannedAction(ActionType.Corrective, "add the gate", "po-1", At(30))]);
        nc.StartImplementation(Owner, At(5));
        nc.Advance(Actor.System, At(40));
        nc.CompleteAction(Owner, At(41), 1, "gate in place");
        nc.VerifyImplementation(Representative, At(42));
        nc.StartEffectivenessCheck(Representative, At(120));
        nc.RecordEffectiveness(Representative, At(121), effective: true, "no unauthorised change since");
        return nc.State;
    }

    private static Instant At(int hours) => T0 + Duration.FromHours(hours);

    private sealed class Table : IAuditorIndependence
    {
        private static readonly IndependenceConflict[] Conflict = [new("aud-2", Changes, ConflictKind.Owns)];

        public IEnumerable<IndependenceConflict> ConflictsOf(string auditor, IReadOnlyCollection<Id<Kinds.Process>> processes, DateInterval period) =>
            auditor == "aud-2" && processes.Contains(Changes) ? Conflict : [];
    }
}
