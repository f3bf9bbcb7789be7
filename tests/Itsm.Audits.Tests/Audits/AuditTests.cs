using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Audits.Tests.Audits;

/// <summary>The audit's lifecycle: independence and waivers, who leads, findings, the report and follow-up.</summary>
public class AuditTests
{
    private static readonly Actor Representative = AuditScenario.Actors[0];
    private static readonly Actor Lead = AuditScenario.Actors[1];
    private static readonly Actor Owner = AuditScenario.Actors[2];
    private static readonly Actor Performer = AuditScenario.Actors[4];
    private static readonly IndependenceTable Facts = AuditScenario.Independence;

    private static Instant At(int hours) => AuditScenario.Start + Duration.FromHours(hours);

    /// <summary>Led by aud-1 alone: no conflict.</summary>
    private static AuditPlan Alone => AuditScenario.PlanOf(1);

    /// <summary>Led by aud-1 with aud-2, who owns change management.</summary>
    private static AuditPlan WithOwner => AuditScenario.PlanOf(4);

    private static Audit Started()
    {
        var audit = AuditScenario.Schedule();
        audit.Prepare(Lead, At(1), Alone, Facts);
        audit.Start(Lead, At(2), Facts);
        return audit;
    }

    [Fact]
    public void AnAudit_GoesFromScheduleToClosure_WithItsFindingsFollowedUp()
    {
        var audit = Started();
        int major = audit.RecordFinding(Lead, At(3), FindingKind.MajorNonconformity, "8.5.1", "3 of 10 changes unauthorised", "changes implemented without authorisation");
        int ofi = audit.RecordFinding(Lead, At(3), FindingKind.OpportunityForImprovement, "8.6.1", "manual triage", "automate triage");
        audit.RecordFinding(Lead, At(3), FindingKind.GoodPractice, "8.6.1", "weekly trend review", "trends reviewed weekly");
        audit.DraftFindings(Lead, At(4));
        audit.Report(Lead, At(5), ["po-1"], "one major, one opportunity");
        audit.StartFollowUp(Representative, At(6));

        Assert.Equal([major, ofi], audit.UnfollowedFindings.Select(f => f.Number));
        Assert.Contains(AuditLifecycle.FollowedUp, Assert.Throws<InvalidTransitionException>(() => audit.Close(Lead, At(7))).Message, StringComparison.Ordinal);
        audit.LinkNonconformity(Representative, At(7), major, new Id<Kinds.Nonconformity>("NC-1"));
        audit.LinkImprovement(Representative, At(7), ofi, new Id<Kinds.Improvement>("IMP-1"));
        audit.Close(Lead, At(8));

        Assert.Equal(AuditState.Closed, audit.State);
        Assert.Equal(["po-1"], audit.ReportedTo);
        Assert.Equal(new Id<Kinds.Nonconformity>("NC-1"), audit.Findings[0].Nonconformity);
    }

    [Fact]
    public void AConflictedAuditor_StopsPreparation_UntilSomeoneElseApprovesAWaiver()
    {
        var audit = AuditScenario.Schedule();
        var refused = Assert.Throws<InvalidTransitionException>(() => audit.Prepare(Lead, At(1), WithOwner, Facts));
        Assert.Contains(AuditLifecycle.Independent, refused.Message, StringComparison.Ordinal);
        Assert.Equal([new IndependenceConflict("aud-2", AuditScenario.Changes, ConflictKind.Owns)], audit.UnwaivedConflicts(Audit.ConflictsOf(WithOwner, Facts)));
        Assert.Equal(AuditState.Planned, audit.State);

        var own = Assert.Throws<CommandNotAuthorizedException>(() => audit.ApproveWaiver(new Actor("aud-2", "Auditor Two", [Roles.ManagementRepresentative]), At(1), "aud-2", AuditScenario.Changes, "only change expert"));
        Assert.Contains(Audit.WaiverBySomeoneElse, own.Message, StringComparison.Ordinal);
        Assert.Equal("waiver", Assert.Throws<ArgumentException>(() => audit.ApproveWaiver(Representative, At(1), "aud-2", new Id<Kinds.Process>("billing"), "x")).ParamName);

        audit.ApproveWaiver(Representative, At(1), "aud-2", AuditScenario.Changes, "the only auditor who knows the tooling; aud-1 reviews every finding on change management");
        audit.Prepare(Lead, At(2), WithOwner, Facts);
        audit.Start(Lead, At(3), Facts);

        Assert.Equal(AuditState.InProgress, audit.State);
        Assert.Equal([new IndependenceConflict("aud-2", AuditScenario.Changes, ConflictKind.Owns)], audit.Conflicts);
        Assert.Equal("mr-1", Assert.Single(audit.Waivers).ApprovedBy);
    }

    [Fact]
    public void IndependenceIsAskedAgainAtTheStart()
    {
        var audit = AuditScenario.Schedule();
        audit.Prepare(Lead, At(1), Alone, Facts);
        var changed = new IndependenceTable([new("aud-1", AuditScenario.Incidents, ConflictKind.Manages)]);

        Assert.Throws<InvalidTransitionException>(() => audit.Start(Lead, At(2), changed));
        Assert.Contains(AuditLifecycle.Independent, audit.UnmetRules(AuditTrigger.Start, Lead, At(2), changed));
        Assert.Empty(audit.UnmetRules(AuditTrigger.Start, Lead, At(2), Facts));
        Assert.Equal(AuditState.Prepared, audit.State);
    }

    [Fact]
    public void TheLeadLeads_TheTeamRecords_AndNoAuditorIsAnAuditee()
    {
        var audit = AuditScenario.Schedule();
        Assert.Contains(Audit.LeadLeads, Assert.Throws<CommandNotAuthorizedException>(() => audit.Prepare(Performer, At(1), Alone, Facts)).Message, StringComparison.Ordinal);
        var ownWork = Assert.Throws<ArgumentException>(() => audit.Prepare(Lead, At(1), AuditScenario.PlanOf(13), Facts));
        Assert.Contains("both auditor and auditee", ownWork.Message, StringComparison.Ordinal);
        audit.Prepare(Lead, At(1), Alone, Facts);
        Assert.Throws<CommandNotAuthorizedException>(() => audit.Start(Performer, At(2), Facts));
        audit.Start(Lead, At(2), Facts);
        Assert.Contains(Audit.TeamRecords, Assert.Throws<CommandNotAuthorizedException>(() => audit.RecordFinding(Performer, At(3), FindingKind.Observation, "8.5.1", "e", "s")).Message, StringComparison.Ordinal);
        Assert.Throws<CommandNotAuthorizedException>(() => audit.RecordFinding(Representative, At(3), FindingKind.Observation, "8.5.1", "e", "s"));
    }

    [Fact]
    public void MinorsOnOneRequirement_AreRaisedToAMajor_ByARecordedDecision()
    {
        var audit = Started();
        int a = audit.RecordFinding(Lead, At(3), FindingKind.MinorNonconformity, "8.5.1", "CHG-7 unauthorised", "one change unauthorised");
        int b = audit.RecordFinding(Lead, At(3), FindingKind.MinorNonconformity, "8.5.1", "CHG-9 unauthorised", "another");
        int c = audit.RecordFinding(Lead, At(3), FindingKind.MinorNonconformity, "8.6.1", "INC-3 misprioritised", "one incident");
        Assert.Throws<InvalidTransitionException>(() => audit.RaiseToMajor(Lead, At(4), [a, b], "systemic"));
        audit.DraftFindings(Lead, At(4));
        Assert.Equal("minors", Assert.Throws<ArgumentException>(() => audit.RaiseToMajor(Lead, At(5), [a, c], "systemic")).ParamName);
        Assert.Equal("minors", Assert.Throws<ArgumentException>(() => audit.RaiseToMajor(Lead, At(5), [a], "systemic")).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentException>(() => audit.RaiseToMajor(Lead, At(5), [a, b], " ")).ParamName);

        int major = audit.RaiseToMajor(Lead, At(5), [a, b], "two of ten sampled changes: systemic");

        Assert.Equal(FindingKind.MajorNonconformity, audit.Findings[major - 1].Kind);
        Assert.Equal([a, b], audit.Findings[major - 1].RaisedFrom);
        Assert.Equal([c, major], audit.UnfollowedFindings.Select(f => f.Number));
        Assert.Throws<ArgumentException>(() => audit.RaiseToMajor(Lead, At(6), [a, b], "again"));
    }

    [Fact]
    public void OnlyNonconformitiesGetNonconformityRecords_AndOnlyOpportunitiesImprovementItems()
    {
        var audit = Started();
        int observation = audit.RecordFinding(Lead, At(3), FindingKind.Observation, "8.5.1", "e", "s");
        int minor = audit.RecordFinding(Lead, At(3), FindingKind.MinorNonconformity, "8.5.1", "e", "s");
        audit.DraftFindings(Lead, At(4));
        Assert.Throws<InvalidTransitionException>(() => audit.LinkNonconformity(Representative, At(4), minor, new("NC-1")));
        audit.Report(Lead, At(5), ["po-1"], "one minor");
        Assert.Equal("finding", Assert.Throws<ArgumentException>(() => audit.LinkNonconformity(Representative, At(6), observation, new("NC-1"))).ParamName);
        Assert.Throws<ArgumentException>(() => audit.LinkImprovement(Representative, At(6), minor, new("IMP-1")));
        Assert.Throws<ArgumentException>(() => audit.LinkNonconformity(Representative, At(6), 9, new("NC-1")));
        audit.LinkNonconformity(Representative, At(6), minor, new("NC-1"));
        Assert.Throws<ArgumentException>(() => audit.LinkNonconformity(Representative, At(6), minor, new("NC-2")));
    }

    [Fact]
    public void APostponedAudit_HasLaterDates_AndIsPreparedAgain_ACancelledOneNeverStarts()
    {
        var audit = AuditScenario.Schedule();
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => audit.Postpone(Representative, At(1), AuditScenario.Dates, "busy")).ParamName);
        var later = new DateInterval(new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 6));
        audit.Postpone(Representative, At(1), later, "quarter-end freeze");
        Assert.Equal((AuditState.Postponed, later), (audit.State, audit.Dates));
        Assert.Throws<InvalidTransitionException>(() => audit.Start(Lead, At(2), Facts));
        audit.Prepare(Lead, At(2), Alone with { Dates = later }, Facts);
        Assert.Equal(AuditState.Prepared, audit.State);

        audit.Cancel(Representative, At(3), "process retired");
        Assert.Equal("process retired", audit.Reason);
        Assert.Throws<InvalidTransitionException>(() => audit.Start(Lead, At(4), Facts));
        Assert.Throws<ArgumentException>(() => AuditScenario.Schedule().Cancel(Representative, At(1), ""));
    }

    [Fact]
    public void SchedulingNeedsAProcess_AndTheRepresentative()
    {
        var scope = new AuditScope([], [], []);
        Assert.Equal("scope", Assert.Throws<ArgumentException>(() => Audit.Schedule(new("A"), "t", scope, AuditScenario.Dates, Representative, At(0))).ParamName);
        Assert.Throws<CommandNotAuthorizedException>(() => Audit.Schedule(new("A"), "t", new AuditScope([AuditScenario.Changes], [], []), AuditScenario.Dates, Lead, At(0)));
    }

    [Fact]
    public void AnAudit_RoundTripsThroughJson_AndNeedsItsSettingsToLoad()
    {
        var audit = AuditScenario.Schedule();
        audit.ApproveWaiver(Representative, At(1), "aud-2", AuditScenario.Changes, "only expert");
        audit.Prepare(Lead, At(2), WithOwner, Facts);
        audit.Start(Lead, At(3), Facts);
        audit.RecordFinding(Owner, At(4), FindingKind.MinorNonconformity, "8.5.1", "e", "s");
        string json = ItsmJson.Serialize(audit, AuditScenario.JsonOptions);

        var loaded = ItsmJson.Deserialize<Audit>(json, AuditScenario.JsonOptions);

        Assert.Equal(json, ItsmJson.Serialize(loaded, AuditScenario.JsonOptions));
        Assert.Equal(audit.Plan!.Team, loaded.Plan!.Team);
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Audit>(json));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Audit>(json.Replace("\"2026-04-08\"", "\"2026-04-01\"", StringComparison.Ordinal), AuditScenario.JsonOptions));
    }

    [Fact]
    public void UnmetRules_AboutAMalformedPlan_AsksNothingOfTheHost_AndPrepareRefusesItAsAnArgument()
    {
        var audit = AuditScenario.Schedule();
        var malformed = Alone with { Auditors = null! };
        Assert.Empty(audit.UnmetRules(AuditTrigger.Prepare, Lead, At(1), Facts, malformed));
        Assert.Equal("plan", Assert.Throws<ArgumentException>(() => audit.Prepare(Lead, At(1), malformed, Facts)).ParamName);
        Assert.Equal(AuditState.Planned, audit.State);
    }
}
