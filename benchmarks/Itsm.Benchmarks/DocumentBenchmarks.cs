using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The document control targets: one revision's full lifecycle (drafted, submitted, reviewed, approved, effective,
/// withdrawn, archived, disposed) at most 20 us; building the master list for 10,000 documents with 5 revisions each
/// from their events in under one second. Also what rebuilding one such document and building its machine cost.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly Actor Controller = new("dc", "Document Controller", [Roles.DocumentController]);
    private static readonly Actor Author = new("author", "Author");
    private static readonly Actor Mr = new("mr", "Management Representative", [Roles.ManagementRepresentative]);
    private static readonly Actor Gm = new("gm", "General Manager", [Roles.TopManagement]);
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly string Hash = new('a', 64);
    private static readonly ChangeItem[] Summary = [new(ChangeMark.Modified, "4.2", "retention of records")];
    private static readonly DocumentNumber Number = DocumentNumberSchemes.Composite.Parse("CX-SMP-001");
    private static readonly Id<Kinds.Document> Id = new("DOC-B");

    private List<IReadOnlyList<DocumentEvent>> _streams = [];
    private IReadOnlyList<DocumentEvent> _fiveRevisions = [];

    [GlobalSetup]
    public void Setup()
    {
        var register = new DocumentNumberRegister(DocumentNumberSchemes.Composite, []);
        _streams = [.. Enumerable.Range(0, 10_000).Select(i => FiveRevisions(new Id<Kinds.Document>("DOC-" + i), register.Allocate("C" + (i / 999), "SMP")).Events)];
        _fiveRevisions = _streams[0];
        if (_fiveRevisions.Count != 2 + 5 + (4 * 7) || MasterList_TenThousandDocuments_FiveRevisionsEach().MasterList.Count != 10_000)
        {
            throw new InvalidOperationException($"Unexpected fixture: {_fiveRevisions.Count} events per document.");
        }

        _ = RevisionFullLifecycle();
    }

    [Benchmark]
    public ControlledDocument RevisionFullLifecycle()
    {
        var document = ControlledDocument.Create(Id, Number, "Document control procedure", "Quality", DocumentLevel.Procedure, [], "internal public", DocumentSettings.Default, Controller, Start);
        document.Submit(Controller, Start + Duration.FromHours(1), Hash, [], Start + Duration.FromDays(1));
        document.Approve(Mr, Start + Duration.FromHours(2));
        document.Approve(Gm, Start + Duration.FromHours(3));
        document.Advance(Actor.System, Start + Duration.FromDays(1));
        document.Withdraw(Gm, Start + Duration.FromDays(100), "process retired");
        document.Archive(Controller, Start + Duration.FromDays(101), 1);
        document.Dispose(Controller, Start + Duration.FromDays(2000), 1, "retention over");
        return document;
    }

    [Benchmark]
    public DocumentRegisters MasterList_TenThousandDocuments_FiveRevisionsEach() =>
        DocumentRegisters.Build(DocumentNumberSchemes.Composite, _streams);

    [Benchmark]
    public ControlledDocument FromEvents_FiveRevisions() => ControlledDocument.FromEvents(_fiveRevisions, DocumentSettings.Default);

    /// <summary>Building the revision lifecycle's Stateless machine, which commands avoid by keeping one per thread.</summary>
    [Benchmark]
    public object BuildLifecycleMachine() => new DocumentLifecycle();

    /// <summary>A document whose revisions 1 to 5 each went through review and approval and became effective, the
    /// later ones superseding the earlier.</summary>
    private static ControlledDocument FiveRevisions(Id<Kinds.Document> id, DocumentNumber number)
    {
        var at = Start;
        var document = ControlledDocument.Create(id, number, "Procedure " + number, "Quality", DocumentLevel.Procedure, [], "internal public", DocumentSettings.Default, Controller, at);
        for (int revision = 1; revision <= 5; revision++)
        {
            if (revision > 1)
            {
                document.StartRevision(Author, at, ChangeKind.Minor);
            }

            document.Submit(Author, at + Duration.FromHours(1), Hash, revision == 1 ? [] : Summary, at + Duration.FromDays(2));
            document.Approve(Mr, at + Duration.FromDays(1));
            document.Approve(Gm, at + Duration.FromDays(1));
            document.Advance(Actor.System, at + Duration.FromDays(2));
            at += Duration.FromDays(30);
        }

        return document;
    }
}
