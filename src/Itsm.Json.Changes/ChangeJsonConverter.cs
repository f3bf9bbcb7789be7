using System.Collections.Generic;
using System.Linq;
using Itsm.Changes;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using NodaTime;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Changes;

/// <summary>
/// Reads and writes <see cref="Change"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. A board is
/// written with its members, quorum (<c>{ "count": n }</c> or <c>{ "share": percent }</c>) and vetoes, a window as
/// <c>{ "start", "end" }</c>, an assessment with its risk answers, score and level. Reading rebuilds the change from its
/// events with the host's <see cref="ChangeSettings"/> and refuses a document that describes an impossible change;
/// nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ChangeJsonConverter : RecordJsonConverter<Change, ChangeSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings changes are loaded with; null to only write.</param>
    public ChangeJsonConverter(ChangeSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(Change change) => RecordDocument(change.Id.Value, change.State.ToString(), change.Version, change.Events, Event);

    private protected override Change FromJson(JToken token) =>
        ReadRecordDocument<Change, ChangeState, ChangeEvent, ChangeSettings>(token, Settings, "a change", "ChangeSettings", "ChangesJsonModule.Changes", ReadEvent, Change.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(ChangeEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ChangeRequested requested:
                json["id"] = requested.Id.Value;
                json["model"] = requested.Model.ToString();
                json["title"] = requested.Title;
                json["description"] = requested.Description;
                json["services"] = new JArray(requested.Services.Select(s => s.Value));
                json["configurationItems"] = new JArray(requested.ConfigurationItems.Select(c => c.Value));
                json["template"] = requested.Template?.Value;
                json["templatePlans"] = requested.TemplatePlans is { } plans ? Plans(plans) : null;
                json["templateExpiresAt"] = requested.TemplateExpiresAt is { } expires ? Instant(expires) : null;
                break;
            case ChangeAssessed assessed:
                json["riskAnswers"] = new JObject(assessed.Assessment.RiskAnswers.OrderBy(a => a.Key, System.StringComparer.Ordinal).Select(a => new JProperty(a.Key, a.Value)));
                json["benefit"] = assessed.Assessment.Benefit;
                json["cost"] = assessed.Assessment.Cost;
                json["feasibility"] = assessed.Assessment.Feasibility;
                json["serviceImpact"] = assessed.Assessment.ServiceImpact;
                json["riskScore"] = assessed.Risk.Score;
                json["riskLevel"] = assessed.Risk.Level.ToString();
                break;
            case ChangePlansRecorded planned:
                json["plans"] = Plans(planned.Plans);
                json["implementer"] = planned.Implementer;
                break;
            case ChangeAuthorizationRequested requested:
                json["authority"] = requested.Authority.ToString();
                json["board"] = requested.Board is { } board ? Board(board) : null;
                break;
            case ChangeVoted voted:
                json["vote"] = voted.Vote.ToString();
                json["comment"] = voted.Comment;
                break;
            case ChangeDecided decided:
                json["authority"] = decided.Authority.ToString();
                json["authorized"] = decided.Authorized;
                json["reasons"] = decided.Reasons;
                break;
            case ChangeScheduled scheduled:
                WriteWindow(json, scheduled.Window, scheduled.Conflicts, scheduled.OverrideReason);
                json["implementer"] = scheduled.Implementer;
                break;
            case ChangeRescheduled rescheduled:
                WriteWindow(json, rescheduled.Window, rescheduled.Conflicts, rescheduled.OverrideReason);
                json["reason"] = rescheduled.Reason;
                break;
            case ChangeImplementedNow now:
                json["reason"] = now.Reason;
                json["retrospectiveApprovalDueAt"] = now.RetrospectiveApprovalDueAt is { } due ? Instant(due) : null;
                break;
            case ChangeCompleted completed:
                json["outcome"] = completed.Outcome.ToString();
                json["notes"] = completed.Notes;
                json["remedy"] = completed.Remedy;
                break;
            case ChangeRetrospectivelyApproved approved:
                json["reason"] = approved.Reason;
                break;
            case ChangeRetrospectiveApprovalOverdue overdue:
                json["dueAt"] = Instant(overdue.DueAt);
                break;
            case ChangeReviewed reviewed:
                json["summary"] = reviewed.Summary;
                break;
            case ChangeCancelled cancelled:
                json["reason"] = cancelled.Reason;
                break;
            case ChangeLinked linked:
                json["kind"] = linked.Kind.ToString();
                json["record"] = linked.RecordId;
                break;
        }

        return json;
    }

    private static ChangeEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ChangeEvent result = type switch
        {
            "change.requested" => new ChangeRequested(
                at,
                actor,
                ReadId<Kinds.Change>(e, "id"),
                Enum<ChangeModel>(Required(e, "model")),
                String(e, "title"),
                String(e, "description"),
                [.. Array(e, "services").Select(s => Wrap(s, () => new Id<Kinds.Service>(Text(s))))],
                [.. Array(e, "configurationItems").Select(c => Wrap(c, () => new Id<Kinds.ConfigurationItem>(Text(c))))],
                ReadOptionalId<Kinds.ChangeTemplate>(e, "template"),
                e["templatePlans"] is { Type: not JTokenType.Null } plans ? ReadPlans(plans) : null,
                OptionalInstant(e, "templateExpiresAt")),
            "change.submitted" => new ChangeSubmitted(at, actor),
            "change.assessment-started" => new ChangeAssessmentStarted(at, actor),
            "change.assessed" => new ChangeAssessed(
                at,
                actor,
                new ChangeAssessment(ReadAnswers(Required(e, "riskAnswers")), String(e, "benefit"), Decimal(e, "cost"), String(e, "feasibility"), String(e, "serviceImpact")),
                new RiskAssessment(Int(e, "riskScore"), Enum<RiskLevel>(Required(e, "riskLevel")))),
            "change.plans-recorded" => new ChangePlansRecorded(at, actor, ReadPlans(Required(e, "plans")), String(e, "implementer")),
            "change.planned" => new ChangePlanned(at, actor),
            "change.authorization-requested" => new ChangeAuthorizationRequested(
                at,
                actor,
                Enum<ChangeAuthority>(Required(e, "authority")),
                e["board"] is { Type: not JTokenType.Null } board ? ReadBoard(board) : null),
            "change.voted" => new ChangeVoted(at, actor, Enum<CabVote>(Required(e, "vote")), OptionalText(e, "comment")),
            "change.decided" => new ChangeDecided(at, actor, Enum<ChangeAuthority>(Required(e, "authority")), Bool(Required(e, "authorized")), String(e, "reasons")),
            "change.scheduled" => new ChangeScheduled(at, actor, ReadWindow(Required(e, "window")), String(e, "implementer"), ReadConflicts(e), OptionalText(e, "overrideReason")),
            "change.rescheduled" => new ChangeRescheduled(at, actor, ReadWindow(Required(e, "window")), String(e, "reason"), ReadConflicts(e), OptionalText(e, "overrideReason")),
            "change.implementation-started" => new ChangeImplementationStarted(at, actor),
            "change.implemented-now" => new ChangeImplementedNow(
                at,
                actor,
                String(e, "reason"),
                OptionalInstant(e, "retrospectiveApprovalDueAt")),
            "change.completed" => new ChangeCompleted(at, actor, Enum<ChangeOutcome>(Required(e, "outcome")), String(e, "notes"), OptionalText(e, "remedy")),
            "change.retrospectively-approved" => new ChangeRetrospectivelyApproved(at, actor, String(e, "reason")),
            "change.retrospective-approval-overdue" => new ChangeRetrospectiveApprovalOverdue(at, actor, ReadInstant(Required(e, "dueAt"))),
            "change.reviewed" => new ChangeReviewed(at, actor, String(e, "summary")),
            "change.closed" => new ChangeClosed(at, actor),
            "change.cancelled" => new ChangeCancelled(at, actor, String(e, "reason")),
            "change.linked" => new ChangeLinked(at, actor, Enum<ChangeLinkKind>(Required(e, "kind")), String(e, "record")),
            _ => throw Error(e["type"], $"'{type}' is not a change event type"),
        };
        return result with { Version = version };
    }

    private static JObject Plans(ChangePlans plans) => new()
    {
        ["implementation"] = plans.Implementation,
        ["test"] = plans.Test,
        ["backout"] = plans.Backout,
    };

    /// <summary>Reads plans.</summary>
    internal static ChangePlans ReadPlans(JToken token)
    {
        var plans = Object(token);
        return new ChangePlans(String(plans, "implementation"), String(plans, "test"), String(plans, "backout"));
    }

    /// <summary>Writes plans (shared with the template converter).</summary>
    internal static JObject WritePlans(ChangePlans plans) => Plans(plans);

    private static JObject Board(CabRule board) => new()
    {
        ["members"] = new JArray(board.Members),
        ["quorum"] = board.Quorum.IsShare ? new JObject { ["share"] = board.Quorum.Figure } : new JObject { ["count"] = board.Quorum.Figure },
        ["veto"] = new JArray(board.VetoMembers),
    };

    private static CabRule ReadBoard(JToken token)
    {
        var board = Object(token);
        var quorum = Object(Required(board, "quorum"));
        var members = Array(board, "members").Select(Text).ToList();
        var veto = Array(board, "veto").Select(Text).ToList();
        var rule = quorum["share"] is { Type: not JTokenType.Null } share ? Wrap(share, () => Quorum.Share(Int(share)))
            : quorum["count"] is { Type: not JTokenType.Null } count ? Wrap(count, () => Quorum.Count(Int(count)))
            : throw Error(quorum, "has neither \"count\" nor \"share\"");
        return Wrap(board, () => new CabRule(members, rule, veto));
    }

    /// <summary>A window with the conflicts overridden to take it, as scheduling and rescheduling record them.</summary>
    private static void WriteWindow(JObject json, Interval window, System.Collections.Immutable.ImmutableArray<ScheduleConflict> conflicts, string? overrideReason)
    {
        json["window"] = Window(window);
        json["conflicts"] = Conflicts(conflicts);
        json["overrideReason"] = overrideReason;
    }

    private static JArray Conflicts(System.Collections.Immutable.ImmutableArray<ScheduleConflict> conflicts) =>
        new(conflicts.Select(c => new JObject
        {
            ["kind"] = c.Kind.ToString(),
            ["with"] = c.With?.Value,
            ["item"] = c.Item?.Value,
            ["detail"] = c.Detail,
        }));

    private static System.Collections.Immutable.ImmutableArray<ScheduleConflict> ReadConflicts(JObject e) =>
    [
        .. Array(e, "conflicts").Select(token =>
        {
            var conflict = Object(token);
            return new ScheduleConflict(
                Enum<ScheduleConflictKind>(Required(conflict, "kind")),
                ReadOptionalId<Kinds.Change>(conflict, "with"),
                ReadOptionalId<Kinds.ConfigurationItem>(conflict, "item"),
                String(conflict, "detail"));
        }),
    ];

    private static Dictionary<string, int> ReadAnswers(JToken token)
    {
        var answers = Object(token);
        return answers.Properties().ToDictionary(p => p.Name, p => Int(p.Value), System.StringComparer.Ordinal);
    }

}
