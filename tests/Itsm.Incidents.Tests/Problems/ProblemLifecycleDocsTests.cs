using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>Keeps the lifecycle diagrams in docs/problems.md in step with the Stateless configurations.</summary>
public class ProblemLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheProblemLifecycle() =>
        LifecycleDocs.AssertCurrent("problems.md", "Problem", Problem.LifecycleDiagram());

    [Fact]
    public void DocsDiagram_IsTheOneGeneratedFromTheKnownErrorLifecycle() =>
        LifecycleDocs.AssertCurrent("problems.md", "KnownError", KnownError.LifecycleDiagram());
}
