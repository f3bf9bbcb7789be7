using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The kit's aggregate laws on random problem histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(ProblemArbitraries)], Cases = 2_000)]
public class ProblemLaws : AggregateLawTests<ProblemScenario, Problem, HistoryStep<ProblemTrigger>, ProblemTrigger, ProblemEvent>
{
    protected override Arbitrary<ProblemScenario> Generator => ProblemArbitraries.Scenarios();

    protected override IReadOnlyList<ProblemTrigger> NotCommands => [ProblemTrigger.Log, ProblemTrigger.Close];

    protected override void AssertInvariants(Problem problem)
    {
        var state = problem.State;
        Assert.True(System.Enum.IsDefined(state));
        bool identified = state is ProblemState.KnownErrorIdentified or ProblemState.FixInProgress or ProblemState.Resolved or ProblemState.Closed;
        Assert.Equal(identified || (state == ProblemState.RiskAccepted && problem.KnownErrorId is not null), problem.KnownErrorId is not null);
        if (identified)
        {
            Assert.True(problem.RootCause is not null || problem.Workaround is not null);
            Assert.Contains(problem.KnownErrorId!.Value, problem.KnownErrors);
        }

        if (state is ProblemState.RootCauseAnalysis or ProblemState.KnownErrorIdentified or ProblemState.FixInProgress or ProblemState.Resolved or ProblemState.Closed)
        {
            Assert.True(problem.LinkedIncidents.Count > 0 || problem.TrendJustification is not null);
        }

        Assert.Equal(state is ProblemState.FixInProgress or ProblemState.Resolved or ProblemState.Closed, problem.Change is not null);
        Assert.Equal(state is ProblemState.Resolved or ProblemState.Closed, problem.ResolvedAt is not null);
        Assert.Equal(problem.ResolvedAt is not null, problem.ObservationEndsAt is not null && problem.ResolutionNotes is not null);
        Assert.Equal(state == ProblemState.Closed, problem.ClosedAt is not null);
        if (problem.ClosedAt is { } closed)
        {
            Assert.True(closed >= problem.ObservationEndsAt);
        }

        Assert.Equal(problem.RootCause is not null, problem.RootCauseRecordedAt is not null);
        Assert.Equal(state == ProblemState.Duplicate, problem.DuplicateOf is not null);
        Assert.NotEqual(problem.Id, problem.DuplicateOf);
        Assert.Equal(state == ProblemState.Cancelled, problem.CancellationReason is not null);

        // Risk acceptance: approved exactly when risk-accepted, by an independent approver on a rationale; a pending
        // proposal only while acceptance is still possible.
        var risk = problem.RiskAcceptance;
        Assert.Equal(state == ProblemState.RiskAccepted, risk is { IsApproved: true });
        if (risk is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(risk.Rationale));
            Assert.True(risk.IsApproved || state is ProblemState.Assessing or ProblemState.RootCauseAnalysis or ProblemState.KnownErrorIdentified);
        }

        if (risk is { ApprovedBy: { } approver })
        {
            Assert.NotEqual(problem.Owner, approver);
            Assert.NotEqual(risk.ProposedBy, approver);
            Assert.True(approver.HasRole(Core.Actors.Roles.ProcessOwner));
        }

        Assert.Equal(problem.LinkedIncidents.Count, problem.LinkedIncidents.Distinct().Count());
        Assert.All(problem.Recurrences, r => Assert.Contains(r, problem.LinkedIncidents));
        Assert.Equal(problem.KnownErrors.Count, problem.KnownErrors.Distinct().Count());
        Assert.Equal(problem.State == ProblemState.Resolved ? Instant.Max(problem.ObservationEndsAt!.Value, problem.LastCommandAt) : null, problem.NextDueAt(problem.LastCommandAt));
    }
}
