using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Reviews;

/// <summary>The kit's aggregate laws on random management review histories.</summary>
[ScaledProperties(Arbitrary = [typeof(ManagementReviewArbitraries)], Cases = 2_000)]
public class ManagementReviewLaws : AggregateLawTests<ManagementReviewScenario, ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger, ManagementReviewEvent>
{
    protected override Arbitrary<ManagementReviewScenario> Generator => ManagementReviewArbitraries.Scenarios();

    protected override IReadOnlyList<ManagementReviewTrigger> NotCommands => [ManagementReviewTrigger.Plan];

    protected override void AssertInvariants(ManagementReview review)
    {
        if (review.State >= ManagementReviewState.InputsCollected)
        {
            Assert.Empty(review.MissingInputs);
            Assert.All(review.Inputs, i => Assert.True(i.Evidence is null != (i.NotApplicableReason is null)));
        }

        if (review.State >= ManagementReviewState.Held)
        {
            Assert.NotEmpty(review.Attendance!.TopManagement);
        }

        if (review.State >= ManagementReviewState.MinutesApproved)
        {
            Assert.NotEmpty(review.Decisions);
            Assert.True(ManagementReview.IsNextReviewInTime(review.Scheduled, review.NextReview!.Value));
            int approved = review.Events.ToList().FindIndex(e => e is ManagementReviewMinutesApproved);
            Assert.All(review.Events.Skip(approved + 1), e => Assert.Equal(ManagementReviewState.Closed, Assert.IsType<ManagementReviewStatusChanged>(e).To));
        }

        Assert.All(review.Actions, a => Assert.True(a.Due > review.Scheduled && !string.IsNullOrWhiteSpace(a.Owner)));
        Assert.Equal(Enum.GetValues<ReviewInputKind>().Length, review.Inputs.Count + review.MissingInputs.Count);
    }
}
