using System.Text;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents.Tests;

/// <summary>The samples of the external document and record sections of docs/documents.md, as written there.</summary>
public class DocumentsDocsSampleTests
{
    private static readonly Actor DocumentController = new("dc", "Document Controller", [Roles.DocumentController]);
    private static readonly Actor ManagementRepresentative = new("mr", "Management Representative", [Roles.ManagementRepresentative]);

    [Fact]
    public void Sample_RegistersAcceptsChecksAndSupersedesAStandard()
    {
        var documentController = DocumentController;
        var qualityLead = new Actor("ql", "Quality Lead");
        var now = Instant.FromUtc(2026, 3, 2, 9, 0);
        var later = Instant.FromUtc(2026, 8, 1, 9, 0);

        var settings = ExternalDocumentSettings.Default;       // UTC, checks at least yearly, the default role policy
        var standard = ExternalDocument.Identify(
            new Id<Kinds.ExternalDocument>("EXT-12"), ExternalDocumentKind.Standard, "ISO", "ISO/IEC 20000-1", "2018",
            "Service management system requirements", owner: qualityLead, "the whole service management system",
            settings, by: documentController, at: now);

        standard.AcceptForUse(qualityLead, now, nextCheckOn: new LocalDate(2026, 9, 1));
        standard.RecordCurrencyCheck(documentController, later, CurrencyCheckResult.NewEditionAvailable,
            nextCheckOn: new LocalDate(2026, 12, 1), note: "ISO announced the 2025 edition");
        standard.Supersede(documentController, later, new Id<Kinds.ExternalDocument>("EXT-31"), "2025 edition registered as EXT-31");

        Assert.Equal(ExternalDocumentState.Superseded, standard.State);
    }

    [Fact]
    public void Sample_DeclaresHoldsAndDisposesOfARecord()
    {
        var documentController = DocumentController;
        var managementRepresentative = ManagementRepresentative;
        var purchasingLead = new Actor("pl", "Purchasing Lead", [Roles.ProcessOwner]);
        byte[] pdfBytes = Encoding.UTF8.GetBytes("contract C-7");
        var now = Instant.FromUtc(2026, 3, 2, 9, 0);
        var later = Instant.FromUtc(2026, 8, 1, 9, 0);

        var settings = DocumentRecordSettings.Default;          // UTC, the default role policy
        var retention = RetentionPolicy.FromEvent(Period.FromYears(3), "contract end", RetentionAction.Delete);
        var record = DocumentRecord.Declare(
            new Id<Kinds.Record>("REC-204"), "Supplier contract C-7", "contract", owner: purchasingLead,
            DocumentRecord.HashContent(pdfBytes), "dms://contracts/c-7.pdf", retention, settings, by: documentController, at: now);

        record.RecordRetentionTrigger(documentController, later, occurredOn: new LocalDate(2026, 6, 30), "contract C-7 ended");
        record.PlaceLegalHold(managementRepresentative, later, "supplier dispute", reference: "CASE-2026-17");
        now = record.NextDueAt(later)!.Value;                   // the start of 2029-06-30
        record.Advance(Actor.System, now);                      // retention ended: DueForDisposal
        record.ReleaseLegalHold(managementRepresentative, now, "dispute settled");
        record.Dispose(documentController, now, "retention of three years after the contract ended");
        var tombstone = record.Tombstone;                       // id, title, class, when, who, why, content hash

        Assert.Equal(Instant.FromUtc(2029, 6, 30, 0, 0), now);
        Assert.Equal(("REC-204", documentController, DocumentRecord.HashContent(pdfBytes)), (tombstone!.Id.Value, tombstone.DisposedBy, tombstone.ContentHash));
    }
}
