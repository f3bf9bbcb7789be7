using Itsm.Tests.Shared;

namespace Itsm.Changes.Tests.Changes;

/// <summary>Keeps the lifecycle diagram in docs/changes.md in step with the Stateless configuration.</summary>
public class ChangeLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("changes.md", "Change", Change.LifecycleDiagram());
}
