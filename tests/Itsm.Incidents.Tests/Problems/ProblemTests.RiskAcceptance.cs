using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>Risk acceptance: proposed with a rationale, accepted or declined by an independent approver.</summary>
public partial class ProblemTests
{
    [Fact]
    public void AcceptRisk_ByAnIndependentApprover_EndsTheProblem_WithApproverAndRationaleOnRecord()
    {
        var problem = InAnalysis();
        problem.ProposeRiskAcceptance(Pm, Day(1), "legacy relay retires in June; fixing costs more than the outages");

        problem.AcceptRisk(Po, Day(2));

        Assert.Equal(ProblemState.RiskAccepted, problem.State);
        Assert.False(problem.IsOpen);
        Assert.Equal(
            new RiskAcceptance("legacy relay retires in June; fixing costs more than the outages", Pm, Day(1), Po, Day(2)),
            problem.RiskAcceptance);
        Assert.Equal(Po, Assert.IsType<ProblemRiskAccepted>(problem.Events[^1]).Actor);
    }

    [Fact]
    public void AcceptRisk_ByTheActorWhoProposedIt_IsRefusedBySegregationOfDuties()
    {
        var problem = InAnalysis();
        problem.ProposeRiskAcceptance(PmPo, Day(1), "not worth fixing");

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => problem.AcceptRisk(PmPo, Day(2)));

        Assert.Equal([ProblemRoles.IndependentRiskApproval], refused.Rules);
        Assert.Equal("the approver of a risk acceptance is neither the problem's owner nor the actor who proposed it", refused.Rules[0]);
        Assert.Equal(ProblemState.RootCauseAnalysis, problem.State);
        Assert.False(problem.RiskAcceptance!.IsApproved);
    }

    [Fact]
    public void AcceptRisk_ByTheProblemsOwner_IsRefusedBySegregationOfDuties()
    {
        var problem = InAnalysis(owner: Po);
        problem.ProposeRiskAcceptance(Pm, Day(1), "not worth fixing");

        Assert.Contains(ProblemRoles.IndependentRiskApproval, Assert.Throws<CommandNotAuthorizedException>(() => problem.AcceptRisk(Po, Day(2))).Rules);
        problem.AcceptRisk(PmPo, Day(2));
        Assert.Equal(ProblemState.RiskAccepted, problem.State);
    }

    [Fact]
    public void AcceptRisk_WithoutAProposal_IsRefused()
    {
        var problem = InAnalysis();

        var refused = Assert.Throws<InvalidTransitionException>(() => problem.AcceptRisk(Po, Day(2)));

        Assert.Equal("a risk is accepted or declined only after its acceptance was proposed", refused.Rule);
    }

    [Fact]
    public void AcceptRisk_NeedsAnApproverRole()
    {
        var problem = InAnalysis();
        problem.ProposeRiskAcceptance(PmPo, Day(1), "not worth fixing");

        var refused = Assert.Throws<CommandNotAuthorizedException>(() => problem.AcceptRisk(Pm, Day(2)));

        Assert.Equal([Roles.ProcessOwner, Roles.ManagementRepresentative, Roles.TopManagement], refused.RequiredRoles);
    }

    [Fact]
    public void ProposeRiskAcceptance_NeedsARationale_AndAnOpenProblemNotYetBeingFixed()
    {
        var problem = Logged();
        Assert.Throws<InvalidTransitionException>(() => problem.ProposeRiskAcceptance(Pm, Day(1), "not worth fixing"));
        problem.StartAssessment(Pm, Day(1));
        Assert.Throws<ArgumentException>(() => problem.ProposeRiskAcceptance(Pm, Day(1), " "));

        var fixing = Identified().Problem;
        fixing.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7"));
        Assert.Throws<InvalidTransitionException>(() => fixing.ProposeRiskAcceptance(Pm, Day(3), "not worth fixing"));
    }

    [Fact]
    public void DeclineRiskAcceptance_ClearsTheProposal_SoTheFixMayStart()
    {
        var (problem, _) = Identified();
        problem.ProposeRiskAcceptance(Pm, Day(2), "not worth fixing");
        var blocked = Assert.Throws<InvalidTransitionException>(() => problem.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7")));
        Assert.Equal("a proposed risk acceptance is accepted or declined before a fix starts", blocked.Rule);

        problem.DeclineRiskAcceptance(Po, Day(3), "customers complain weekly");
        problem.StartFix(Cm, Day(3), new Id<Kinds.Change>("CHG-7"));

        Assert.Null(problem.RiskAcceptance);
        Assert.Equal(ProblemState.FixInProgress, problem.State);
        Assert.Throws<InvalidTransitionException>(() => Identified().Problem.DeclineRiskAcceptance(Po, Day(3), "nothing proposed"));
    }

    [Fact]
    public void ProposeRiskAcceptance_Again_ReplacesThePendingProposal()
    {
        var problem = InAnalysis();
        problem.ProposeRiskAcceptance(PmPo, Day(1), "first thought");
        problem.ProposeRiskAcceptance(Pm, Day(2), "second thought");

        Assert.Equal(("second thought", Pm), (problem.RiskAcceptance!.Rationale, problem.RiskAcceptance.ProposedBy));
        problem.AcceptRisk(PmPo, Day(3));
        Assert.Equal(ProblemState.RiskAccepted, problem.State);
    }

    [Fact]
    public void AcceptRisk_UnderAHostPolicyWithoutSegregation_LetsTheProposerApprove()
    {
        var settings = ProblemSettings.Default with { Roles = ProblemRoles.Default.ToBuilder().WithoutSegregation(ProblemTrigger.AcceptRisk).Build() };
        var problem = InAnalysis(settings: settings);
        problem.ProposeRiskAcceptance(PmPo, Day(1), "not worth fixing");

        problem.AcceptRisk(PmPo, Day(2));

        Assert.Equal(ProblemState.RiskAccepted, problem.State);
    }
}
