using System.Collections.Generic;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The worked example at the top of docs/changes.md, as written there.</summary>
public class ChangeDocsSampleTests
{
    [Fact]
    public void TheWorkedExample_IsAuthorisedByTheBoard_AndScheduled()
    {
        var calendar = W;
        var (requester, manager, cab1, cab2, cab3) = (Requester, Manager, Cab1, Cab2, Cab3);
        Instant monday0900 = Mon(9), monday0905 = Mon(9, 5), monday0910 = Mon(9, 10), monday0920 = Mon(9, 20), monday0930 = Mon(9, 30),
            monday0940 = Mon(9, 40), monday0950 = Mon(9, 50), monday1000 = Mon(10), monday1001 = Mon(10, 1), monday1002 = Mon(10, 2),
            monday1100 = Mon(11), monday1110 = Mon(11, 10), tuesday1800 = Day(1, 18), tuesday2000 = Day(1, 20);

        var settings = new ChangeSettings(
            calendar,                                                                           // the change calendar
            new CabRule(["cab-1", "cab-2", "cab-3", "sec"], Quorum.Count(3), vetoMembers: ["sec"]), // the board
            new CabRule(["cab-1", "ecab-2"], Quorum.Count(1)));                                 // the emergency board

        var change = Change.Request(new Id<Kinds.Change>("CHG-1"), ChangeModel.Normal, "Patch the mail relay", "CVE fix for the relay",
            [new Id<Kinds.Service>("email")], [new Id<Kinds.ConfigurationItem>("mx-01")], settings, requester, monday0900);
        change.Submit(requester, monday0905);
        change.StartAssessment(manager, monday0910);
        change.RecordAssessment(requester, monday0920, new ChangeAssessment(
            RiskAnswers: new Dictionary<string, int> { ["services"] = 1, ["users"] = 1, ["complexity"] = 1, ["tested"] = 0, ["backout"] = 1, ["history"] = 0 },
            Benefit: "closes a remote code execution hole", Cost: 1200m, Feasibility: "done twice in test", ServiceImpact: "mail down 10 minutes"));
        change.RecordPlans(requester, monday0930, new ChangePlans("apply the patch", "run the smoke tests", "restore the snapshot"), "impl-1");
        change.Plan(manager, monday0940);
        change.RequestAuthorization(manager, monday0950);       // risk 6 of 19: Medium, so the board decides
        change.Vote(cab1, monday1000, CabVote.Approve);
        change.Vote(cab2, monday1001, CabVote.Approve);
        change.Vote(cab3, monday1002, CabVote.Reject, "prefer the vendor's build");
        bool authorized = change.Decide(manager, monday1100, "two to one, no veto"); // computed from the votes: true
        change.Schedule(manager, monday1110, new Interval(tuesday1800, tuesday2000), ChangeSchedule.Empty);

        Assert.True(authorized);
        Assert.Equal((new RiskAssessment(6, RiskLevel.Medium), ChangeAuthority.Cab, ChangeState.Scheduled), (change.Risk, change.Authority, change.State));
    }
}
