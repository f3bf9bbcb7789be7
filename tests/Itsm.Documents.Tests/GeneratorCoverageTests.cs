using System;
using System.Linq;
using FsCheck.Fluent;
using Itsm.Core.Events;
using Itsm.Testing;

namespace Itsm.Documents.Tests;

/// <summary>The published generators reach every state and every event, so the properties test all of them.</summary>
public class GeneratorCoverageTests
{
    [Fact]
    public void ExternalDocumentScenarios_ReachEveryStateAndEveryEvent()
    {
        var documents = ExternalDocumentArbitraries.Scenarios().Generator.Sample(1000, 30).Select(s => s.Play().Document).ToList();

        Assert.Equal(Enum.GetValues<ExternalDocumentState>().ToHashSet(), documents.Select(d => d.State).ToHashSet());
        var events = EventTypes.In(typeof(ExternalDocument).Assembly).Values.Where(t => typeof(ExternalDocumentEvent).IsAssignableFrom(t));
        Assert.All(events, t => Assert.Contains(documents.SelectMany(d => d.Events), e => e.GetType() == t));
    }

    [Fact]
    public void RecordScenarios_ReachEveryStateAndEveryEvent()
    {
        var records = RecordArbitraries.Scenarios().Generator.Sample(1000, 30).Select(s => s.Play().Record).ToList();

        Assert.Equal(Enum.GetValues<DocumentRecordState>().ToHashSet(), records.Select(r => r.State).ToHashSet());
        var events = EventTypes.In(typeof(DocumentRecord).Assembly).Values.Where(t => typeof(DocumentRecordEvent).IsAssignableFrom(t));
        Assert.All(events, t => Assert.Contains(records.SelectMany(r => r.Events), e => e.GetType() == t));
    }

    [Fact]
    public void RetentionPolicies_AreValid_AndCoverEveryTriggerAndAction()
    {
        var policies = RecordArbitraries.RetentionPolicies().Generator.Sample(300);

        Assert.Equal(Enum.GetValues<RetentionTrigger>().ToHashSet(), policies.Select(p => p.Trigger).ToHashSet());
        Assert.Equal(Enum.GetValues<RetentionAction>().ToHashSet(), policies.Select(p => p.ActionAfter).ToHashSet());
        Assert.All(policies, p => Assert.Equal(p, new RetentionPolicy(p.Period, p.Trigger, p.ActionAfter, p.TriggerEvent)));
    }
}
