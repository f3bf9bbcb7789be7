using System;
using Itsm.Documents.Numbering;

namespace Itsm.Documents.Tests.Numbering;

public class RevisionSchemesTests
{
    private static string Minor(IRevisionScheme scheme, string label) => scheme.Format(scheme.AfterMinorChange(scheme.Parse(label)));

    private static string Major(IRevisionScheme scheme, string label) => scheme.Format(scheme.AfterMajorChange(scheme.Parse(label)));

    [Fact]
    public void TwoDigit_StartsAt00_AndEveryChangeAddsOne()
    {
        var s = RevisionSchemes.TwoDigit;
        Assert.Equal("00", s.Format(s.First));
        Assert.Equal("01", Minor(s, "00"));
        Assert.Equal("10", Major(s, "09"));
        Assert.Equal(new RevisionLabel(0, 42), s.Parse("42"));
    }

    [Fact]
    public void TwoDigit_After99_IsExhausted()
    {
        var e = Assert.Throws<NumberingExhaustedException>(() => RevisionSchemes.TwoDigit.AfterMinorChange(new RevisionLabel(0, 99)));

        Assert.Equal("99", e.Last);
        Assert.Contains("after '99'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditionRevision_RevisionAddsOne_MajorMovesToTheNextLetter()
    {
        var s = RevisionSchemes.EditionRevision;
        Assert.Equal("A/0", s.Format(s.First));
        Assert.Equal("A/1", Minor(s, "A/0"));
        Assert.Equal("B/0", Major(s, "A/3"));
        Assert.Equal("A/10", Minor(s, "A/9"));
        Assert.Throws<NumberingExhaustedException>(() => s.AfterMajorChange(s.Parse("Z/4")));
    }

    [Fact]
    public void Compact_A0_A1_B0()
    {
        var s = RevisionSchemes.Compact;
        Assert.Equal("A0", s.Format(s.First));
        Assert.Equal("A1", Minor(s, "A0"));
        Assert.Equal("B0", Major(s, "A1"));
    }

    [Fact]
    public void Sequential_OneTwoThree()
    {
        var s = RevisionSchemes.Sequential;
        Assert.Equal("1", s.Format(s.First));
        Assert.Equal("2", Minor(s, "1"));
        Assert.Equal("3", Major(s, "2"));
    }

    [Fact]
    public void MajorMinor_PointOneThenTwoPointZero()
    {
        var s = RevisionSchemes.MajorMinor;
        Assert.Equal("1.0", s.Format(s.First));
        Assert.Equal("1.1", Minor(s, "1.0"));
        Assert.Equal("2.0", Major(s, "1.1"));
        Assert.Equal("1.10", Minor(s, "1.9"));
    }

    [Theory]
    [InlineData("two-digit", "0")]
    [InlineData("two-digit", "100")]
    [InlineData("two-digit", "a1")]
    [InlineData("edition-revision", "A/01")]
    [InlineData("edition-revision", "a/1")]
    [InlineData("edition-revision", "A1")]
    [InlineData("edition-revision", "A/-1")]
    [InlineData("compact", "A/1")]
    [InlineData("compact", "A")]
    [InlineData("sequential", "0")]
    [InlineData("sequential", "01")]
    [InlineData("sequential", "+1")]
    [InlineData("sequential", "99999999999")]
    [InlineData("major-minor", "0.1")]
    [InlineData("major-minor", "1.01")]
    [InlineData("major-minor", "1")]
    [InlineData("major-minor", "1.2.3")]
    [InlineData("major-minor", " 1.0")]
    public void Parse_RefusesAnythingButTheOneSpelling_NamingTheTextAndTheRule(string name, string text)
    {
        var scheme = Array.Find([RevisionSchemes.TwoDigit, RevisionSchemes.EditionRevision, RevisionSchemes.Compact, RevisionSchemes.Sequential, RevisionSchemes.MajorMinor], s => s.Name == name)!;

        Assert.False(scheme.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => scheme.Parse(text));
        string article = name.StartsWith('e') ? "an" : "a";
        Assert.Contains($"'{text}' is not {article} {name} revision label", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_OfALabelTheSchemeDoesNotUse_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => RevisionSchemes.Sequential.Format(new RevisionLabel(1, 2)));
        Assert.Contains("edition 1, revision 2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RevisionSchemes.TwoDigit.AfterMinorChange(new RevisionLabel(1, 0)));
        Assert.Throws<ArgumentException>(() => RevisionSchemes.EditionRevision.Format(new RevisionLabel(26, 0)));
        Assert.False(RevisionSchemes.TwoDigit.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => RevisionSchemes.TwoDigit.Parse(null!));
    }

    [Fact]
    public void RevisionLabel_OrdersEditionFirst_AndRefusesNegatives()
    {
        Assert.True(new RevisionLabel(1, 0) > new RevisionLabel(0, 99));
        Assert.True(new RevisionLabel(0, 2) < new RevisionLabel(0, 10));
        Assert.Equal(new RevisionLabel(2, 3), new RevisionLabel(2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RevisionLabel(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RevisionLabel(0, -1));
    }
}
