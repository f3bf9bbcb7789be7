using System;
using System.Collections.Generic;
using FsCheck;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Json;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Improvements;

/// <summary>The service improvement plan: recorded, evaluated, authorised or declined, done with its measured effect.</summary>
public class ImprovementTests
{
    private static readonly Actor Representative = ImprovementScenario.Actors[0];
    private static readonly Actor Owner = ImprovementScenario.Actors[1];
    private static readonly Actor Top = ImprovementScenario.Actors[2];

    private static Instant At(int hours) => ImprovementScenario.Start + Duration.FromHours(hours);

    [Fact]
    public void AnImprovement_IsEvaluated_Authorised_AndDoneWithItsMeasuredEffect()
    {
        var improvement = ImprovementScenario.Record();
        Assert.Throws<InvalidTransitionException>(() => improvement.Authorise(Top, At(1), "po-1", new LocalDate(2026, 6, 1)));
        improvement.Evaluate(Owner, At(1), new ImprovementEvaluation("triage in seconds", 12_000m, ImprovementPriority.Medium));
        improvement.Evaluate(Owner, At(2), new ImprovementEvaluation("triage in seconds, fewer misroutes", 15_000m, ImprovementPriority.High));
        improvement.Authorise(Top, At(3), "po-1", new LocalDate(2026, 6, 1));
        Assert.Equal([improvement], new ImprovementPlanSpec().Evaluate([improvement]));
        improvement.Start(Owner, At(4));
        Assert.Throws<ArgumentException>(() => improvement.Complete(Owner, At(5), " "));
        improvement.Complete(Owner, At(5), "misroutes down from 14 % to 3 % over four weeks");

        Assert.Equal((ImprovementState.Done, ImprovementPriority.High, "top-1"), (improvement.State, improvement.Evaluation!.Priority, improvement.DecidedBy));
        Assert.Empty(new ImprovementPlanSpec().Evaluate([improvement]));
    }

    [Fact]
    public void ADeclinedImprovement_SaysWhy_AndAnUndecidedOneIsFound()
    {
        var declined = ImprovementScenario.Record();
        declined.Evaluate(Owner, At(1), new ImprovementEvaluation("b", 0m, ImprovementPriority.Low));
        Assert.Throws<ArgumentException>(() => declined.Decline(Top, At(2), ""));
        Assert.Throws<CommandNotAuthorizedException>(() => declined.Decline(Owner, At(2), "no"));
        declined.Decline(Representative, At(2), "the vendor's next release does it");
        var pending = ImprovementScenario.Record();
        pending.Evaluate(Owner, At(1), new ImprovementEvaluation("b", 1m, ImprovementPriority.Low));

        Assert.Equal([pending], new ImprovementsNotDecidedSpec(At(10)).Evaluate([declined, pending]));
        Assert.Empty(new ImprovementsNotDecidedSpec(ImprovementScenario.Start).Evaluate([declined, pending]));
    }

    [Fact]
    public void AnEvaluation_HasABenefit_ACostInRange_AndAPriority()
    {
        var improvement = ImprovementScenario.Record();
        Assert.Throws<ArgumentOutOfRangeException>(() => improvement.Evaluate(Owner, At(1), new ImprovementEvaluation("b", -1m, ImprovementPriority.Low)));
        Assert.Throws<ArgumentOutOfRangeException>(() => improvement.Evaluate(Owner, At(1), new ImprovementEvaluation("b", 1m, (ImprovementPriority)9)));
        Assert.Throws<ArgumentException>(() => improvement.Evaluate(Owner, At(1), new ImprovementEvaluation(" ", 1m, ImprovementPriority.Low)));
        Assert.Equal(1L, improvement.Version);
    }

    [Fact]
    public void AnImprovement_RoundTripsThroughJson_WithItsDecimalCost()
    {
        var improvement = ImprovementScenario.Record();
        improvement.Evaluate(Owner, At(1), new ImprovementEvaluation("b", 123456789012345.60m, ImprovementPriority.Low));
        string json = ItsmJson.Serialize(improvement, ImprovementScenario.JsonOptions);
        var loaded = ItsmJson.Deserialize<Improvement>(json, ImprovementScenario.JsonOptions);
        Assert.Equal(json, ItsmJson.Serialize(loaded, ImprovementScenario.JsonOptions));
        Assert.Equal(123456789012345.60m, loaded.Evaluation!.Cost);
    }
}

/// <summary>The kit's aggregate laws on random improvement histories.</summary>
[ScaledProperties(Arbitrary = [typeof(ImprovementArbitraries)], Cases = 2_000)]
public class ImprovementLaws : AggregateLawTests<ImprovementScenario, Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger, ImprovementEvent>
{
    protected override Arbitrary<ImprovementScenario> Generator => ImprovementArbitraries.Scenarios();

    protected override IReadOnlyList<ImprovementTrigger> NotCommands => [ImprovementTrigger.Record];

    protected override void AssertInvariants(Improvement improvement)
    {
        Assert.Equal(improvement.State != ImprovementState.Recorded, improvement.Evaluation is not null);
        Assert.Equal(improvement.State is ImprovementState.Authorised or ImprovementState.InProgress or ImprovementState.Done, improvement.Owner is not null);
        Assert.Equal(improvement.State == ImprovementState.Declined, improvement.DeclineReason is not null);
        Assert.Equal(improvement.State == ImprovementState.Done, improvement.MeasuredEffect is not null);
    }
}
