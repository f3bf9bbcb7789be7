using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The kit's aggregate laws on random external document histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 10_000)]
public class ExternalDocumentLaws : AggregateLawTests<ExternalDocumentScenario, ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger, ExternalDocumentEvent>
{
    protected override Arbitrary<ExternalDocumentScenario> Generator => ExternalDocumentArbitraries.Scenarios();

    protected override IReadOnlyList<ExternalDocumentTrigger> NotCommands => [ExternalDocumentTrigger.Identify, ExternalDocumentTrigger.MarkCheckOverdue];
}
