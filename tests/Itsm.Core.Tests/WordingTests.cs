using NodaTime;

namespace Itsm.Core.Tests;

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
