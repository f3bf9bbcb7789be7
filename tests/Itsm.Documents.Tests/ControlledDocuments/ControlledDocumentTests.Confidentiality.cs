using System;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>Confidentiality levels: marked on the document and its copies, and copies of a level that requires clearance
/// only for a cleared holder.</summary>
public partial class ControlledDocumentTests
{
    private static ControlledDocument Marked(string level, DocumentSettings settings) =>
        ControlledDocument.Create(
            new Id<Kinds.Document>("DOC-9"),
            DocumentNumberSchemes.Composite.Parse("CX-SMP-009"),
            "Network topology",
            "Operations",
            DocumentLevel.WorkInstruction,
            [],
            level,
            settings,
            Controller,
            Day(0));

    private static ControlledDocument EffectiveConfidential(DocumentSettings settings)
    {
        var document = Marked("confidential", settings);
        document.Submit(Controller, Day(1), HashA, [], Day(10));
        document.Approve(Mr, Day(2));
        document.Approve(Gm, Day(3));
        document.Advance(Core.Actor.System, Day(10));
        return document;
    }

    [Fact]
    public void Create_WithALevelTheSettingsDoNotHave_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Marked("top secret", DocumentSettings.Default));

        Assert.Equal("confidentiality", e.ParamName);
        Assert.Contains("'top secret' is not a confidentiality level of these settings: 'public', 'internal public', 'internal', 'confidential', 'secret'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACopyOfAConfidentialDocument_GoesOnlyToAClearedHolder_AndIsMarked()
    {
        var cleared = DocumentSettings.Default with { Confidentiality = ConfidentialityLevels.Default.WithClearance((holder, level) => holder == Holder1.Id && level.Name == "confidential") };
        var document = EffectiveConfidential(cleared);
        long version = document.Version;

        var e = Assert.Throws<ArgumentException>(() => document.IssueCopy(Controller, Day(11), Holder2.Id, "service desk", CopyMedium.Paper));
        Assert.Contains(ControlledDocument.HolderCleared, e.Message, StringComparison.Ordinal);
        Assert.Equal(version, document.Version);

        var copy = document.IssueCopy(Controller, Day(11), Holder1.Id, "network office", CopyMedium.Paper);
        Assert.Equal("confidential", copy.Confidentiality);
        var row = Assert.Single(DocumentRegisters.Build(DocumentNumberSchemes.Composite, [document.Events]).Distribution);
        Assert.Equal("confidential", row.Confidentiality);
    }

    [Fact]
    public void ByDefault_NobodyIsClearedForConfidential_AndEveryoneForInternalPublic()
    {
        var confidential = EffectiveConfidential(DocumentSettings.Default);
        Assert.Throws<ArgumentException>(() => confidential.IssueCopy(Controller, Day(11), Holder1.Id, "network office", CopyMedium.Paper));

        var internalPublic = Effective();
        Assert.Equal("internal public", internalPublic.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper).Confidentiality);
    }

    [Fact]
    public void AReissue_ToAHolderNoLongerCleared_IsRefusedAndChangesNothing()
    {
        var cleared = DocumentSettings.Default with { Confidentiality = ConfidentialityLevels.Default.WithClearance((holder, _) => holder == Holder1.Id) };
        var document = EffectiveConfidential(cleared);
        document.IssueCopy(Controller, Day(11), Holder1.Id, "network office", CopyMedium.Paper);
        document.RequestReissue(Holder1, Day(12), 1, ReissueReason.Damaged, "coffee");

        var revoked = ControlledDocument.FromEvents(document.Events, DocumentSettings.Default);
        long version = revoked.Version;

        Assert.Throws<ArgumentException>(() => revoked.ApproveReissue(Controller, Day(13), 1));
        Assert.Equal((version, CopyState.Issued), (revoked.Version, revoked.Copy(1).State));
        Assert.Equal(2, document.ApproveReissue(Controller, Day(13), 1).Number);
    }

    [Fact]
    public void ConfidentialityLevels_AreValidatedWhenBuilt()
    {
        Assert.Throws<ArgumentException>(() => new ConfidentialityLevels([]));
        Assert.Throws<ArgumentException>(() => new ConfidentialityLevels([new("open", false), new("open", true)]));
        Assert.Throws<ArgumentException>(() => new ConfidentialityLevels([new(" ", false)]));
        Assert.Throws<ArgumentNullException>(() => ConfidentialityLevels.Default.WithClearance(null!));
        Assert.Throws<ArgumentNullException>(() => DocumentSettings.Default with { Confidentiality = null! });
        Assert.True(ConfidentialityLevels.Default.IsCleared("anyone", ConfidentialityLevels.Default.Find("internal")!));
        Assert.Null(ConfidentialityLevels.Default.Find("Internal"));
    }
}
