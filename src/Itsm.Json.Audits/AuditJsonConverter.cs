using System.Collections.Generic;
using System.Linq;
using Itsm.Audits;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using NodaTime;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Audits;

/// <summary>
/// Reads and writes <see cref="Audit"/> as its state and its events. Reading rebuilds the audit with the audit roles of
/// the host's <see cref="AuditSettings"/>; dates are ISO dates (<c>"2026-03-02"</c>), a period
/// <c>{ "start", "end" }</c> with both days included.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class AuditJsonConverter : RecordJsonConverter<Audit, AuditSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings audits are loaded with; null to only write.</param>
    public AuditJsonConverter(AuditSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Audit audit) => RecordDocument(audit.Id.Value, audit.State.ToString(), audit.Version, audit.Events, Event);

    private protected override Audit FromJson(JToken token) =>
        ReadRecordDocument<Audit, AuditState, AuditEvent, AuditSettings>(
            token, Settings, "an audit", "AuditSettings", "AuditsJsonModule.Audits", ReadEvent, (events, settings) => Audit.FromEvents(events, settings.AuditRoles), r => r.State, r => r.Version);

    private static JObject Event(AuditEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case AuditScheduled scheduled:
                json["id"] = scheduled.Id.Value;
                json["title"] = scheduled.Title;
                json["scope"] = Scope(scheduled.Scope);
                json["dates"] = Dates(scheduled.Dates);
                break;
            case AuditWaiverApproved waiver:
                json["auditor"] = waiver.Auditor;
                json["process"] = waiver.Process.Value;
                json["justification"] = waiver.Justification;
                break;
            case AuditPrepared prepared:
                json["plan"] = new JObject
                {
                    ["scope"] = Scope(prepared.Plan.Scope),
                    ["criteria"] = new JArray(prepared.Plan.Criteria),
                    ["dates"] = Dates(prepared.Plan.Dates),
                    ["leadAuditor"] = prepared.Plan.LeadAuditor,
                    ["auditors"] = new JArray(prepared.Plan.Auditors),
                    ["auditees"] = new JArray(prepared.Plan.Auditees),
                    ["checklist"] = new JArray(prepared.Plan.Checklist),
                };
                json["conflicts"] = Conflicts(prepared.Conflicts);
                break;
            case AuditPostponed postponed:
                json["dates"] = Dates(postponed.Dates);
                json["reason"] = postponed.Reason;
                break;
            case AuditCancelled cancelled:
                json["reason"] = cancelled.Reason;
                break;
            case AuditStarted started:
                json["conflicts"] = Conflicts(started.Conflicts);
                break;
            case AuditFindingRecorded finding:
                json["kind"] = finding.Kind.ToString();
                json["requirement"] = finding.Requirement;
                json["evidence"] = finding.Evidence;
                json["statement"] = finding.Statement;
                break;
            case AuditRaisedToMajor raised:
                json["minors"] = new JArray(raised.Minors);
                json["decision"] = raised.Decision;
                break;
            case AuditStatusChanged moved:
                json["to"] = moved.To.ToString();
                break;
            case AuditReported reported:
                json["recipients"] = new JArray(reported.Recipients);
                json["summary"] = reported.Summary;
                break;
            case AuditFindingLinked linked:
                json["finding"] = linked.Finding;
                json["nonconformity"] = linked.Nonconformity?.Value;
                json["improvement"] = linked.Improvement?.Value;
                break;
        }

        return json;
    }

    private static AuditEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        AuditEvent result = type switch
        {
            "audit.scheduled" => new AuditScheduled(at, actor, ReadId<Kinds.Audit>(e, "id"), String(e, "title"), ReadScope(Required(e, "scope")), ReadDates(Required(e, "dates"))),
            "audit.waiver-approved" => new AuditWaiverApproved(at, actor, String(e, "auditor"), ReadId<Kinds.Process>(e, "process"), String(e, "justification")),
            "audit.prepared" => new AuditPrepared(at, actor, ReadPlan(Required(e, "plan")), ReadConflicts(e)),
            "audit.postponed" => new AuditPostponed(at, actor, ReadDates(Required(e, "dates")), String(e, "reason")),
            "audit.cancelled" => new AuditCancelled(at, actor, String(e, "reason")),
            "audit.started" => new AuditStarted(at, actor, ReadConflicts(e)),
            "audit.finding-recorded" => new AuditFindingRecorded(at, actor, Enum<FindingKind>(Required(e, "kind")), String(e, "requirement"), String(e, "evidence"), String(e, "statement")),
            "audit.raised-to-major" => new AuditRaisedToMajor(at, actor, [.. Array(e, "minors").Select(Int)], String(e, "decision")),
            "audit.status-changed" => new AuditStatusChanged(at, actor, Enum<AuditState>(Required(e, "to"))),
            "audit.reported" => new AuditReported(at, actor, Texts(e, "recipients"), String(e, "summary")),
            "audit.finding-linked" => new AuditFindingLinked(at, actor, Int(e, "finding"), ReadOptionalId<Kinds.Nonconformity>(e, "nonconformity"), ReadOptionalId<Kinds.Improvement>(e, "improvement")),
            _ => throw Error(e["type"], $"'{type}' is not an audit event type"),
        };
        return result with { Version = version };
    }

    private static JObject Scope(AuditScope scope) => new()
    {
        ["processes"] = new JArray(scope.Processes.Select(p => p.Value)),
        ["clauses"] = new JArray(scope.Clauses),
        ["sites"] = new JArray(scope.Sites),
    };

    private static AuditScope ReadScope(JToken token)
    {
        var scope = Object(token);
        return new AuditScope([.. Array(scope, "processes").Select(t => Wrap(t, () => new Id<Kinds.Process>(Text(t))))], Texts(scope, "clauses"), Texts(scope, "sites"));
    }

    private static JObject Dates(DateInterval dates) => new()
    {
        ["start"] = NodaTime.Text.LocalDatePattern.Iso.Format(dates.Start),
        ["end"] = NodaTime.Text.LocalDatePattern.Iso.Format(dates.End),
    };

    private static DateInterval ReadDates(JToken token)
    {
        var dates = Object(token);
        var start = ReadDate(Required(dates, "start"));
        var end = ReadDate(Required(dates, "end"));
        return end >= start ? new DateInterval(start, end) : throw Error(dates, Invariant($"ends on {end}, before it starts on {start}"));
    }

    private static AuditPlan ReadPlan(JToken token)
    {
        var plan = Object(token);
        return new AuditPlan(ReadScope(Required(plan, "scope")), Texts(plan, "criteria"), ReadDates(Required(plan, "dates")), String(plan, "leadAuditor"), Texts(plan, "auditors"), Texts(plan, "auditees"), Texts(plan, "checklist"));
    }

    private static JArray Conflicts(IReadOnlyList<IndependenceConflict> conflicts) =>
        new(conflicts.Select(c => new JObject { ["auditor"] = c.Auditor, ["process"] = c.Process.Value, ["kind"] = c.Kind.ToString() }));

    private static IndependenceConflict[] ReadConflicts(JObject e) =>
    [
        .. Array(e, "conflicts").Select(token =>
        {
            var c = Object(token);
            return new IndependenceConflict(String(c, "auditor"), ReadId<Kinds.Process>(c, "process"), Enum<ConflictKind>(Required(c, "kind")));
        }),
    ];

    private static string[] Texts(JObject parent, string name) => [.. Array(parent, name).Select(Text)];
}
