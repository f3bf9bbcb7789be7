// sample:changes-usings
using System.Collections.Generic;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The worked example of docs/changes.md, as one program; what its comments say is checked.</summary>
public class ChangesPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        // sample:changes-setup
        var fiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));   // Monday to Friday 09:00-18:00
        var requester = new Actor("res-1", "Resolver One", [Roles.Resolver]);
        var manager = new Actor("cm-1", "Change Manager", [Roles.ChangeManager]);
        var cab1 = new Actor("cab-1", "Board Member One", [Roles.CabMember]);
        var cab2 = new Actor("cab-2", "Board Member Two", [Roles.CabMember]);
        var cab3 = new Actor("cab-3", "Board Member Three", [Roles.CabMember]);
        Instant Monday(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);
        // end-sample

        // sample:changes-worked-example
        var settings = new ChangeSettings(
            fiveByNine,                                                                         // the change calendar
            new CabRule(["cab-1", "cab-2", "cab-3", "sec"], Quorum.Count(3), vetoMembers: ["sec"]), // the board
            new CabRule(["cab-1", "ecab-2"], Quorum.Count(1)));                                 // the emergency board

        var change = Change.Request(new Id<Kinds.Change>("CHG-1"), ChangeModel.Normal, "Patch the mail relay", "CVE fix for the relay",
            [new Id<Kinds.Service>("email")], [new Id<Kinds.ConfigurationItem>("mx-01")], settings, requester, Monday(9));
        change.Submit(requester, Monday(9, 5));
        change.StartAssessment(manager, Monday(9, 10));
        change.RecordAssessment(requester, Monday(9, 20), new ChangeAssessment(
            RiskAnswers: new Dictionary<string, int> { ["services"] = 1, ["users"] = 1, ["complexity"] = 1, ["tested"] = 0, ["backout"] = 1, ["history"] = 0 },
            Benefit: "closes a remote code execution hole", Cost: 1200m, Feasibility: "done twice in test", ServiceImpact: "mail down 10 minutes"));
        change.RecordPlans(requester, Monday(9, 30), new ChangePlans("apply the patch", "run the smoke tests", "restore the snapshot"), "impl-1");
        change.Plan(manager, Monday(9, 40));
        change.RequestAuthorization(manager, Monday(9, 50));       // risk 6 of 19: Medium, so the board decides
        change.Vote(cab1, Monday(10), CabVote.Approve);
        change.Vote(cab2, Monday(10, 1), CabVote.Approve);
        change.Vote(cab3, Monday(10, 2), CabVote.Reject, "prefer the vendor's build");
        bool authorized = change.Decide(manager, Monday(11), "two to one, no veto"); // computed from the votes: true
        change.Schedule(manager, Monday(11, 10), new Interval(Monday(18) + Duration.FromDays(1), Monday(20) + Duration.FromDays(1)), ChangeSchedule.Empty);
        // end-sample
        Assert.True(authorized);
        Assert.Equal((new RiskAssessment(6, RiskLevel.Medium), ChangeAuthority.Cab, ChangeState.Scheduled), (change.Risk, change.Authority, change.State));
    }
}
