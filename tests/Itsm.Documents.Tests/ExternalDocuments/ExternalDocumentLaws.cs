using System.Collections.Generic;
using FsCheck;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The kit's aggregate laws on random external document histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(ExternalDocumentArbitraries)], Cases = 2_000)]
public class ExternalDocumentLaws : AggregateLawTests<ExternalDocumentScenario, ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger, ExternalDocumentEvent>
{
    protected override Arbitrary<ExternalDocumentScenario> Generator => ExternalDocumentArbitraries.Scenarios();

    protected override IReadOnlyList<ExternalDocumentTrigger> NotCommands => [ExternalDocumentTrigger.Identify, ExternalDocumentTrigger.MarkCheckOverdue];

    protected override void AssertInvariants(ExternalDocument document)
    {
        var state = document.State;
        Assert.True(System.Enum.IsDefined(state));
        bool inUse = state is ExternalDocumentState.AcceptedForUse or ExternalDocumentState.CurrencyChecked;
        bool ended = state is ExternalDocumentState.Superseded or ExternalDocumentState.Withdrawn;
        Assert.Equal(inUse, document.IsInUse);
        if (inUse)
        {
            Assert.NotNull(document.AcceptedAt);
            Assert.True(document.AcceptedBy!.Equals(document.Owner) || document.AcceptedBy.HasRole(Roles.ProcessOwner));
        }

        if (state == ExternalDocumentState.Identified)
        {
            Assert.Null(document.AcceptedAt);
        }

        Assert.Equal(document.AcceptedAt is not null, document.NextCheckOn is not null);
        if (document.NextCheckOn is { } next)
        {
            Assert.Equal(next.PlusDays(1).AtStartOfDayInZone(ExternalDocumentScenario.Settings.TimeZone).ToInstant(), document.CheckOverdueFrom);
        }

        Assert.Equal(document.CheckCount > 0, document.LastCheck is not null);
        Assert.True(state != ExternalDocumentState.CurrencyChecked || document.CheckCount > 0);
        Assert.True(state != ExternalDocumentState.AcceptedForUse || document.CheckCount == 0);
        Assert.True(!document.IsCheckOverdue || (inUse || ended) && document.LastCommandAt >= document.CheckOverdueFrom);
        Assert.True(document.MissedChecks >= (document.IsCheckOverdue ? 1 : 0));
        Assert.Equal(state == ExternalDocumentState.Superseded, document.SupersededBy is not null);
        Assert.NotEqual<Id<Kinds.ExternalDocument>?>(document.Id, document.SupersededBy);
        Assert.Equal(ended, document.EndReason is not null && document.EndedAt is not null);
        Assert.Equal(inUse && !document.IsCheckOverdue ? Instant.Max(document.CheckOverdueFrom!.Value, document.LastCommandAt) : null, document.NextDueAt(document.LastCommandAt));
    }
}
