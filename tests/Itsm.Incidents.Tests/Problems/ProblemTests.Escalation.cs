using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>Escalating a problem, functionally to another owner or hierarchically up the management line.</summary>
public partial class ProblemTests
{
    private static readonly Actor Dba = new("dba-1", "Database Administrator", [Roles.Resolver]);

    [Fact]
    public void Escalate_Functionally_HandsTheProblemToAnotherOwner_KeepingTheLevel()
    {
        var problem = InAnalysis(owner: Pm);

        problem.Escalate(Resolver, Day(1), EscalationKind.Functional, "needs database access", Dba);

        Assert.Equal((Dba, 0, ProblemState.RootCauseAnalysis), (problem.Owner, problem.EscalationLevel, problem.State));
        var escalated = Assert.IsType<ProblemEscalated>(problem.Events[^1]);
        Assert.Equal((EscalationKind.Functional, Dba, "needs database access"), (escalated.Kind, escalated.ToOwner, escalated.Reason));
    }

    [Fact]
    public void Escalate_Hierarchically_RaisesTheLevelByOne_Each_Time()
    {
        var problem = InAnalysis(owner: Pm);

        problem.Escalate(Pm, Day(1), EscalationKind.Hierarchical, "no progress in a week");
        problem.Escalate(Pm, Day(2), EscalationKind.Hierarchical, "recurring on the payment service");

        Assert.Equal((2, Pm), (problem.EscalationLevel, problem.Owner));
        Assert.Equal(2, Assert.IsType<ProblemEscalated>(problem.Events[^1]).Level);
    }

    [Fact]
    public void Escalate_WithArgumentsThatDoNotFitTheKind_IsRefusedAndChangesNothing()
    {
        var problem = InAnalysis(owner: Pm);
        long version = problem.Version;

        var toSelf = Assert.Throws<ArgumentException>(() => problem.Escalate(Pm, Day(1), EscalationKind.Functional, "why", Pm));
        Assert.Contains("a functional escalation names an owner other than the current one", toSelf.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => problem.Escalate(Pm, Day(1), EscalationKind.Functional, "why"));
        var upToSomeone = Assert.Throws<ArgumentException>(() => problem.Escalate(Pm, Day(1), EscalationKind.Hierarchical, "why", Dba));
        Assert.Contains("not to an owner", upToSomeone.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => problem.Escalate(Pm, Day(1), (EscalationKind)7, "why"));
        Assert.Throws<ArgumentException>(() => problem.Escalate(Pm, Day(1), EscalationKind.Hierarchical, " "));

        Assert.Equal((version, Pm, 0), (problem.Version, problem.Owner, problem.EscalationLevel));
    }

    [Fact]
    public void Escalate_AResolvedProblem_IsRefused_AndTheDeskMayNotEscalate()
    {
        var resolved = Resolved();
        Assert.Throws<InvalidTransitionException>(() => resolved.Escalate(Pm, Day(6), EscalationKind.Hierarchical, "late"));

        var problem = InAnalysis(owner: Pm);
        Assert.Throws<CommandNotAuthorizedException>(() => problem.Escalate(Desk, Day(1), EscalationKind.Hierarchical, "customers complain"));
        Assert.Contains(problem.UnmetRules(ProblemTrigger.Escalate, Desk, Day(1)), r => r.Contains("Escalate needs one of the roles", StringComparison.Ordinal));
    }

    [Fact]
    public void Replay_RefusesAnEscalationWhoseLevelDoesNotFollow()
    {
        var problem = InAnalysis(owner: Pm);
        problem.Escalate(Pm, Day(1), EscalationKind.Hierarchical, "no progress");
        var escalated = (ProblemEscalated)problem.Events[^1];
        var events = problem.Events.Take(problem.Events.Count - 1).Append(escalated with { Level = 3 });

        var e = Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(events, ProblemSettings.Default));

        Assert.Contains("raises the level by one", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Problem.FromEvents(problem.Events, ProblemSettings.Default).EscalationLevel);
    }
}
