using System;
using System.Collections.Generic;
using System.Linq;

namespace Itsm.Sla;

/// <summary>
/// Thrown when an SLA target, policy or agreement breaks one or more definition rules. Lists every problem.
/// </summary>
public sealed class InvalidSlaDefinitionException : ArgumentException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="problems">Every problem found, each an invariant sentence naming the value and the rule; at least one.</param>
    public InvalidSlaDefinitionException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems)
    {
        Preconditions.CheckNotNull(problems);
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "An invalid definition has at least one problem.");
        return FormattableString.Invariant($"The SLA definition is not valid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
    }
}
