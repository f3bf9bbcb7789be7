using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>Keeps the revision lifecycle diagram in docs/documents.md in step with the Stateless configuration.</summary>
public class DocumentLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("documents.md", "DocumentRevision", ControlledDocument.LifecycleDiagram());

    [Fact]
    public void DocsCopyDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("documents.md", "ControlledCopy", ControlledDocument.CopyLifecycleDiagram());
}
