using NodaTime;

namespace Itsm.Core.Tests.SharedSource;

/// <summary>How every package's messages spell durations and articles (the shared source in src/Shared/Wording.cs).</summary>
public class WordingTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, "0 min")]
    [InlineData(0, 1, 30, 0, "1 h 30 min")]
    [InlineData(0, 0, 45, 0, "45 min")]
    [InlineData(2, 3, 0, 0, "2 d 3 h")]
    [InlineData(0, 8, 0, 0, "8 h")]
    [InlineData(0, 0, 0, 90, "1 min 30 s")]
    [InlineData(0, -1, -30, 0, "-1 h 30 min")]
    [InlineData(36_525, 0, 0, 0, "36525 d")]
    public void Duration_IsSpelledAsPeopleReadIt(int days, int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, Wording.Duration(Duration.FromDays(days) + Duration.FromHours(hours) + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds)));

    [Fact]
    public void Duration_WithAFractionOfASecond_KeepsItExactly() =>
        Assert.Equal("1.5 s", Wording.Duration(Duration.FromMilliseconds(1500)));

    [Theory]
    [InlineData("Incident", "an Incident")]
    [InlineData("SlaClock", "an SlaClock")]
    [InlineData("SLA", "an SLA")]
    [InlineData("update", "an update")]
    [InlineData("Problem", "a Problem")]
    [InlineData("ServiceRequest", "a ServiceRequest")]
    [InlineData("resolution", "a resolution")]
    [InlineData("KnownError", "a KnownError")]
    public void WithArticle_TakesAnBeforeAVowelSound(string noun, string expected) =>
        Assert.Equal(expected, Wording.WithArticle(noun));
}

/// <summary>How messages quote a caller's text, and the edges of the article rule.</summary>
public class WordingEdgeTests
{
    [Fact]
    public void Excerpt_QuotesUpToSixtyFourCharactersWhole()
    {
        var exactly = new string('x', Wording.MaxQuoted);

        Assert.Equal(exactly, Wording.Excerpt(exactly));
        Assert.Equal(string.Empty, Wording.Excerpt(string.Empty));
    }

    [Fact]
    public void Excerpt_CutsALongerTextAndSaysItsLength()
    {
        var text = new string('x', Wording.MaxQuoted) + "tail";

        Assert.Equal(new string('x', Wording.MaxQuoted) + "… (68 characters)", Wording.Excerpt(text));
    }

    [Fact]
    public void Excerpt_NeverSplitsASurrogatePair()
    {
        // A pair straddling the cut: its high half is the 64th character, so the cut falls before it.
        var text = new string('x', Wording.MaxQuoted - 1) + "\U0001F600" + "more";

        var excerpt = Wording.Excerpt(text);

        Assert.Equal(new string('x', Wording.MaxQuoted - 1) + "… (" + text.Length + " characters)", excerpt);
    }

    [Theory]
    [InlineData("", "a ")]
    [InlineData("X", "a X")]
    [InlineData("FX", "an FX")]
    [InlineData("Fx", "a Fx")]
    [InlineData("MR", "an MR")]
    [InlineData("KB", "a KB")]
    public void WithArticle_Edges(string noun, string expected) =>
        Assert.Equal(expected, Wording.WithArticle(noun));

    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(1, "0.000000001 s")]
    [InlineData(-1, "-0.000000001 s")]
    [InlineData(-1_500_000_000, "-1.5 s")]
    public void Duration_Edges(long nanoseconds, string expected) =>
        Assert.Equal(expected, Wording.Duration(NodaTime.Duration.FromNanoseconds(nanoseconds)));
}
