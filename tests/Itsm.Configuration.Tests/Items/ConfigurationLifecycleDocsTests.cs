using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Items;

/// <summary>Keeps the lifecycle diagrams in docs/configuration.md in step with the Stateless configurations.</summary>
public class ConfigurationLifecycleDocsTests
{
    [Fact]
    public void DocsDiagram_OfTheItem_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("configuration.md", "ConfigurationItem", ConfigurationItem.LifecycleDiagram());

    [Fact]
    public void DocsDiagram_OfTheRelease_IsTheOneGeneratedFromTheLifecycle() =>
        LifecycleDocs.AssertCurrent("configuration.md", "Release", Release.LifecycleDiagram());
}
