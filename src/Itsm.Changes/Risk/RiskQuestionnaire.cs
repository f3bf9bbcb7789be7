using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Itsm.Changes;

/// <summary>The risk of a change, as its risk model grades it.</summary>
public enum RiskLevel
{
    /// <summary>Low risk: by default the change manager authorises.</summary>
    Low = 1,

    /// <summary>Medium risk: by default the change advisory board authorises.</summary>
    Medium = 2,

    /// <summary>High risk: by default the change advisory board authorises.</summary>
    High = 3,
}

/// <summary>How a host grades the risk of a change from the answers recorded in its assessment. The change records the
/// answers, the score and the level, so a change reads back the same whatever the model is later.</summary>
public interface IRiskModel
{
    /// <summary>Grades a change's answers.</summary>
    /// <param name="answers">The answers, by question id: the index of the option chosen.</param>
    /// <returns>The score and the level.</returns>
    /// <exception cref="ArgumentException">The answers leave a question unanswered, answer one the model does not
    /// ask, or choose an option it does not offer.</exception>
    RiskAssessment Assess(IReadOnlyDictionary<string, int> answers);
}

/// <summary>A graded risk.</summary>
/// <param name="Score">The score the answers add up to.</param>
/// <param name="Level">The level the score falls in.</param>
public sealed record RiskAssessment(int Score, RiskLevel Level);

/// <summary>One option of a risk question, with the weight it adds to the score.</summary>
/// <param name="Text">The option as asked.</param>
/// <param name="Weight">What it adds to the score; not negative.</param>
public sealed record RiskOption(string Text, int Weight);

/// <summary>One question of a <see cref="RiskQuestionnaire"/>.</summary>
/// <param name="Id">The question's id, the key of its answer.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="Options">The options, answered by index.</param>
public sealed record RiskQuestion(string Id, string Text, IReadOnlyList<RiskOption> Options);

/// <summary>
/// The default risk model: every question answered by choosing one of its options; the weights of the options chosen
/// add up to a score; a score below <see cref="MediumFrom"/> is low, below <see cref="HighFrom"/> medium, otherwise
/// high.
/// </summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed class RiskQuestionnaire : IRiskModel
{
    private const int MaxWeight = 1_000;
    private const int MaxQuestions = 1_000;

    private readonly ImmutableDictionary<string, RiskQuestion> _byId;

    /// <summary>Initializes a questionnaire.</summary>
    /// <param name="questions">The questions, each with its own id and at least one option.</param>
    /// <param name="mediumFrom">The lowest medium score; at least 1.</param>
    /// <param name="highFrom">The lowest high score; above <paramref name="mediumFrom"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or a question is null.</exception>
    /// <exception cref="ArgumentException">No question or more than 1,000, a blank or repeated id, a question without
    /// options, a blank option, a weight outside 0 to 1,000, or thresholds out of order.</exception>
    public RiskQuestionnaire(IEnumerable<RiskQuestion> questions, int mediumFrom, int highFrom)
    {
        Preconditions.CheckNotNull(questions);
        var list = questions.ToImmutableArray();
        Preconditions.CheckArgument(list.Length is > 0 and <= MaxQuestions && list.All(q => q is not null), nameof(questions), "A risk questionnaire has 1 to 1,000 questions, and none is null.");
        foreach (var question in list)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(question.Id) && !string.IsNullOrWhiteSpace(question.Text), nameof(questions), "A risk question has an id and a text.");
            Preconditions.CheckArgument(
                question.Options is { Count: > 0 } && question.Options.All(o => o is not null && !string.IsNullOrWhiteSpace(o.Text) && o.Weight is >= 0 and <= MaxWeight),
                nameof(questions),
                $"Risk question '{question.Id}' offers at least one option, each with a text and a weight of 0 to 1,000.");
        }

        var repeated = list.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(questions), $"Risk question '{repeated?.Key}' appears more than once; each question has its own id.");
        Preconditions.CheckArgument(
            mediumFrom >= 1 && highFrom > mediumFrom,
            nameof(highFrom),
            FormattableString.Invariant($"The risk thresholds {mediumFrom} (medium from) and {highFrom} (high from) are out of order: medium starts at 1 or more, high above medium."));
        Questions = list;
        _byId = list.ToImmutableDictionary(q => q.Id, StringComparer.Ordinal);
        MediumFrom = mediumFrom;
        HighFrom = highFrom;
    }

    /// <summary>Gets the default questionnaire: services affected, users affected, complexity, testing, backout and
    /// history; a score from 0 to 19, medium from 5, high from 10.</summary>
    public static RiskQuestionnaire Default { get; } = new(
        [
            new("services", "Which services does the change affect?", [new("no critical service", 0), new("one critical service", 2), new("several critical services", 4)]),
            new("users", "How many users notice the change while it is implemented?", [new("none", 0), new("a team", 1), new("a site", 2), new("everyone", 3)]),
            new("complexity", "How complex is the change?", [new("routine", 0), new("moderate", 1), new("complex", 3)]),
            new("tested", "Has the change been tested in a like-for-like environment?", [new("yes", 0), new("partly", 1), new("no", 3)]),
            new("backout", "Can the change be backed out?", [new("quickly", 0), new("with effort", 2), new("not at all", 4)]),
            new("history", "Has a similar change failed before?", [new("no", 0), new("yes", 2)]),
        ],
        mediumFrom: 5,
        highFrom: 10);

    /// <summary>Gets the questions, in order.</summary>
    public IReadOnlyList<RiskQuestion> Questions { get; }

    /// <summary>Gets the lowest medium score.</summary>
    public int MediumFrom { get; }

    /// <summary>Gets the lowest high score.</summary>
    public int HighFrom { get; }

    /// <inheritdoc />
    public RiskAssessment Assess(IReadOnlyDictionary<string, int> answers)
    {
        Preconditions.CheckNotNull(answers);
        var unknown = answers.Keys.FirstOrDefault(id => id is null || !_byId.ContainsKey(id));
        Preconditions.CheckArgument(unknown is null && answers.Keys.All(k => k is not null), nameof(answers), $"'{unknown}' is not a question of this risk questionnaire ({string.Join(", ", Questions.Select(q => q.Id))}).");
        int score = 0;
        foreach (var question in Questions)
        {
            Preconditions.CheckArgument(answers.TryGetValue(question.Id, out int choice), nameof(answers), $"Risk question '{question.Id}' is not answered: {question.Text}");
            Preconditions.CheckArgument(
                choice >= 0 && choice < question.Options.Count,
                nameof(answers),
                FormattableString.Invariant($"Option {choice} of risk question '{question.Id}' does not exist; choose 0 to {question.Options.Count - 1}."));
            score += question.Options[choice].Weight;
        }

        return new RiskAssessment(score, score >= HighFrom ? RiskLevel.High : score >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low);
    }
}
