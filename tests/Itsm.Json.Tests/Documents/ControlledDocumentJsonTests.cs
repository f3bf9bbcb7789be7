using Itsm.Json.Documents;
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Documents;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Documents;

public class ControlledDocumentJsonTests
{
    /// <summary>Edition-and-revision labels and the matrix with an optional and a comments-only step.</summary>
    private static readonly DocumentSettings Settings = DocumentScenario.SettingsFor(1, withOptionalSteps: true);

    private static readonly ItsmJsonOptions Options = new() { Modules = [new DocumentsJsonModule { Documents = Settings }] };

    private static readonly Actor Dc = DocumentScenario.Actors[0];
    private static readonly Actor Author = DocumentScenario.Actors[1];
    private static readonly Actor ProcessOwner = DocumentScenario.Actors[2];
    private static readonly Actor Mr = DocumentScenario.Actors[3];
    private static readonly Actor Gm = DocumentScenario.Actors[4];
    private static readonly Actor Auditor = DocumentScenario.Actors[6];
    private static readonly Actor Holder1 = DocumentScenario.Actors[8];
    private static readonly Actor Holder2 = DocumentScenario.Actors[9];

    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    private static Instant Day(int day) => DocumentScenario.CreatedAt + Duration.FromDays(day);

    /// <summary>A history holding every event type: comments, a request for changes and a redraft, an optional approval,
    /// copies (one reissued), uncontrolled copies, reviews (one requiring a major revision), a supersession recalling the
    /// copies, a cancelled revision, a withdrawal, and the first issue archived and disposed of.</summary>
    private static ControlledDocument EveryEvent()
    {
        var document = new DocumentScenario(1, true, false, 0, []).Start(Settings);
        document.Submit(Dc, Day(1), HashA, [], Day(10));
        document.Comment(Auditor, Day(1), "cite clause 7.5");
        document.Approve(Mr, Day(2));
        document.RequestChanges(Gm, Day(2), "add the retention table");
        document.Redraft(Dc, Day(3));
        document.Submit(Dc, Day(3), HashB.ToUpperInvariant(), [], Day(10));
        document.Approve(ProcessOwner, Day(4), "fits operations");
        document.Approve(Mr, Day(4));
        document.Approve(Gm, Day(5));
        document.Advance(Actor.System, Day(10));
        document.IssueCopy(Dc, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        document.IssueCopy(Dc, Day(11), Holder2.Id, "service desk", CopyMedium.Electronic);
        document.AcknowledgeCopy(Holder1, Day(12), 1);
        document.RequestReissue(Holder2, Day(13), 2, ReissueReason.Lost, "left on a train");
        document.ApproveReissue(Dc, Day(13), 2);
        document.RecordUncontrolledCopies(Dc, Day(14), 2, "customer audit team");
        document.CompleteReview(Mr, Day(100), "still suitable");
        document.CompleteReview(ProcessOwner, Day(200), "the service catalogue changed", ChangeKind.Major);
        document.Submit(ProcessOwner, Day(201), HashA, [new ChangeItem(ChangeMark.Added, "7", "records section"), new ChangeItem(ChangeMark.Modified, "4.2", "retention now three years"), new ChangeItem(ChangeMark.Deleted, "annex B", "obsolete form")], Day(210));
        document.Approve(Mr, Day(202));
        document.Approve(Gm, Day(203));
        document.Advance(Actor.System, Day(210));
        document.CloseRecall(Dc, Day(211), 1, RecallOutcome.Returned);
        document.CloseRecall(Dc, Day(212), 3, RecallOutcome.RetainedObsolete);
        document.StartRevision(Author, Day(220), ChangeKind.Minor);
        document.Cancel(Dc, Day(221), "superseded by a rewrite");
        document.Withdraw(Gm, Day(300), "process retired");
        document.Archive(Dc, Day(301), 1);
        document.Dispose(Dc, Day(400), 1, "retention over");
        return document;
    }

    private static ControlledDocument RoundTrip(ControlledDocument document) => ItsmJson.Deserialize<ControlledDocument>(ItsmJson.Serialize(document, Options), Options);

    private static JObject Json(ControlledDocument document) => JObject.Parse(ItsmJson.Serialize(document, Options));

    private static int IndexOf(JObject json, string type) => ((JArray)json["events"]!).Select((e, i) => ((string)e["type"]!, i)).First(p => p.Item1 == type).i;

    private static string Refusal(JObject json, ItsmJsonOptions? options = null) =>
        Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ControlledDocument>(json.ToString(), options ?? Options)).Message;

    [Fact]
    public void EveryDocumentEvent_RoundTrips()
    {
        var document = EveryEvent();

        var read = RoundTrip(document);

        Assert.Equal(DocumentScenario.Fingerprint(document), DocumentScenario.Fingerprint(read));
        AssertSameEvents(document.Events, read.Events);
        Assert.Equal(ItsmJson.Serialize(document, Options), ItsmJson.Serialize(read, Options));
        var covered = document.Events.Select(e => e.GetType()).ToHashSet();
        var all = EventTypes.In(typeof(ControlledDocument).Assembly).Values.Where(t => typeof(DocumentEvent).IsAssignableFrom(t)).ToList();
        Assert.Equal(21, all.Count);
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void ASubmissionsApprovalOrder_IsWritten_ReadsAsParallelWhenAbsent_AndIsRefusedWhenUnknown()
    {
        var json = Json(EveryEvent());
        int submitted = IndexOf(json, "document.revision-submitted");
        Assert.Equal("InOrder", (string)json["events"]![submitted]!["order"]!);

        foreach (var e in ((JArray)json["events"]!).Where(e => (string)e["type"]! == "document.revision-submitted"))
        {
            ((JObject)e).Remove("order");
        }

        Assert.All(ItsmJson.Deserialize<ControlledDocument>(json.ToString(), Options).Revisions.Where(r => r.SubmittedAt is not null), r => Assert.Equal(ApprovalOrder.Parallel, r.Order));

        json["events"]![submitted]!["order"] = "Sideways";
        Assert.StartsWith($"events[{submitted}].order: 'Sideways' is not one of", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_IsWrittenAsItsSummaryVersionAndEvents()
    {
        var json = Json(EveryEvent());

        Assert.Equal(("DOC-P", "CX-SMP-001", 39L), ((string)json["id"]!, (string)json["number"]!, (long)json["version"]!));
        Assert.Equal(
            ["1 A/0 Disposed", "2 B/0 Withdrawn", "3 B/1 (draft) Cancelled"],
            json["revisions"]!.Select(r => $"{r["revision"]} {r["label"]} {r["state"]}"));
        Assert.Equal(
            ["1 1 Returned", "2 1 Voided", "3 1 RetainedObsolete"],
            json["copies"]!.Select(c => $"{c["copy"]} {c["revision"]} {c["state"]}"));
        var created = json["events"]![0]!;
        Assert.Equal(("CX", "SMP", 1, "CX-SMP-001"), ((string)created["number"]!["classCode"]!, (string)created["number"]!["subClassCode"]!, (int)created["number"]!["sequence"]!, (string)created["number"]!["text"]!));
        Assert.Equal(["document-controller"], created["actor"]!["roles"]!.Select(r => (string)r!));
        var submitted = json["events"]![IndexOf(json, "document.revision-submitted")]!;
        Assert.Equal(["management-representative Required", "top-management Required", "process-owner Optional", "auditor CommentsOnly"], submitted["steps"]!.Select(s => $"{s["role"]} {s["kind"]}"));
        var summary = ((JArray)json["events"]!).Last(e => (string)e["type"]! == "document.revision-submitted")["changeSummary"]!;
        Assert.Equal(["A 7", "M 4.2", "D annex B"], summary.Select(i => $"{i["mark"]} {i["location"]}"));
        var approved = ((JArray)json["events"]!).Last(e => (string)e["type"]! == "document.revision-approved");
        Assert.Equal((1, 0, "B/0"), ((int)approved["label"]!["edition"]!, (int)approved["label"]!["revision"]!, (string)approved["labelText"]!));
        var resubmitted = ((JArray)json["events"]!).Where(e => (string)e["type"]! == "document.revision-submitted").ElementAt(1);
        Assert.Equal(new string('b', 64), (string)resubmitted["contentHash"]!);
    }

    [Fact]
    public void ChangeMarks_ReadAsLettersOrNames()
    {
        var json = Json(EveryEvent());
        var summary = ((JArray)json["events"]!).Last(e => (string)e["type"]! == "document.revision-submitted")["changeSummary"]!;
        summary[0]!["mark"] = "Added";
        summary[1]!["mark"] = "Modified";

        var read = ItsmJson.Deserialize<ControlledDocument>(json.ToString(), Options);

        Assert.Equal([ChangeMark.Added, ChangeMark.Modified, ChangeMark.Deleted], read.Revision(2).ChangeSummary.Select(i => i.Mark));
        summary[2]!["mark"] = "X";
        Assert.Matches(@"^events\[\d+\]\.changeSummary\[2\]\.mark: 'X' is not a change mark", Refusal(json));
        summary[2]!["mark"] = "2";
        Assert.Contains("'2' is not a change mark", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded()
    {
        var error = Refusal(Json(EveryEvent()), new ItsmJsonOptions { Modules = [new DocumentsJsonModule()] });

        Assert.StartsWith("$: is a controlled document, but no DocumentSettings were given", error, StringComparison.Ordinal);
        Assert.Contains("DocumentsJsonModule.Documents", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventTypes_AndNewerSchemas_AreRefusedAtTheirPath()
    {
        var json = Json(EveryEvent());
        json["events"]![3]!["type"] = "document.exploded";
        Assert.StartsWith("events[3].type: 'document.exploded' is not a controlled document event type", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![3]!["schema"] = 2;
        Assert.StartsWith("events[3].schema:", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void AVersionOrASummaryThatDisagreesWithTheEvents_IsRefusedAtItsPath()
    {
        var json = Json(EveryEvent());
        json["version"] = 38;
        Assert.StartsWith("version: says 38, but there are 39 events", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["revisions"]![1]!["state"] = "Effective";
        Assert.StartsWith("revisions[1].state: says Effective, but the events leave revision 2 Withdrawn", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["revisions"]![1]!["state"] = "Dead";
        Assert.StartsWith("revisions[1].state: 'Dead' is not one of", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["revisions"]![0]!["label"] = "A/1";
        Assert.StartsWith("revisions[0].label: says A/1, but the events leave revision 1's label A/0", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        ((JArray)json["revisions"]!).RemoveAt(2);
        Assert.StartsWith("revisions: lists 2 revisions, but the events have 3", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["copies"]![1]!["state"] = "Issued";
        Assert.StartsWith("copies[1].state: says Issued, but the events leave copy 2 Voided", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["number"] = "CX-SMP-002";
        Assert.StartsWith("number: says 'CX-SMP-002', but the events number the document CX-SMP-001", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["id"] = "DOC-Q";
        Assert.StartsWith("id: says 'DOC-Q'", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoEffectiveRevisions_AreRefusedAtTheEventThatBreaksTheRule()
    {
        var json = Json(EveryEvent());
        var events = (JArray)json["events"]!;
        int superseded = IndexOf(json, "document.revision-superseded");
        events.RemoveAt(superseded);
        Renumber(json);

        // The copy recall that followed the supersession now comes while two revisions are effective.
        string error = Refusal(json);
        Assert.StartsWith($"events[{superseded}]: ", error, StringComparison.Ordinal);
        Assert.Contains("a document has at most one effective revision", error, StringComparison.Ordinal);

        // Without anything after it, the history ends with two effective revisions.
        json = Json(EveryEvent());
        events = (JArray)json["events"]!;
        superseded = IndexOf(json, "document.revision-superseded");
        while (events.Count > superseded)
        {
            events.RemoveAt(superseded);
        }

        json.Remove("revisions");
        json.Remove("copies");
        Renumber(json);
        error = Refusal(json);
        Assert.StartsWith($"events[{superseded - 1}]: ", error, StringComparison.Ordinal);
        Assert.Contains("a document has at most one effective revision", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpossibleEventContent_IsRefusedAtItsPath()
    {
        var json = Json(EveryEvent());
        int approved = IndexOf(json, "document.revision-approved");
        json["events"]![approved]!["labelText"] = "A/1";
        Assert.StartsWith($"events[{approved}].labelText: 'A/1' is not how the edition-revision scheme spells edition 0, revision 0 ('A/0')", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![approved]!["label"]!["edition"] = 26;
        Assert.StartsWith($"events[{approved}].label:", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        int submitted = IndexOf(json, "document.revision-submitted");
        json["events"]![submitted]!["contentHash"] = new string('A', 64);
        Assert.StartsWith($"events[{submitted}].contentHash: '{new string('A', 64)}' is not a SHA-256 content hash", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![submitted]!["revision"] = "one";
        Assert.StartsWith($"events[{submitted}].revision: expected a whole number", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![submitted]!["steps"]![0]!["role"] = "Management Representative";
        Assert.StartsWith($"events[{submitted}].steps[0].role:", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![0]!["number"]!["sequence"] = 1000;
        Assert.StartsWith("events[0].number:", Refusal(json), StringComparison.Ordinal);

        json = Json(EveryEvent());
        json["events"]![0]!["number"]!["text"] = "CX-SMP-1";
        Assert.StartsWith("events[0].number.text: 'CX-SMP-1' is not how the composite scheme spells the number's parts (CX-SMP-001)", Refusal(json), StringComparison.Ordinal);

        // A decision for a step the revision does not have is an impossible history, refused at that event.
        json = Json(EveryEvent());
        int decided = IndexOf(json, "document.revision-decided");
        json["events"]![decided]!["step"] = 9;
        string error = Refusal(json);
        Assert.StartsWith($"events[{decided}]: ", error, StringComparison.Ordinal);
        Assert.Contains("it decides for step 9, and revision 1 has 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithTheDefaultSettings_RoundTrips_AndIsRefusedWithOthers()
    {
        var document = new DocumentScenario(0, false, true, 7, []).Start(DocumentSettings.Default);
        document.Submit(DocumentScenario.Actors[7], Day(1), HashA, [], Day(2));
        document.Approve(Mr, Day(1));
        document.Approve(DocumentScenario.Actors[5], Day(1));
        document.Advance(Actor.System, Day(2));
        string json = ItsmJson.Serialize(document, Options);

        var read = ItsmJson.Deserialize<ControlledDocument>(json, new ItsmJsonOptions { Modules = [new DocumentsJsonModule { Documents = DocumentSettings.Default }] });

        Assert.Equal(DocumentScenario.Fingerprint(document), DocumentScenario.Fingerprint(read));
        Assert.Equal("00", read.Revision(1).LabelText);
        Assert.Contains("is not how the edition-revision scheme spells", Refusal(JObject.Parse(json)), StringComparison.Ordinal);
    }

    private static void Renumber(JObject json)
    {
        var events = (JArray)json["events"]!;
        for (int i = 0; i < events.Count; i++)
        {
            events[i]!["version"] = i + 1;
        }

        json["version"] = events.Count;
    }

    /// <summary>Events are records, compared by value, except their arrays (compared by reference).</summary>
    private static void AssertSameEvents(IReadOnlyList<DocumentEvent> expected, IReadOnlyList<DocumentEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            switch ((e, a))
            {
                case (DocumentCreated ec, DocumentCreated ac):
                    Assert.Equal(ec.ClassCodes.ToArray(), ac.ClassCodes.ToArray());
                    Assert.Equal(ec with { ClassCodes = [] }, ac with { ClassCodes = [] });
                    break;
                case (RevisionSubmitted es, RevisionSubmitted @as):
                    Assert.Equal(es.ChangeSummary.ToArray(), @as.ChangeSummary.ToArray());
                    Assert.Equal(es.Steps.ToArray(), @as.Steps.ToArray());
                    Assert.Equal(es with { ChangeSummary = [], Steps = [] }, @as with { ChangeSummary = [], Steps = [] });
                    break;
                default:
                    Assert.Equal(e, a);
                    break;
            }

            Assert.Equal(e.Actor.Roles.OrderBy(r => r.Name, StringComparer.Ordinal), a.Actor.Roles.OrderBy(r => r.Name, StringComparer.Ordinal));
            Assert.Equal(e.Actor.DisplayName, a.Actor.DisplayName);
        }
    }
}

[ScaledProperties(Arbitrary = [typeof(DocumentArbitraries)], Cases = 2_000)]
public class ControlledDocumentJsonProperties
{
}
