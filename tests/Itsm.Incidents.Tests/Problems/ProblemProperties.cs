using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The problem's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class ProblemProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants_AndAnIdentifiedKnownErrorIsDraftedFromTheProblem(ProblemScenario scenario)
    {
        var problem = scenario.Log();
        var at = ProblemScenario.Start;
        int identified = 0;
        foreach (var command in scenario.Commands)
        {
            at += command.After;
            KnownError? created;
            try
            {
                created = ProblemScenario.Apply(problem, command, at);
            }
            catch (System.Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                // That a refusal changes nothing is the kit's law (ProblemLaws); the history goes on.
                continue;
            }

            AssertInvariants(problem);
            if (command.Trigger == ProblemTrigger.IdentifyKnownError)
            {
                identified++;
                AssertCreatedFrom(problem, Assert.IsType<KnownError>(created));
            }
        }

        return true.ToProperty().Classify(identified > 0, "a known error was identified");
    }

    private static void AssertCreatedFrom(Problem problem, KnownError knownError)
    {
        var identified = Assert.IsType<ProblemKnownErrorIdentified>(problem.Events[^1]);
        Assert.Equal(KnownErrorState.Draft, knownError.State);
        Assert.Equal(1, knownError.Version);
        Assert.Equal(
            (identified.KnownErrorId, problem.Id, identified.Symptom, problem.RootCause, problem.Workaround, problem.Service, problem.LastCommandAt),
            (knownError.Id, knownError.Problem, knownError.Symptom, knownError.RootCause, knownError.Workaround, knownError.Service, knownError.DraftedAt));
        Assert.Equal(problem.ConfigurationItems, knownError.ConfigurationItems);
        Assert.Equal(problem.KnownErrorId, knownError.Id);
    }

    private static void AssertInvariants(Problem problem)
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
        Assert.Equal(problem.Events.Count, problem.Version);
        Assert.Equal(Enumerable.Range(1, problem.Events.Count).Select(i => (long)i), problem.Events.Select(e => e.Version));
        Assert.True(problem.Events.Zip(problem.Events.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Equal(problem.State == ProblemState.Resolved ? Instant.Max(problem.ObservationEndsAt!.Value, problem.LastCommandAt) : null, problem.NextDueAt(problem.LastCommandAt));
    }
}

/// <summary>The known error's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(ProblemArbitraries)], MaxTest = 10_000)]
public class KnownErrorProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(KnownErrorScenario scenario) => AggregateLaws.AcceptedCommandsKeepTheInvariants(scenario, AssertInvariants);

    private static void AssertInvariants(KnownError knownError)
    {
        Assert.True(System.Enum.IsDefined(knownError.State));
        Assert.False(string.IsNullOrWhiteSpace(knownError.Symptom));
        Assert.True(knownError.RootCause is not null || knownError.Workaround is not null);
        Assert.Equal(knownError.State is KnownErrorState.Published or KnownErrorState.Superseded || (knownError.State == KnownErrorState.Retired && knownError.PublishedAt is not null), knownError.PublishedAt is not null);
        Assert.True(knownError.PublishedAt is null || knownError.Workaround is not null);
        Assert.Equal(knownError.State == KnownErrorState.Retired, knownError.RetirementReason is not null);
        Assert.Equal(knownError.State == KnownErrorState.Superseded, knownError.SupersededBy is not null);
        Assert.NotEqual(knownError.Id, knownError.SupersededBy);
        Assert.Equal(knownError.Events.Count, knownError.Version);
    }
}
