using System.Collections.Generic;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>The lifecycle states of an <see cref="Audit"/>.</summary>
public enum AuditState
{
    /// <summary>Scheduled in the programme: scope and dates.</summary>
    Planned = 0,

    /// <summary>Its plan recorded (criteria, scope, dates, team, auditees, checklist), independence checked.</summary>
    Prepared = 1,

    /// <summary>Being conducted; findings are recorded.</summary>
    InProgress = 2,

    /// <summary>Fieldwork over; findings drafted and consolidated.</summary>
    FindingsDrafted = 3,

    /// <summary>Reported to the management of the audited area.</summary>
    Reported = 4,

    /// <summary>Nonconformities and opportunities followed up in their own records.</summary>
    FollowUp = 5,

    /// <summary>Closed (final).</summary>
    Closed = 6,

    /// <summary>Postponed to new dates; prepared again from here.</summary>
    Postponed = 7,

    /// <summary>Cancelled with a reason (final).</summary>
    Cancelled = 8,
}

/// <summary>The commands of an <see cref="Audit"/>.</summary>
public enum AuditTrigger
{
    /// <summary>Schedule an audit.</summary>
    Schedule,

    /// <summary>Approve a waiver of independence for an auditor and a process.</summary>
    ApproveWaiver,

    /// <summary>Record the plan and check independence (again, while prepared or postponed).</summary>
    Prepare,

    /// <summary>Postpone to new dates.</summary>
    Postpone,

    /// <summary>Cancel.</summary>
    Cancel,

    /// <summary>Start: independence checked again.</summary>
    Start,

    /// <summary>Record a finding.</summary>
    RecordFinding,

    /// <summary>Raise several minor nonconformities on one requirement to one major.</summary>
    RaiseToMajor,

    /// <summary>End fieldwork: the findings are drafted.</summary>
    DraftFindings,

    /// <summary>Report to the management of the audited area.</summary>
    Report,

    /// <summary>Start following up.</summary>
    StartFollowUp,

    /// <summary>Link a finding to the nonconformity or improvement record the host created for it.</summary>
    LinkFinding,

    /// <summary>Close.</summary>
    Close,
}

/// <summary>The grades of an audit finding.</summary>
public enum FindingKind
{
    /// <summary>A requirement not fulfilled, systemically or with a serious effect: a nonconformity record follows.</summary>
    MajorNonconformity = 1,

    /// <summary>A requirement not fulfilled in an isolated case: a nonconformity record follows.</summary>
    MinorNonconformity = 2,

    /// <summary>Not a nonconformity, but could become one.</summary>
    Observation = 3,

    /// <summary>Something that could be done better: an improvement item follows.</summary>
    OpportunityForImprovement = 4,

    /// <summary>Something done well, worth sharing.</summary>
    GoodPractice = 5,
}

/// <summary>What an audit covers.</summary>
/// <param name="Processes">The processes audited: at least one, each once.</param>
/// <param name="Clauses">The clauses or requirements audited against (for example <c>8.2.6</c>).</param>
/// <param name="Sites">The sites visited.</param>
public sealed record AuditScope(IReadOnlyList<Id<Kinds.Process>> Processes, IReadOnlyList<string> Clauses, IReadOnlyList<string> Sites);

/// <summary>An audit's plan.</summary>
/// <param name="Scope">What it covers.</param>
/// <param name="Criteria">The audit criteria (the standard, the organisation's procedures...): at least one.</param>
/// <param name="Dates">The audited period and fieldwork dates.</param>
/// <param name="LeadAuditor">The lead auditor (an actor id).</param>
/// <param name="Auditors">The other auditors (actor ids; the lead not among them).</param>
/// <param name="Auditees">Who is audited (actor ids; no auditor among them).</param>
/// <param name="Checklist">The checklist: at least one question.</param>
public sealed record AuditPlan(AuditScope Scope, IReadOnlyList<string> Criteria, DateInterval Dates, string LeadAuditor, IReadOnlyList<string> Auditors, IReadOnlyList<string> Auditees, IReadOnlyList<string> Checklist)
{
    /// <summary>Gets the team: the lead auditor, then the other auditors.</summary>
    public IReadOnlyList<string> Team => [LeadAuditor, .. Auditors];
}

/// <summary>A finding as recorded.</summary>
/// <param name="Number">Its number in the audit, from 1.</param>
/// <param name="Kind">Its grade.</param>
/// <param name="Requirement">The clause or requirement it is against.</param>
/// <param name="Evidence">The objective evidence.</param>
/// <param name="Statement">What was found.</param>
/// <param name="By">Who recorded it (an actor id).</param>
/// <param name="At">When.</param>
/// <param name="RaisedFrom">For a major raised from minors, their numbers; empty otherwise.</param>
/// <param name="RaisedInto">For a minor raised to a major, the major's number.</param>
/// <param name="Nonconformity">The nonconformity record the host created for it, once linked.</param>
/// <param name="Improvement">The improvement item the host created for it, once linked.</param>
public sealed record AuditFinding(
    int Number,
    FindingKind Kind,
    string Requirement,
    string Evidence,
    string Statement,
    string By,
    Instant At,
    IReadOnlyList<int> RaisedFrom,
    int? RaisedInto,
    Id<Kinds.Nonconformity>? Nonconformity,
    Id<Kinds.Improvement>? Improvement)
{
    /// <summary>Gets a value indicating whether the finding needs a nonconformity record: a nonconformity not raised into
    /// a major.</summary>
    public bool NeedsNonconformity => Kind is FindingKind.MajorNonconformity or FindingKind.MinorNonconformity && RaisedInto is null;

    /// <summary>Gets a value indicating whether the finding needs an improvement item: an opportunity for improvement.</summary>
    public bool NeedsImprovement => Kind == FindingKind.OpportunityForImprovement;
}
