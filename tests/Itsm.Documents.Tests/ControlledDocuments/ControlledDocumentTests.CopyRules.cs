using System;
using Itsm.Core;
using Itsm.Core.Actors;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.ControlledDocuments;

public partial class ControlledDocumentTests
{
    [Fact]
    public void UnmetRules_ForCopyCommands_LookAtTheNamedCopy()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);

        Assert.True(document.CanFire(DocumentTrigger.AcknowledgeCopy, Holder1, Day(12), copy: 1));
        Assert.Contains(ControlledDocument.HolderAcknowledges, document.UnmetRules(DocumentTrigger.AcknowledgeCopy, Holder2, Day(12), copy: 1));
        Assert.Contains(document.UnmetRules(DocumentTrigger.AcknowledgeCopy, Holder1, Day(12)), r => r.Contains("acts on a copy", StringComparison.Ordinal));
        Assert.False(document.CanFire(DocumentTrigger.CloseRecall, Controller, Day(12), copy: 1));
        Assert.False(document.CanFire(DocumentTrigger.ApproveReissue, Controller, Day(12), copy: 1));

        document.RequestReissue(Holder1, Day(12), 1, ReissueReason.Lost, "lost");
        var controllingClerk = new Actor("clerk-2", "Controlling Clerk", [new Role("reissue-clerk"), .. Controller.Roles]);
        Assert.True(document.CanFire(DocumentTrigger.ApproveReissue, controllingClerk, Day(13), copy: 1));
        Assert.False(document.CanFire(DocumentTrigger.RequestReissue, Holder1, Day(13), copy: 1));
    }

    [Fact]
    public void UnmetRules_ForApprovingAReissue_IncludeTheRulesOfIssuingTheNewCopy()
    {
        var clerk = new Actor("clerk-1", "Reissue Clerk", [new Role("reissue-clerk")]);
        var roles = DocumentRoles.Default.ToBuilder().Allow(DocumentTrigger.ApproveReissue, new Role("reissue-clerk")).Build();
        var document = Effective(DocumentSettings.Default with { Roles = roles });
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        document.RequestReissue(Holder1, Day(12), 1, ReissueReason.Lost, "lost");

        var unmet = document.UnmetRules(DocumentTrigger.ApproveReissue, clerk, Day(13), copy: 1);

        Assert.Contains(unmet, r => r.Contains(nameof(DocumentTrigger.IssueCopy), StringComparison.Ordinal));
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => document.ApproveReissue(clerk, Day(13), 1));
        Assert.Equal(unmet, refused.Rules);
        var controllingClerk = new Actor("clerk-2", "Controlling Clerk", [new Role("reissue-clerk"), .. Controller.Roles]);
        Assert.True(document.CanFire(DocumentTrigger.ApproveReissue, controllingClerk, Day(13), copy: 1));
    }

    [Fact]
    public void ARecall_DropsAPendingReissueRequest()
    {
        var document = WithTwoCopiesAndASuccessor();
        document.RequestReissue(Holder2, Day(24), 2, ReissueReason.Damaged, "torn");

        document.Advance(Actor.System, Day(30));

        Assert.Null(document.Copy(2).PendingReissue);
        Assert.Equal(CopyState.RecallPending, document.Copy(2).State);
        Assert.Null(ControlledDocument.FromEvents(document.Events, DocumentSettings.Default).Copy(2).PendingReissue);
    }
}
