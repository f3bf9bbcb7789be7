using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Specifications;

public class ProblemSpecsTests
{
    [Fact]
    public void ProblemsWithoutRootCause_AreOpenProblemsLoggedMoreThanTheAgeAgoWithoutARootCause()
    {
        var old = InAnalysis("PRB-old", day: 0);
        var recent = InAnalysis("PRB-recent", day: 25);
        var workaroundOnly = Problems.ProblemFixtures.Identified(rootCause: null, id: "PRB-workaround").Problem;
        var withCause = Problems.ProblemFixtures.Identified(id: "PRB-cause").Problem;
        var cancelled = Logged("PRB-cancelled");
        cancelled.Cancel(Pm, Day(1), "logged twice");
        var problems = new[] { recent, withCause, cancelled, workaroundOnly, old };

        var overdue = new ProblemsWithoutRootCauseSpec(Day(31), Duration.FromDays(30)).Evaluate(problems).Select(p => p.Id.Value);

        Assert.Equal(["PRB-old", "PRB-workaround"], overdue);
        Assert.Empty(new ProblemsWithoutRootCauseSpec(Day(30), Duration.FromDays(30)).Evaluate(problems));
        Assert.True(new ProblemsWithoutRootCauseSpec(Day(31), Duration.Zero).IsSatisfiedBy(recent));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProblemsWithoutRootCauseSpec(Day(31), Duration.FromDays(-1)));
    }

    [Fact]
    public void ProblemsWithoutRootCause_CountsAReanalysedProblemAgain()
    {
        var (problem, _) = Problems.ProblemFixtures.Identified();
        var spec = new ProblemsWithoutRootCauseSpec(Day(40), Duration.FromDays(30));
        Assert.False(spec.IsSatisfiedBy(problem));

        problem.Reanalyse(Pm, Day(39), "the cause was wrong");

        Assert.True(spec.IsSatisfiedBy(problem));
    }

    [Fact]
    public void OpenProblems_MostUrgentFirstThenOldest()
    {
        var p3Old = Logged("PRB-p3-old", day: 0, priority: Priority.P3);
        var p1 = Logged("PRB-p1", day: 2, priority: Priority.P1);
        var p3New = Logged("PRB-p3-new", day: 1, priority: Priority.P3);
        var done = Logged("PRB-done", priority: Priority.P1);
        done.Cancel(Pm, Day(1), "not a problem");
        var problems = new[] { p3New, done, p1, p3Old };

        Assert.Equal(["PRB-p1", "PRB-p3-old", "PRB-p3-new"], new OpenProblemsSpec().Evaluate(problems).Select(p => p.Id.Value));
        Assert.Equal(["PRB-p3-old", "PRB-p3-new"], new OpenProblemsSpec(Priority.P3).Evaluate(problems).Select(p => p.Id.Value));
    }

    [Fact]
    public void ProblemsForService_SelectsOneService()
    {
        var mail = Logged("PRB-mail");
        var web = Logged("PRB-web", service: "web");

        Assert.Equal([web], new ProblemsForServiceSpec(new Id<Kinds.Service>("web")).Evaluate([mail, web]));
        Assert.Throws<ArgumentException>(() => new ProblemsForServiceSpec(default));
    }

    [Fact]
    public void Compliance_ClosedProblemsHaveARootCause()
    {
        var withCause = Resolved("PRB-cause");
        withCause.Advance(Actor.System, Day(40));
        var workaroundOnly = Resolved("PRB-workaround", rootCause: null);
        workaroundOnly.Advance(Actor.System, Day(40));
        var spec = new ClosedProblemsWithoutRootCauseSpec();

        Assert.Equal([workaroundOnly], spec.Evaluate([withCause, workaroundOnly]));

        var lateCause = Resolved("PRB-late", rootCause: null);
        lateCause.RecordRootCause(Resolver, Day(20), "queue disk full");
        lateCause.Advance(Actor.System, Day(40));
        Assert.False(spec.IsSatisfiedBy(lateCause));
    }

    [Fact]
    public void Compliance_FixedProblemsNameTheirChange()
    {
        var resolved = Resolved();

        Assert.Equal(new Id<Kinds.Change>("CHG-7"), resolved.Change);
        Assert.False(new FixedProblemsWithoutChangeSpec().IsSatisfiedBy(resolved));
        Assert.Empty(new FixedProblemsWithoutChangeSpec().Evaluate([resolved, InAnalysis("PRB-2")]));
    }

    [Fact]
    public void Compliance_RiskAcceptancesHaveAnIndependentApproverAndARationale()
    {
        var independent = InAnalysis("PRB-independent");
        independent.ProposeRiskAcceptance(Pm, Day(1), "not worth fixing");
        independent.AcceptRisk(Po, Day(2));

        // A host that removed the segregation rule lets the proposer approve: the compliance rule still catches it.
        var settings = ProblemSettings.Default with { Roles = ProblemRoles.Default.ToBuilder().WithoutSegregation(ProblemTrigger.AcceptRisk).Build() };
        var selfApproved = InAnalysis("PRB-self", settings: settings);
        selfApproved.ProposeRiskAcceptance(PmPo, Day(1), "not worth fixing");
        selfApproved.AcceptRisk(PmPo, Day(2));

        var ownerApproved = InAnalysis("PRB-owner", owner: Po, settings: settings);
        ownerApproved.ProposeRiskAcceptance(Pm, Day(1), "not worth fixing");
        ownerApproved.AcceptRisk(Po, Day(2));

        Assert.Equal([selfApproved, ownerApproved], new RiskAcceptancesWithoutIndependentApprovalSpec().Evaluate([independent, selfApproved, ownerApproved, InAnalysis("PRB-open")]));
    }
}
