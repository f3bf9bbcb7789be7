using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Audits;

/// <summary>Keeps the lifecycle diagrams in docs/audits.md in step with the Stateless configuration.</summary>
public class AuditLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("audits.md", "Audit", Audit.LifecycleDiagram());

    [Fact]
    public void DocsDiagram_OfTheNonconformity_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("audits.md", "Nonconformity", Nonconformity.LifecycleDiagram());

    [Fact]
    public void DocsDiagram_OfTheManagementReview_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("audits.md", "ManagementReview", ManagementReview.LifecycleDiagram());

    [Fact]
    public void DocsDiagram_OfTheImprovement_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("audits.md", "Improvement", Improvement.LifecycleDiagram());
}
