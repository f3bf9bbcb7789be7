using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Json;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Audits.Tests.Reviews;

/// <summary>The management review: every input, top management present, outputs, the next review within a year, and
/// minutes that freeze the review.</summary>
public class ManagementReviewTests
{
    private static readonly Actor Representative = ManagementReviewScenario.Actors[0];
    private static readonly Actor Top = ManagementReviewScenario.Actors[1];
    private static readonly Actor Owner = ManagementReviewScenario.Actors[2];
    private static readonly LocalDate Day = ManagementReviewScenario.Scheduled;

    private static Instant At(int hours) => ManagementReviewScenario.Start + Duration.FromHours(hours);

    private static ManagementReview Collected()
    {
        var review = ManagementReviewScenario.Plan();
        foreach (var kind in Enum.GetValues<ReviewInputKind>().Where(k => k != ReviewInputKind.CustomerSatisfaction))
        {
            review.RecordInput(Owner, At(1), kind, $"report on {kind}");
        }

        review.DeclareNotApplicable(Representative, At(2), ReviewInputKind.CustomerSatisfaction, "the survey runs in the autumn; reviewed next time");
        review.CollectInputs(Representative, At(3));
        return review;
    }

    [Fact]
    public void AReview_GoesFromPlanToClosure_WithEveryInputDecisionsActionsAndTheNextReview()
    {
        var review = Collected();
        review.Hold(Representative, At(4), [Representative, Top, Owner]);
        review.RecordDecision(Top, At(5), "fund a second on-call engineer");
        int action = review.RecordAction(Representative, At(5), "recruit the engineer", "po-1", Day.PlusDays(90));
        review.ApproveMinutes(Top, At(6), Day.PlusYears(1));
        review.Close(Representative, At(7));

        Assert.Equal(ManagementReviewState.Closed, review.State);
        Assert.Equal(["top-1"], review.Attendance!.TopManagement);
        Assert.Equal(2, action);
        Assert.Equal(Day.PlusYears(1), review.NextReview);
        Assert.Equal("the survey runs in the autumn; reviewed next time", review.Inputs.Single(i => i.Kind == ReviewInputKind.CustomerSatisfaction).NotApplicableReason);
    }

    [Fact]
    public void InputsAreCollected_OnlyWhenEveryKindHasEvidenceOrAReason()
    {
        var review = ManagementReviewScenario.Plan();
        review.RecordInput(Owner, At(1), ReviewInputKind.AuditResults, "AUD-1 report");
        Assert.Contains(ManagementReviewLifecycle.EveryInput, Assert.Throws<InvalidTransitionException>(() => review.CollectInputs(Representative, At(2))).Message, StringComparison.Ordinal);
        Assert.Equal(9, review.MissingInputs.Count);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => review.RecordInput(Owner, At(2), ReviewInputKind.AuditResults, "again")).ParamName);
        Assert.Throws<ArgumentException>(() => review.DeclareNotApplicable(Owner, At(2), ReviewInputKind.ResourceAdequacy, " "));
        Assert.Throws<ArgumentException>(() => review.RecordInput(Owner, At(2), (ReviewInputKind)42, "x"));
    }

    [Fact]
    public void AReview_IsHeldOnlyWithTopManagementPresent()
    {
        var review = Collected();
        Assert.Contains(ManagementReviewLifecycle.TopManagementPresent, Assert.Throws<InvalidTransitionException>(() => review.Hold(Representative, At(4), [Representative, Owner])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => review.Hold(Representative, At(4), [Top, Top]));
        review.Hold(Representative, At(4), [Top]);
        Assert.Equal(ManagementReviewState.Held, review.State);
    }

    [Fact]
    public void TheMinutes_NeedADecision_AndTheNextReviewWithinAYear_ApprovedByTopManagement()
    {
        var review = Collected();
        review.Hold(Representative, At(4), [Representative, Top]);
        Assert.Contains(ManagementReviewLifecycle.SomeDecision, Assert.Throws<InvalidTransitionException>(() => review.ApproveMinutes(Top, At(5), Day.PlusMonths(6))).Message, StringComparison.Ordinal);
        review.RecordDecision(Top, At(5), "keep the current targets");
        Assert.Contains(ManagementReviewLifecycle.NextWithinAYear, Assert.Throws<InvalidTransitionException>(() => review.ApproveMinutes(Top, At(6), Day.PlusYears(1).PlusDays(1))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTransitionException>(() => review.ApproveMinutes(Top, At(6), Day));
        Assert.Throws<CommandNotAuthorizedException>(() => review.ApproveMinutes(Representative, At(6), Day.PlusMonths(6)));
        Assert.Throws<ArgumentException>(() => review.RecordAction(Representative, At(6), "x", "po-1", Day));
        review.ApproveMinutes(Top, At(6), Day.PlusMonths(6));

        Assert.Throws<InvalidTransitionException>(() => review.RecordDecision(Top, At(7), "one more"));
        Assert.Equal(ManagementReviewState.MinutesApproved, review.State);
    }

    [Fact]
    public void AReview_RoundTripsThroughJson()
    {
        var review = Collected();
        review.Hold(Representative, At(4), [Representative, Top]);
        review.RecordAction(Representative, At(5), "recruit", "po-1", Day.PlusDays(30));
        string json = ItsmJson.Serialize(review, ManagementReviewScenario.JsonOptions);
        Assert.Equal(json, ItsmJson.Serialize(ItsmJson.Deserialize<ManagementReview>(json, ManagementReviewScenario.JsonOptions), ManagementReviewScenario.JsonOptions));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<ManagementReview>(json));
    }
}
