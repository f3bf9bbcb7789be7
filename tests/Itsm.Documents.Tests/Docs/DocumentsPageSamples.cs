// sample:documents-usings
using System.Linq;
using System.Text;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Documents.Numbering;
using Itsm.Json;
using Itsm.Json.Documents;
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/documents.md, in the page's order, as one program; what their comments say is checked.</summary>
public class DocumentsPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        // sample:documents-setup
        var controller = new Actor("dc", "Document Controller", [Roles.DocumentController]);
        var managementRepresentative = new Actor("mr", "Management Representative", [Roles.ManagementRepresentative]);
        var generalManager = new Actor("gm", "General Manager", [Roles.TopManagement]);
        var author = new Actor("qe", "Quality Engineer");
        var qualityLead = new Actor("ql", "Quality Lead");
        var purchasingLead = new Actor("pl", "Purchasing Lead", [Roles.ProcessOwner]);
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var effectiveFrom = at + Duration.FromDays(7);
        var register = new DocumentNumberRegister(DocumentNumberSchemes.Composite, []);   // no document numbered yet
        var id = new Id<Kinds.Document>("DOC-1");
        string sha256Hex = new string('3', 64);                                           // the hash of the content the host stores
        // end-sample

        // sample:documents-revisions
        var settings = DocumentSettings.Default;                        // two-digit labels, default matrix and roles
        var number = register.Allocate("CX", "SMP");                    // CX-SMP-001
        var doc = ControlledDocument.Create(id, number, "Document control procedure", "Quality department",
            DocumentLevel.Procedure, [], "internal public", settings, controller, at);   // revision 1: "00 (draft)"
        doc.Submit(controller, at, sha256Hex, [], effectiveFrom);       // content frozen; steps from the matrix
        doc.Approve(managementRepresentative, at);                      // review step
        doc.Approve(generalManager, at);                                // approval step: approved, label "00"
        doc.Advance(Actor.System, effectiveFrom);                       // effective: CX-SMP-001-00
        doc.StartRevision(author, effectiveFrom, ChangeKind.Minor);     // "01 (draft)"
        // end-sample
        Assert.Equal("CX-SMP-001", DocumentNumberSchemes.Composite.Format(number));
        Assert.Equal("00", doc.EffectiveRevision!.LabelText);
        Assert.Equal(effectiveFrom, doc.EffectiveRevision.EffectiveAt);
        Assert.Equal("01 (draft)", doc.OpenRevision!.WorkingLabel);

        // sample:documents-registers
        var registers = DocumentRegisters.Build(DocumentNumberSchemes.Composite, [doc.Events]);   // every document's events
        var masterList = registers.MasterList;    // number, title, owner, level, confidentiality, current revision and label, open revision
        var distribution = registers.Distribution; // every controlled copy: holder, location, medium, issued, acknowledged, recalled, closed, confidentiality
        var approvals = registers.Approvals;       // every decision with its step's purpose ("review", "approval"), and every approval
        // end-sample
        var row = Assert.Single(masterList);
        Assert.Equal(("CX-SMP-001", "00", 2), (row.Number, row.CurrentLabel, row.OpenRevision));
        Assert.Empty(distribution);
        Assert.Equal(["review", "approval", "approved"], approvals.Select(a => a.Purpose));
        Assert.Equal(["mr", "gm", "system"], approvals.Select(a => a.Actor));

        // sample:documents-numbers
        var scheme = DocumentNumberSchemes.Composite;
        var parsed = scheme.Parse("CX-SMP-001");                       // class CX, sub-class SMP, number 1
        string text = scheme.Format(parsed);                           // "CX-SMP-001"
        string firstRevision = DocumentNumberSchemes.FormatRevision(scheme, parsed, RevisionSchemes.TwoDigit, new RevisionLabel(0, 1));
                                                                       // "CX-SMP-001-01": the first revision
        // end-sample
        Assert.Equal(new DocumentNumber("CX", "SMP", 1), parsed);
        Assert.Equal("CX-SMP-001", text);
        Assert.Equal("CX-SMP-001-01", firstRevision);

        // sample:documents-number-register
        var numbersOfEveryDocumentEverNumbered = Enumerable.Range(1, 7).Select(n => new DocumentNumber("CX", "SMP", n));
        var numbers = new DocumentNumberRegister(scheme, numbersOfEveryDocumentEverNumbered);
        var next = numbers.Allocate("CX", "SMP");                      // CX-SMP-008 when CX-SMP-007 is the highest
        // end-sample
        Assert.Equal("CX-SMP-008", scheme.Format(next));

        // sample:documents-external
        var now = at;
        var later = Instant.FromUtc(2026, 8, 1, 9, 0);
        var externalSettings = ExternalDocumentSettings.Default;       // UTC, checks at least yearly, the default role policy
        var standard = ExternalDocument.Identify(
            new Id<Kinds.ExternalDocument>("EXT-12"), ExternalDocumentKind.Standard, "ISO", "ISO/IEC 20000-1", "2018",
            "Service management system requirements", owner: qualityLead, "the whole service management system",
            externalSettings, by: controller, at: now);

        standard.AcceptForUse(qualityLead, now, nextCheckOn: new LocalDate(2026, 9, 1));
        standard.RecordCurrencyCheck(controller, later, CurrencyCheckResult.NewEditionAvailable,
            nextCheckOn: new LocalDate(2026, 12, 1), note: "ISO announced the 2025 edition");
        standard.Supersede(controller, later, new Id<Kinds.ExternalDocument>("EXT-31"), "2025 edition registered as EXT-31");
        // end-sample
        Assert.Equal(ExternalDocumentState.Superseded, standard.State);

        // sample:documents-external-register
        var externalRegister = ExternalDocumentRegister.From([standard.Events.Take(2)]); // one event list per document, each starting with its registering
        foreach (var newEvent in standard.Events.Skip(2))
        {
            externalRegister.Apply(standard.Id, newEvent);             // keep it current, event by event, in version order
        }

        var entry = externalRegister.Entries.Single();                 // Issuer, Reference, Edition, State, NextCheckOn, Owner, ...
        var overdue = externalRegister.CheckOverdueAt(later);          // in use and past the check date, most overdue first
        // end-sample
        Assert.Equal((ExternalDocumentState.Superseded, "ISO/IEC 20000-1"), (entry.State, entry.Reference));
        Assert.Empty(overdue);

        // sample:documents-records
        byte[] pdfBytes = Encoding.UTF8.GetBytes("contract C-7");   // the record's content, stored by the host
        var recordSettings = DocumentRecordSettings.Default;            // UTC, the default role policy
        var retention = RetentionPolicy.FromEvent(Period.FromYears(3), "contract end", RetentionAction.Delete);
        var record = DocumentRecord.Declare(
            new Id<Kinds.Record>("REC-204"), "Supplier contract C-7", "contract", owner: purchasingLead,
            DocumentRecord.HashContent(pdfBytes), "dms://contracts/c-7.pdf", retention, recordSettings, by: controller, at: now);

        record.RecordRetentionTrigger(controller, later, occurredOn: new LocalDate(2026, 6, 30), "contract C-7 ended");
        record.PlaceLegalHold(managementRepresentative, later, "supplier dispute", reference: "CASE-2026-17");
        // ... years later, the host's timer fires when the record is next due:
        var due = record.NextDueAt(later)!.Value;                       // the start of 2029-06-30
        record.Advance(Actor.System, due);                              // retention ended: DueForDisposal
        record.ReleaseLegalHold(managementRepresentative, due, "dispute settled");
        record.Dispose(controller, due, "retention of three years after the contract ended");
        var tombstone = record.Tombstone;                               // id, title, class, when, who, why, content hash
        // end-sample
        Assert.Equal(Instant.FromUtc(2029, 6, 30, 0, 0), due);
        Assert.Equal(("REC-204", controller, DocumentRecord.HashContent(pdfBytes)), (tombstone!.Id.Value, tombstone.DisposedBy, tombstone.ContentHash));

        // sample:documents-json
        var options = new ItsmJsonOptions { Modules = [new DocumentsJsonModule { Documents = settings }] };
        string json = ItsmJson.Serialize(doc, options);
        ControlledDocument again = ItsmJson.Deserialize<ControlledDocument>(json, options);
        // end-sample
        Assert.Equal(json, ItsmJson.Serialize(again, options));
        Assert.Equal("01 (draft)", again.OpenRevision!.WorkingLabel);
    }
}
