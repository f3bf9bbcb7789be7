// sample:audits-usings
using System.Collections.Generic;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
// end-sample
using System.Linq;

namespace Itsm.Docs.Samples;

/// <summary>The worked example of docs/audits.md: run here, and kept word for word in step with the page.</summary>
public class AuditsPageSamples
{
    /// <summary>The host's facts in the example: nobody on the team owns, performs or manages an audited process.</summary>
    private sealed class NoConflicts : IAuditorIndependence
    {
        public IEnumerable<IndependenceConflict> ConflictsOf(string auditor, IReadOnlyCollection<Id<Kinds.Process>> processes, DateInterval period) => [];
    }

    [Fact]
    public void TheWorkedExample_RunsAndShowsWhatThePageSays()
    {
        IAuditorIndependence independence = new NoConflicts();

        // sample:audits-worked-example
        var representative = new Actor("mr-1", "Management Representative", [Roles.ManagementRepresentative]);
        var lead = new Actor("aud-1", "Lead Auditor", [Roles.Auditor]);
        var owner = new Actor("po-1", "Change Process Owner", [Roles.ProcessOwner]);
        var incidents = new Id<Kinds.Process>("incident-management");
        var changes = new Id<Kinds.Process>("change-management");
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var programme = new AuditProgramme("2026 internal audits", year, ["every process audited at least yearly"],
            [new(incidents, ProcessImportance.High, PreviousResult.Conforming), new(changes, ProcessImportance.Medium, PreviousResult.MinorNonconformities)],
            ["8.5.1", "8.6.1"], ["Shanghai"], ["interviews", "record sampling"]);

        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var dates = new DateInterval(new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 8));
        var audit = Audit.Schedule(new("AUD-1"), "Incident and change management", new([incidents, changes], ["8.5.1", "8.6.1"], ["Shanghai"]), dates, representative, t);
        audit.Prepare(lead, t + Duration.FromDays(7), new AuditPlan(audit.Scope, ["ISO/IEC 20000-1:2018"], dates, "aud-1", [], ["po-1"],
            ["Is every change authorised?", "Are incidents prioritised by the matrix?"]), independence);
        audit.Start(lead, Instant.FromUtc(2026, 4, 6, 9, 0), independence);
        int major = audit.RecordFinding(lead, Instant.FromUtc(2026, 4, 6, 15, 0), FindingKind.MajorNonconformity, "8.5.1", "3 of 10 sampled changes", "changes deployed without authorisation");
        int minor = audit.RecordFinding(lead, Instant.FromUtc(2026, 4, 7, 11, 0), FindingKind.MinorNonconformity, "8.6.1", "INC-2041", "an incident prioritised by hand");
        audit.DraftFindings(lead, Instant.FromUtc(2026, 4, 8, 16, 0));
        audit.Report(lead, Instant.FromUtc(2026, 4, 9, 10, 0), ["po-1"], "one major, one minor nonconformity");
        audit.StartFollowUp(representative, Instant.FromUtc(2026, 4, 9, 11, 0));

        var settings = new NonconformitySettings(BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0)),
            escalationStep: Duration.FromHours(9), effectivenessWindow: Duration.FromHours(9 * 20));
        var nc = Nonconformity.Report(new("NC-7"), NonconformitySource.Audit, "AUD-1#" + major, "8.5.1", "changes deployed without authorisation",
            "3 of 10 sampled changes", NonconformitySeverity.Major, settings, lead, Instant.FromUtc(2026, 4, 9, 12, 0));
        audit.LinkNonconformity(representative, Instant.FromUtc(2026, 4, 9, 12, 0), major, nc.Id);
        audit.LinkNonconformity(representative, Instant.FromUtc(2026, 4, 9, 12, 0), minor, new("NC-8"));
        audit.Close(lead, Instant.FromUtc(2026, 4, 9, 13, 0));

        nc.Accept(owner, Instant.FromUtc(2026, 4, 10, 9, 0));
        nc.Contain(owner, Instant.FromUtc(2026, 4, 10, 10, 0), "the three changes authorised retrospectively by the board");
        nc.Analyse(owner, Instant.FromUtc(2026, 4, 13, 10, 0), new("the pipeline deploys without checking authorisation", SimilarExist: true, "all three pipelines"));
        nc.ApprovePlan(representative, Instant.FromUtc(2026, 4, 13, 11, 0),
            [new(ActionType.Corrective, "warn on deployments without an authorised change", "po-1", Instant.FromUtc(2026, 4, 20, 18, 0))]);
        nc.StartImplementation(owner, Instant.FromUtc(2026, 4, 14, 9, 0));
        nc.CompleteAction(owner, Instant.FromUtc(2026, 4, 17, 16, 0), 1, "warning live in all pipelines");
        nc.VerifyImplementation(representative, Instant.FromUtc(2026, 4, 20, 10, 0));
        nc.StartEffectivenessCheck(lead, Instant.FromUtc(2026, 5, 18, 10, 0));
        nc.RecordEffectiveness(lead, Instant.FromUtc(2026, 5, 18, 11, 0), effective: false, "two deployments went ahead despite the warning");
        nc.ApprovePlan(representative, Instant.FromUtc(2026, 5, 19, 10, 0),
            [new(ActionType.Corrective, "block deployments without an authorised change", "po-1", Instant.FromUtc(2026, 5, 29, 18, 0))]);

        var coverage = programme.Coverage([audit], new LocalDate(2026, 8, 1));
        // coverage: incident management audited in January-June, not yet planned in July-December; change management audited
        // nc.State: PlanApproved, its second plan (action 2) open; the first check recorded as ineffective
        // end-sample

        Assert.Equal(
            [("incident-management", CoverageStatus.Audited), ("incident-management", CoverageStatus.NotPlanned), ("change-management", CoverageStatus.Audited)],
            coverage.Entries.Select(e => (e.Process.Value, e.Status)));
        Assert.Equal(AuditState.Closed, audit.State);
        Assert.Equal(NonconformityState.PlanApproved, nc.State);
        Assert.Equal([2], nc.OpenActions.Select(a => a.Number));
        Assert.False(Assert.Single(nc.EffectivenessChecks).Effective);
    }
}
