using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.Specification;
using Itsm.Core.Ids;

namespace Itsm.Incidents;

/// <summary>
/// Known errors whose symptom matches a search text, for the service desk looking for a workaround to apply.
/// </summary>
/// <remarks>
/// <para>
/// The matching rule: the search text is split into words at white space and punctuation (any character that is not a
/// letter, a digit or a combining mark); a known error matches when <b>every</b> word occurs somewhere in its symptom,
/// ignoring case (ordinal comparison after invariant case folding, so it is the same on every machine). Words match
/// inside longer words ("mail" matches "e-mail" and "mailbox"), which also makes the search work for text without
/// spaces between words, such as Chinese. Word order does not matter. The root cause and workaround are not searched.
/// </para>
/// <para>Evaluated in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>); a host with a full-text index queries that instead.</para>
/// </remarks>
public sealed class KnownErrorsMatchingSymptomSpec : Specification<KnownError>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="text">The search text; at least one word.</param>
    /// <param name="publishedOnly">Only published known errors (those incidents may apply), the default; false to search
    /// every state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no word.</exception>
    public KnownErrorsMatchingSymptomSpec(string text, bool publishedOnly = true)
    {
        Preconditions.CheckNotNull(text);
        Words = WordsOf(text);
        Preconditions.CheckArgument(Words.Count > 0, nameof(text), $"'{text}' has no word to search for; words are letters and digits.");
        var words = Words;
        if (publishedOnly)
        {
            Query.Where(k => k.State == KnownErrorState.Published);
        }

        Query.Where(k => words.All(w => k.Symptom.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Gets the words searched for, in the order given, each once.</summary>
    public IReadOnlyList<string> Words { get; }

    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && IsWordCharacter(text, i);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                string word = text[start..i];
                if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordCharacter(string text, int index)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return char.IsLetterOrDigit(text, index) || char.IsSurrogate(text, index)
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}

/// <summary>Known errors of one service; published ones only by default.</summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class KnownErrorsForServiceSpec : Specification<KnownError>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="service">The service; not empty.</param>
    /// <param name="publishedOnly">Only published known errors, the default; false for every state.</param>
    /// <exception cref="ArgumentException"><paramref name="service"/> is empty.</exception>
    public KnownErrorsForServiceSpec(Id<Kinds.Service> service, bool publishedOnly = true)
    {
        Preconditions.CheckArgument(!service.IsEmpty, nameof(service), "Name the service whose known errors to find.");
        if (publishedOnly)
        {
            Query.Where(k => k.State == KnownErrorState.Published);
        }

        Query.Where(k => k.Service == service);
    }
}

/// <summary>Known errors that involve one configuration item; published ones only by default.</summary>
/// <remarks>Works in memory and against a host's repository where its provider translates list membership.</remarks>
public sealed class KnownErrorsForConfigurationItemSpec : Specification<KnownError>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="configurationItem">The configuration item; not empty.</param>
    /// <param name="publishedOnly">Only published known errors, the default; false for every state.</param>
    /// <exception cref="ArgumentException"><paramref name="configurationItem"/> is empty.</exception>
    public KnownErrorsForConfigurationItemSpec(Id<Kinds.ConfigurationItem> configurationItem, bool publishedOnly = true)
    {
        Preconditions.CheckArgument(!configurationItem.IsEmpty, nameof(configurationItem), "Name the configuration item whose known errors to find.");
        if (publishedOnly)
        {
            Query.Where(k => k.State == KnownErrorState.Published);
        }

        Query.Where(k => k.ConfigurationItems.Contains(configurationItem));
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (problem management): known errors are made available to incident
/// management with a workaround, so every published known error has one. Satisfied by the known errors that break it,
/// so an empty result means the rule holds.
/// </summary>
public sealed class PublishedKnownErrorsWithoutWorkaroundSpec : Specification<KnownError>
{
    /// <summary>Initializes the specification.</summary>
    public PublishedKnownErrorsWithoutWorkaroundSpec() =>
        Query.Where(k => k.State == KnownErrorState.Published && (k.Workaround == null || k.Workaround.Trim().Length == 0));
}
