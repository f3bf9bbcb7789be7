using System;
using System.Linq;
using Itsm.Documents.Numbering;

namespace Itsm.Documents.Tests.Numbering;

public class DocumentNumberTests
{
    private static readonly IDocumentNumberScheme Composite = DocumentNumberSchemes.Composite;

    [Fact]
    public void Composite_ReadsTheSourceDocumentsNumber()
    {
        var n = Composite.Parse("CX-SMP-001");

        Assert.Equal(("CX", "SMP", 1), (n.ClassCode, n.SubClassCode, n.Sequence));
        Assert.Equal("CX-SMP-001", Composite.Format(n));
    }

    [Fact]
    public void FormatRevision_IsTheCompositeIdentifier_AndReadsBack()
    {
        var n = new DocumentNumber("CX", "SMP", 1);

        Assert.Equal("CX-SMP-001-00", DocumentNumberSchemes.FormatRevision(Composite, n, RevisionSchemes.TwoDigit, RevisionSchemes.TwoDigit.First));
        Assert.True(DocumentNumberSchemes.TryParseRevision(Composite, RevisionSchemes.TwoDigit, "CX-SMP-001-01", out var number, out var label));
        Assert.Equal((n, new RevisionLabel(0, 1)), (number, label));
        Assert.False(DocumentNumberSchemes.TryParseRevision(Composite, RevisionSchemes.TwoDigit, "CX-SMP-001", out _, out _));
        Assert.False(DocumentNumberSchemes.TryParseRevision(Composite, RevisionSchemes.TwoDigit, null, out _, out _));
    }

    [Theory]
    [InlineData("CX-SMP-1")]
    [InlineData("CX-SMP-000")]
    [InlineData("CX-SMP-0001")]
    [InlineData("cx-SMP-001")]
    [InlineData("CX--001")]
    [InlineData("1X-SMP-001")]
    [InlineData("CX-SMP-001-00")]
    [InlineData("CXSMP001")]
    [InlineData("")]
    public void Composite_RefusesOtherSpellings(string text)
    {
        Assert.False(Composite.TryParse(text, out _));
        Assert.Contains($"'{text}' is not a composite document number", Assert.Throws<FormatException>(() => Composite.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ChecksCodesAndSequence()
    {
        Assert.Contains("'cx' is not a document class code", Assert.Throws<ArgumentException>(() => new DocumentNumber("cx", "SMP", 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DocumentNumber("CX", "TOOLONGCODE", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentNumber("CX", "SMP", 0));
        Assert.Throws<ArgumentException>(() => Composite.Format(new DocumentNumber("CX", "SMP", 1000)));
        Assert.Throws<ArgumentException>(() => Composite.Format(default));
    }

    [Fact]
    public void Register_AllocatesOneAfterTheHighest_PerClassAndSubClass_NeverFillingGaps()
    {
        var register = new DocumentNumberRegister(Composite, [Composite.Parse("CX-SMP-001"), Composite.Parse("CX-SMP-007"), Composite.Parse("CX-WI-002")]);

        Assert.Equal("CX-SMP-008", Composite.Format(register.Allocate("CX", "SMP")));
        Assert.Equal("CX-WI-003", Composite.Format(register.Allocate("CX", "WI")));
        Assert.Equal("QM-MAN-001", Composite.Format(register.Allocate("QM", "MAN")));
        Assert.Equal(6, register.Allocated.Count);
        Assert.True(register.IsAllocated(Composite.Parse("CX-SMP-008")));
        Assert.False(register.IsAllocated(Composite.Parse("CX-SMP-002")));
    }

    [Fact]
    public void Register_RefusesANumberTwice_AndRunsOutAfter999()
    {
        var register = new DocumentNumberRegister(Composite, [Composite.Parse("CX-SMP-999")]);

        Assert.Contains("CX-SMP-999 is already allocated", Assert.Throws<ArgumentException>(() => register.Register(Composite.Parse("CX-SMP-999"))).Message, StringComparison.Ordinal);
        var e = Assert.Throws<NumberingExhaustedException>(() => register.Allocate("CX", "SMP"));
        Assert.Equal("CX-SMP-999", e.Last);
        Assert.Single(register.Allocated);
        Assert.Throws<ArgumentException>(() => new DocumentNumberRegister(Composite, Enumerable.Repeat(Composite.Parse("CX-SMP-001"), 2)));
    }
}
