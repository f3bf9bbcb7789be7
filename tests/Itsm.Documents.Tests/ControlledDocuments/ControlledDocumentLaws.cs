using System.Collections.Generic;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>The kit's aggregate laws on random controlled-document (revisions and copies) histories, 10,000 cases each, and the generator's reach.</summary>
[Properties(Arbitrary = [typeof(DocumentArbitraries)], MaxTest = 10_000)]
public class ControlledDocumentLaws : AggregateLawTests<DocumentScenario, ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger, DocumentEvent>
{
    protected override Arbitrary<DocumentScenario> Generator => DocumentArbitraries.Scenarios();

    protected override IReadOnlyList<DocumentTrigger> NotCommands => [DocumentTrigger.Create, DocumentTrigger.ConcludeApproved, DocumentTrigger.ConcludeChangesRequested, DocumentTrigger.BecomeEffective, DocumentTrigger.Supersede, DocumentTrigger.RecallCopy];
}
