using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Actors;

namespace Itsm.Documents;

/// <summary>One step of a revision's approval: a role and how it takes part.</summary>
/// <param name="Role">The role an approver of this step holds.</param>
/// <param name="Kind">Required, optional or comments only.</param>
/// <param name="Purpose">What the step is for, such as "review" or "approval".</param>
public sealed record ApprovalStep(Role Role, ApproverKind Kind, string Purpose);

/// <summary>In which order a revision's approval steps decide.</summary>
public enum ApprovalOrder
{
    /// <summary>Required steps in the order listed: a required step's approval or request for changes waits until every
    /// required step before it is approved; optional and comments-only steps decide at any time. The source documents'
    /// order: reviewed, then approved.</summary>
    InOrder = 0,

    /// <summary>In any order.</summary>
    Parallel = 1,
}

/// <summary>
/// Which approval steps a revision needs, by the document's level and class codes. A rule for a class code wins over a
/// rule for the level, which wins over the default rule.
/// </summary>
/// <remarks>
/// <see cref="Default"/> follows the source documents: drafted by the owning department, reviewed by the management
/// representative, then approved by top management (<see cref="ApprovalOrder.InOrder"/>); technical documents (class code <c>TECH</c>) approved by the technical
/// lead instead. Immutable and thread-safe.
/// </remarks>
public sealed class ApprovalMatrix
{
    private readonly ImmutableDictionary<string, ImmutableArray<ApprovalStep>> _byClass;
    private readonly ImmutableDictionary<DocumentLevel, ImmutableArray<ApprovalStep>> _byLevel;
    private readonly ImmutableArray<ApprovalStep> _otherwise;

    private ApprovalMatrix(ImmutableDictionary<string, ImmutableArray<ApprovalStep>> byClass, ImmutableDictionary<DocumentLevel, ImmutableArray<ApprovalStep>> byLevel, ImmutableArray<ApprovalStep> otherwise, ApprovalOrder order)
    {
        _byClass = byClass;
        _byLevel = byLevel;
        _otherwise = otherwise;
        Order = order;
    }

    /// <summary>Gets the order in which the steps decide; <see cref="ApprovalOrder.InOrder"/> unless the builder was told
    /// <see cref="ApprovalMatrixBuilder.InParallel"/>.</summary>
    public ApprovalOrder Order { get; }

    /// <summary>Gets the technical lead role, who approves technical documents in <see cref="Default"/>.</summary>
    public static Role TechnicalLead { get; } = new("technical-lead");

    /// <summary>Gets the source documents' matrix: management representative review (required), top management approval
    /// (required); class <c>TECH</c>: management representative review, technical lead approval.</summary>
    public static ApprovalMatrix Default { get; } = Builder()
        .Otherwise(new ApprovalStep(Roles.ManagementRepresentative, ApproverKind.Required, "review"), new ApprovalStep(Roles.TopManagement, ApproverKind.Required, "approval"))
        .ForClass("TECH", new ApprovalStep(Roles.ManagementRepresentative, ApproverKind.Required, "review"), new ApprovalStep(TechnicalLead, ApproverKind.Required, "approval"))
        .Build();

    /// <summary>Starts an empty matrix.</summary>
    /// <returns>The builder.</returns>
    public static ApprovalMatrixBuilder Builder() => new();

    /// <summary>The steps a revision of a document needs.</summary>
    /// <param name="level">The document's level.</param>
    /// <param name="classCodes">The document's class codes, in order: the first with a rule decides.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classCodes"/> is null.</exception>
    public IReadOnlyList<ApprovalStep> StepsFor(DocumentLevel level, IEnumerable<string> classCodes)
    {
        foreach (var code in Preconditions.CheckNotNull(classCodes))
        {
            if (_byClass.TryGetValue(code, out var steps))
            {
                return steps;
            }
        }

        return _byLevel.TryGetValue(level, out var byLevel) ? byLevel : _otherwise;
    }

    /// <summary>Builds an <see cref="ApprovalMatrix"/>.</summary>
    /// <remarks>Mutable; not thread-safe.</remarks>
    public sealed class ApprovalMatrixBuilder
    {
        private readonly Dictionary<string, ImmutableArray<ApprovalStep>> _byClass = new(StringComparer.Ordinal);
        private readonly Dictionary<DocumentLevel, ImmutableArray<ApprovalStep>> _byLevel = [];
        private ImmutableArray<ApprovalStep>? _otherwise;
        private ApprovalOrder _order = ApprovalOrder.InOrder;

        internal ApprovalMatrixBuilder()
        {
        }

        /// <summary>Sets the steps of documents with a class code.</summary>
        /// <param name="classCode">The class code.</param>
        /// <param name="steps">The steps; at least one required.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">No step is required, or a step is malformed.</exception>
        public ApprovalMatrixBuilder ForClass(string classCode, params ApprovalStep[] steps)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(classCode)), nameof(classCode), "A class rule names a class code.");
            _byClass[classCode] = Checked(steps, "class " + classCode);
            return this;
        }

        /// <summary>Sets the steps of documents of a level.</summary>
        /// <param name="level">The level.</param>
        /// <param name="steps">The steps; at least one required.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">No step is required, or a step is malformed.</exception>
        public ApprovalMatrixBuilder ForLevel(DocumentLevel level, params ApprovalStep[] steps)
        {
            Preconditions.CheckArgument(Enum.IsDefined(level) && level != DocumentLevel.None, nameof(level), $"{level} is not a document level.");
            _byLevel[level] = Checked(steps, "level " + level);
            return this;
        }

        /// <summary>Sets the steps of every other document.</summary>
        /// <param name="steps">The steps; at least one required.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">No step is required, or a step is malformed.</exception>
        public ApprovalMatrixBuilder Otherwise(params ApprovalStep[] steps)
        {
            _otherwise = Checked(steps, "the default rule");
            return this;
        }

        /// <summary>Lets every rule's steps decide in any order (by default a step waits for the required steps before it).</summary>
        /// <returns>This builder.</returns>
        public ApprovalMatrixBuilder InParallel()
        {
            _order = ApprovalOrder.Parallel;
            return this;
        }

        /// <summary>Builds the matrix.</summary>
        /// <returns>The matrix.</returns>
        /// <exception cref="InvalidOperationException">No default rule was set (<see cref="Otherwise"/>).</exception>
        public ApprovalMatrix Build() =>
            new(
                _byClass.ToImmutableDictionary(StringComparer.Ordinal),
                _byLevel.ToImmutableDictionary(),
                _otherwise ?? throw new InvalidOperationException("An approval matrix needs a default rule (Otherwise) for documents no other rule matches."),
                _order);

        private static ImmutableArray<ApprovalStep> Checked(ApprovalStep[] steps, string rule)
        {
            Preconditions.CheckNotNull(steps);
            Preconditions.CheckArgument(steps.All(s => s is not null && s.Role != default && Enum.IsDefined(s.Kind) && !string.IsNullOrWhiteSpace(s.Purpose)), nameof(steps), $"Every step of {rule} names a role, a kind and a purpose.");
            Preconditions.CheckArgument(steps.Any(s => s.Kind == ApproverKind.Required), nameof(steps), $"The steps of {rule} include at least one required approver.");
            return [.. steps];
        }
    }
}
