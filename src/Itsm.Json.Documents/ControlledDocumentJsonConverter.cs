using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Documents.Numbering;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Documents;

/// <summary>
/// Reads and writes <see cref="ControlledDocument"/> as a summary of its state and its events:
/// <c>{ "id", "number", "revisions": [{ "revision", "label", "state" }], "copies": [{ "copy", "revision", "state" }],
/// "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. The number is spelt with the
/// settings' number scheme; in the creation event it is stored as its parts, and revision labels as their edition and
/// revision with the label text. Reading rebuilds the document from its events with the host's
/// <see cref="DocumentSettings"/> (<see cref="ControlledDocument.FromEvents"/>) and refuses a document that describes an
/// impossible one (an unknown event type, a history the document's rules do not allow such as two effective revisions,
/// a label text the scheme does not spell so, a version or a summary that disagrees with the events); nothing is loaded
/// half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ControlledDocumentJsonConverter : RecordJsonConverter<ControlledDocument, DocumentSettings>
{
    private static readonly string[] Marks = ["A", "M", "D"];


    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings documents are loaded with; null to only write (a document is written with
    /// its own settings).</param>
    public ControlledDocumentJsonConverter(DocumentSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(ControlledDocument document) => new JObject
    {
        ["id"] = document.Id.Value,
        ["number"] = document.Settings.NumberScheme.Format(document.Number),
        ["revisions"] = new JArray(document.Revisions.Select(r => new JObject { ["revision"] = r.Number, ["label"] = r.LabelText, ["state"] = r.State.ToString() })),
        ["copies"] = new JArray(document.Copies.Select(c => new JObject { ["copy"] = c.Number, ["revision"] = c.Revision, ["state"] = c.State.ToString() })),
        ["version"] = document.Version,
        ["events"] = new JArray(document.Events.Select(e => Event(e, document.Settings))),
    };

    private protected override ControlledDocument FromJson(JToken token)
    {
        var root = Object(token);
        if (Settings is not { } settings)
        {
            throw Error(root, "is a controlled document, but no DocumentSettings were given to load it with; pass them in DocumentsJsonModule.Documents");
        }

        var tokens = Array(root, "events").ToList();
        var events = tokens.Select(t => ReadEvent(t, settings)).ToList();
        var document = Rebuild(root, null, () => Replay(root, tokens, events, settings), _ => string.Empty, d => d.Version);
        CheckSummary(root, document, settings);
        return document;
    }

    /// <summary>Rebuilds the document, turning a refused history into an error at the offending event's path.</summary>
    private static ControlledDocument Replay(JObject root, List<JToken> tokens, List<DocumentEvent> events, DocumentSettings settings)
    {
        try
        {
            return ControlledDocument.FromEvents(events, settings);
        }
        catch (InvalidHistoryException e)
        {
            throw Error(e.Version >= 1 && e.Version <= tokens.Count ? tokens[(int)e.Version - 1] : root["events"], e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw Error(root["events"], e.Message, e);
        }
    }

    /// <summary>Checks the summary (id, number, revisions, copies), where present, against the rebuilt document.</summary>
    private static void CheckSummary(JObject root, ControlledDocument document, DocumentSettings settings)
    {
        if (root["id"] is { Type: not JTokenType.Null } id && Text(id) != document.Id.Value)
        {
            throw Error(id, $"says '{Text(id)}', but the events create document '{document.Id.Value}'");
        }

        if (root["number"] is { Type: not JTokenType.Null } number)
        {
            string spelt = Wrap(number, () => settings.NumberScheme.Format(document.Number));
            if (Text(number) != spelt)
            {
                throw Error(number, $"says '{Text(number)}', but the events number the document {spelt} (the {settings.NumberScheme.Name} scheme)");
            }
        }

        AgreeList(root, "revisions", "revisions", "have", document.Revisions, (entry, revision) =>
        {
            Agree(entry, "revision", Int(entry, "revision"), revision.Number, "revision number");
            Agree(entry, "state", Enum<RevisionState>(Required(entry, "state")), revision.State, Invariant($"revision {revision.Number}"));
            Agree(entry, "label", String(entry, "label"), revision.LabelText, Invariant($"revision {revision.Number}'s label"));
        });
        AgreeList(root, "copies", "copies", "issue", document.Copies, (entry, copy) =>
        {
            Agree(entry, "copy", Int(entry, "copy"), copy.Number, "copy number");
            Agree(entry, "revision", Int(entry, "revision"), copy.Revision, Invariant($"copy {copy.Number}'s revision"));
            Agree(entry, "state", Enum<CopyState>(Required(entry, "state")), copy.State, Invariant($"copy {copy.Number}"));
        });
    }

    /// <summary>Checks a listed summary (when present) against the rebuilt items, entry by entry.</summary>
    private static void AgreeList<T>(JObject root, string name, string noun, string verb, IReadOnlyList<T> rebuilt, Action<JObject, T> agree)
    {
        if (root[name] is not { Type: not JTokenType.Null } token)
        {
            return;
        }

        var listed = Array(root, name).ToList();
        if (listed.Count != rebuilt.Count)
        {
            throw Error(token, Invariant($"lists {listed.Count} {noun}, but the events {verb} {rebuilt.Count}"));
        }

        foreach (var (entry, item) in listed.Select(Object).Zip(rebuilt))
        {
            agree(entry, item);
        }
    }

    private static void Agree<T>(JObject entry, string name, T stored, T rebuilt, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, rebuilt))
        {
            throw Error(entry[name], $"says {stored}, but the events leave {what} {rebuilt}");
        }
    }

    private static JObject Event(DocumentEvent e, DocumentSettings settings)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case DocumentCreated created:
                json["id"] = created.Id.Value;
                json["number"] = new JObject
                {
                    ["classCode"] = created.Number.ClassCode,
                    ["subClassCode"] = created.Number.SubClassCode,
                    ["sequence"] = created.Number.Sequence,
                    ["text"] = settings.NumberScheme.Format(created.Number),
                };
                json["title"] = created.Title;
                json["owner"] = created.Owner;
                json["level"] = created.Level.ToString();
                json["classCodes"] = new JArray(created.ClassCodes);
                json["confidentiality"] = created.Confidentiality;
                break;
            case RevisionStarted started:
                json["revision"] = started.Revision;
                json["change"] = started.Change.ToString();
                break;
            case RevisionSubmitted submitted:
                json["revision"] = submitted.Revision;
                json["contentHash"] = submitted.ContentHash;
                json["changeSummary"] = new JArray(submitted.ChangeSummary.Select(i => new JObject { ["mark"] = Marks[(int)i.Mark], ["location"] = i.Location, ["description"] = i.Description }));
                json["effectiveFrom"] = Instant(submitted.EffectiveFrom);
                json["steps"] = new JArray(submitted.Steps.Select(s => new JObject { ["role"] = s.Role.Name, ["kind"] = s.Kind.ToString(), ["purpose"] = s.Purpose }));
                json["order"] = submitted.Order.ToString();
                break;
            case RevisionDecided decided:
                json["revision"] = decided.Revision;
                json["step"] = decided.Step;
                json["decision"] = decided.Decision.ToString();
                json["comment"] = decided.Comment;
                break;
            case RevisionApproved approved:
                json["revision"] = approved.Revision;
                json["label"] = new JObject { ["edition"] = approved.Label.Edition, ["revision"] = approved.Label.Revision };
                json["labelText"] = approved.LabelText;
                json["effectiveFrom"] = Instant(approved.EffectiveFrom);
                break;
            case RevisionSuperseded superseded:
                json["revision"] = superseded.Revision;
                json["by"] = superseded.By;
                break;
            case RevisionCancelled cancelled:
                json["revision"] = cancelled.Revision;
                json["reason"] = cancelled.Reason;
                break;
            case RevisionWithdrawn withdrawn:
                json["revision"] = withdrawn.Revision;
                json["reason"] = withdrawn.Reason;
                break;
            case RevisionDisposed disposed:
                json["revision"] = disposed.Revision;
                json["reason"] = disposed.Reason;
                break;
            case RevisionChangesRequested e1:
                json["revision"] = e1.Revision;
                break;
            case RevisionRedrafted e2:
                json["revision"] = e2.Revision;
                break;
            case RevisionBecameEffective e3:
                json["revision"] = e3.Revision;
                break;
            case RevisionArchived e4:
                json["revision"] = e4.Revision;
                break;
            case CopyIssued issued:
                json["copy"] = issued.Copy;
                json["revision"] = issued.Revision;
                json["holder"] = issued.Holder;
                json["location"] = issued.Location;
                json["medium"] = issued.Medium.ToString();
                json["replaces"] = issued.Replaces;
                break;
            case CopyAcknowledged e5:
                json["copy"] = e5.Copy;
                break;
            case CopyRecalled e6:
                json["copy"] = e6.Copy;
                break;
            case CopyRecallClosed closed:
                json["copy"] = closed.Copy;
                json["outcome"] = closed.Outcome.ToString();
                break;
            case CopyReissueRequested requested:
                json["copy"] = requested.Copy;
                json["reason"] = requested.Reason.ToString();
                json["note"] = requested.Note;
                break;
            case CopyReissueApproved e7:
                json["copy"] = e7.Copy;
                break;
            case UncontrolledCopiesRecorded uncontrolled:
                json["revision"] = uncontrolled.Revision;
                json["count"] = uncontrolled.Count;
                json["recipient"] = uncontrolled.Recipient;
                break;
            case ReviewCompleted review:
                json["revision"] = review.Revision;
                json["revisionRequired"] = review.RevisionRequired;
                json["comment"] = review.Comment;
                json["nextDue"] = Instant(review.NextDue);
                break;
        }

        return json;
    }

    private static DocumentEvent ReadEvent(JToken token, DocumentSettings settings)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        int Revision() => Int(e, "revision");
        int Copy() => Int(e, "copy");
        DocumentEvent result = type switch
        {
            "document.created" => new DocumentCreated(
                at,
                actor,
                ReadId<Kinds.Document>(e, "id"),
                ReadNumber(Object(Required(e, "number")), settings),
                String(e, "title"),
                String(e, "owner"),
                Enum<DocumentLevel>(Required(e, "level")),
                [.. Array(e, "classCodes").Select(Text)],
                String(e, "confidentiality")),
            "document.revision-started" => new RevisionStarted(at, actor, Revision(), Enum<ChangeKind>(Required(e, "change"))),
            "document.revision-submitted" => new RevisionSubmitted(
                at,
                actor,
                Revision(),
                ReadHash(Required(e, "contentHash")),
                [.. Array(e, "changeSummary").Select(ReadChangeItem)],
                ReadInstant(Required(e, "effectiveFrom")),
                [.. Array(e, "steps").Select(ReadStep)],
                e["order"] is { Type: not JTokenType.Null } order ? Enum<ApprovalOrder>(order) : ApprovalOrder.Parallel),
            "document.revision-decided" => new RevisionDecided(at, actor, Revision(), Int(e, "step"), Enum<ApprovalDecisionKind>(Required(e, "decision")), OptionalText(e, "comment")),
            "document.revision-approved" => ReadApproved(e, at, actor, settings),
            "document.changes-requested" => new RevisionChangesRequested(at, actor, Revision()),
            "document.revision-redrafted" => new RevisionRedrafted(at, actor, Revision()),
            "document.revision-cancelled" => new RevisionCancelled(at, actor, Revision(), String(e, "reason")),
            "document.revision-effective" => new RevisionBecameEffective(at, actor, Revision()),
            "document.revision-superseded" => new RevisionSuperseded(at, actor, Revision(), Int(e, "by")),
            "document.revision-withdrawn" => new RevisionWithdrawn(at, actor, Revision(), String(e, "reason")),
            "document.revision-archived" => new RevisionArchived(at, actor, Revision()),
            "document.revision-disposed" => new RevisionDisposed(at, actor, Revision(), String(e, "reason")),
            "document.copy-issued" => new CopyIssued(
                at,
                actor,
                Copy(),
                Revision(),
                String(e, "holder"),
                String(e, "location"),
                Enum<CopyMedium>(Required(e, "medium")),
                e["replaces"] is { Type: not JTokenType.Null } replaces ? Int(replaces) : null),
            "document.copy-acknowledged" => new CopyAcknowledged(at, actor, Copy()),
            "document.copy-recalled" => new CopyRecalled(at, actor, Copy()),
            "document.copy-recall-closed" => new CopyRecallClosed(at, actor, Copy(), Enum<RecallOutcome>(Required(e, "outcome"))),
            "document.copy-reissue-requested" => new CopyReissueRequested(at, actor, Copy(), Enum<ReissueReason>(Required(e, "reason")), String(e, "note")),
            "document.copy-reissue-approved" => new CopyReissueApproved(at, actor, Copy()),
            "document.uncontrolled-copies-recorded" => new UncontrolledCopiesRecorded(at, actor, Revision(), Int(e, "count"), String(e, "recipient")),
            "document.review-completed" => new ReviewCompleted(at, actor, Revision(), Bool(Required(e, "revisionRequired")), String(e, "comment"), ReadInstant(Required(e, "nextDue"))),
            _ => throw Error(e["type"], $"'{type}' is not a controlled document event type"),
        };
        return result with { Version = version };
    }

    /// <summary>Reads a document number from its parts, which the settings' scheme must spell; a "text" beside them, if
    /// any, must be that spelling.</summary>
    private static DocumentNumber ReadNumber(JObject json, DocumentSettings settings)
    {
        var number = Wrap(json, () => new DocumentNumber(String(json, "classCode"), String(json, "subClassCode"), Int(json, "sequence")));
        string spelt = Wrap(json, () => settings.NumberScheme.Format(number));
        if (json["text"] is { Type: not JTokenType.Null } text)
        {
            if (Text(text) != spelt)
            {
                throw Error(text, $"'{Text(text)}' is not how the {settings.NumberScheme.Name} scheme spells the number's parts ({spelt})");
            }
        }

        return number;
    }

    private static RevisionApproved ReadApproved(JObject e, NodaTime.Instant at, Actor actor, DocumentSettings settings)
    {
        var labelJson = Object(Required(e, "label"));
        var label = Wrap(labelJson, () => new RevisionLabel(Int(labelJson, "edition"), Int(labelJson, "revision")));
        string spelt = Wrap(labelJson, () => settings.RevisionScheme.Format(label));
        string text = String(e, "labelText");
        if (text != spelt)
        {
            throw Error(e["labelText"], $"'{text}' is not how the {settings.RevisionScheme.Name} scheme spells {label} ('{spelt}')");
        }

        return new RevisionApproved(at, actor, Int(e, "revision"), label, text, ReadInstant(Required(e, "effectiveFrom")));
    }

    private static string ReadHash(JToken token)
    {
        string hash = Text(token);
        return hash.Length == 64 && hash.All(c => char.IsAsciiDigit(c) || char.IsAsciiHexDigitLower(c))
            ? hash
            : throw Error(token, $"'{hash}' is not a SHA-256 content hash as a document stores it: 64 lower-case hexadecimal digits");
    }

    private static ChangeItem ReadChangeItem(JToken token)
    {
        var item = Object(token);
        var markToken = Required(item, "mark");
        string mark = Text(markToken);
        int index = System.Array.IndexOf(Marks, mark);
        var kind = index >= 0 ? (ChangeMark)index
            : System.Enum.TryParse<ChangeMark>(mark, ignoreCase: false, out var named) && System.Enum.IsDefined(named) && !int.TryParse(mark, out _) ? named
            : throw Error(markToken, $"'{mark}' is not a change mark: A, M or D (or Added, Modified, Deleted)");
        return Wrap(item, () => new ChangeItem(kind, String(item, "location"), String(item, "description")));
    }

    private static ApprovalStep ReadStep(JToken token)
    {
        var step = Object(token);
        var role = Required(step, "role");
        return new ApprovalStep(Wrap(role, () => new Role(Text(role))), Enum<ApproverKind>(Required(step, "kind")), String(step, "purpose"));
    }

    private static string? OptionalText(JObject e, string name) => e[name] is { Type: not JTokenType.Null } value ? Text(value) : null;

}
