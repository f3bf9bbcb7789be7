using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>Keeps the lifecycle diagram in docs/documents.md in step with the Stateless configuration.</summary>
public class ExternalDocumentLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheExternalDocumentLifecycle() =>
        LifecycleDocs.AssertCurrent("documents.md", "ExternalDocument", ExternalDocument.LifecycleDiagram());
}
