using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.Records;

/// <summary>Keeps the lifecycle diagram in docs/documents.md in step with the Stateless configuration.</summary>
public class DocumentRecordLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheDocumentRecordLifecycle() =>
        LifecycleDocs.AssertCurrent("documents.md", "DocumentRecord", DocumentRecord.LifecycleDiagram());
}
