// Shared source, linked into every package (see src/Directory.Build.props). Not a public type.
using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Itsm;

/// <summary>
/// How messages spell values for people: business durations as <c>1 h 30 min</c>, nouns with the article they take
/// (<c>an Incident</c>, <c>an SlaClock</c>, <c>a Problem</c>). One spelling for every package's messages.
/// </summary>
internal static class Wording
{
    /// <summary>
    /// Spells a duration as people read it: days of 24 hours, hours, minutes and seconds, leaving out the parts that
    /// are zero (<c>2 d 3 h</c>, <c>1 h 30 min</c>, <c>45 min</c>, <c>1.5 s</c>); <c>0 min</c> for zero, and a minus
    /// sign before a negative duration.
    /// </summary>
    public static string Duration(Duration duration)
    {
        if (duration == NodaTime.Duration.Zero)
        {
            return "0 min";
        }

        var text = new StringBuilder();
        if (duration < NodaTime.Duration.Zero)
        {
            text.Append('-');
            duration = NodaTime.Duration.Zero - duration;
        }

        int days = duration.Days;
        long nanoseconds = duration.NanosecondOfDay;
        long hours = nanoseconds / NodaConstants.NanosecondsPerHour;
        long minutes = nanoseconds / NodaConstants.NanosecondsPerMinute % 60;
        long secondNanoseconds = nanoseconds % NodaConstants.NanosecondsPerMinute;
        Part(text, days, "d");
        Part(text, hours, "h");
        Part(text, minutes, "min");
        if (secondNanoseconds != 0)
        {
            decimal seconds = secondNanoseconds / (decimal)NodaConstants.NanosecondsPerSecond;
            Separate(text).Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append(" s");
        }

        return text.ToString();
    }

    /// <summary>The most characters of a caller's text a message quotes (see <see cref="Excerpt"/>).</summary>
    public const int MaxQuoted = 64;

    /// <summary>
    /// Quotes a caller's text in a message without letting it grow the message: the text itself when it has at most
    /// <see cref="MaxQuoted"/> characters, otherwise its start, an ellipsis and its length
    /// (<c>abc… (1048576 characters)</c>). Messages stay bounded whatever a document holds.
    /// </summary>
    public static string Excerpt(string text) =>
        text.Length <= MaxQuoted
            ? text
            : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted), "… (", text.Length.ToString(CultureInfo.InvariantCulture), " characters)");

    /// <summary>Puts <c>a</c> or <c>an</c> before a noun: <c>an</c> before a vowel (<c>an Incident</c>) and before an
    /// initialism whose first letter's name starts with one (<c>an SLA</c>, <c>an SlaClock</c>, <c>an MR</c>).</summary>
    public static string WithArticle(string noun) => (TakesAn(noun) ? "an " : "a ") + noun;

    private static bool TakesAn(string noun)
    {
        if (noun.Length == 0)
        {
            return false;
        }

        if ("aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal))
        {
            return true;
        }

        // Initialisms read letter by letter: F, H, L, M, N, R, S and X are spoken with a leading vowel ("ef", "ess").
        bool initialism = (noun.Length > 1 && char.IsUpper(noun[0]) && char.IsUpper(noun[1]))
            || noun.StartsWith("Sla", StringComparison.Ordinal);
        return initialism && "FHLMNRSX".Contains(noun[0], StringComparison.Ordinal);
    }

    private static void Part(StringBuilder text, long value, string unit)
    {
        if (value != 0)
        {
            Separate(text).Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
        }
    }

    private static StringBuilder Separate(StringBuilder text) =>
        text.Length > 0 && text[^1] != '-' ? text.Append(' ') : text;
}
