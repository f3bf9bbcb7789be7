using System.Collections.Generic;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes.Tests.Changes;

/// <summary>W = Mon-Fri 09:00-17:00 UTC; Monday is 2026-03-02. The board: cab-1, cab-2, cab-3 and the security officer
/// (sec, who holds a veto), quorum 3; the emergency board: cab-1 and ecab-2, quorum 1.</summary>
internal static class ChangeFixtures
{
    public static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    public static readonly Actor Requester = new("res-1", "Resolver One", [Roles.Resolver]);
    public static readonly Actor Manager = new("cm-1", "Change Manager", [Roles.ChangeManager]);
    public static readonly Actor OtherManager = new("cm-2", "Deputy Change Manager", [Roles.ChangeManager]);
    public static readonly Actor Implementer = new("impl-1", "Implementer", [Roles.Resolver]);
    public static readonly Actor Cab1 = new("cab-1", "Board Member One", [Roles.CabMember]);
    public static readonly Actor Cab2 = new("cab-2", "Board Member Two", [Roles.CabMember]);
    public static readonly Actor Cab3 = new("cab-3", "Board Member Three", [Roles.CabMember]);
    public static readonly Actor Security = new("sec", "Security Officer", [Roles.CabMember]);
    public static readonly Actor Ecab2 = new("ecab-2", "Emergency Board Member", [Roles.CabMember]);
    public static readonly Actor Outsider = new("out", "Not On The Board", [Roles.CabMember]);

    public static readonly ChangeSettings Settings = new(
        W,
        new CabRule(["cab-1", "cab-2", "cab-3", "sec"], Quorum.Count(3), vetoMembers: ["sec"]),
        new CabRule(["cab-1", "ecab-2"], Quorum.Count(1)));

    public static readonly ChangePlans SomePlans = new("apply the patch", "run the smoke tests", "restore the snapshot");

    /// <summary>Answers of the default questionnaire scoring 0 (low).</summary>
    public static readonly IReadOnlyDictionary<string, int> LowRisk = Answers(0, 0, 0, 0, 0, 0);

    /// <summary>Answers scoring 6 (medium): one critical service (2), a team (1), moderate (1), backout with effort (2).</summary>
    public static readonly IReadOnlyDictionary<string, int> MediumRisk = Answers(1, 1, 1, 0, 1, 0);

    public static Instant Mon(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);

    public static Instant Day(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2 + day, hour, minute);

    public static IReadOnlyDictionary<string, int> Answers(int services, int users, int complexity, int tested, int backout, int history) =>
        new Dictionary<string, int>
        {
            ["services"] = services,
            ["users"] = users,
            ["complexity"] = complexity,
            ["tested"] = tested,
            ["backout"] = backout,
            ["history"] = history,
        };

    public static ChangeAssessment AssessmentWith(IReadOnlyDictionary<string, int> answers) =>
        new(answers, "fewer mail outages", 1200m, "done twice in test", "mail down 10 minutes in the window");

    public static Change Requested(ChangeModel model = ChangeModel.Normal, string id = "CHG-1") =>
        Change.Request(new Id<Kinds.Change>(id), model, "Patch the mail relay", "CVE fix for the relay", [new Id<Kinds.Service>("email")], [new Id<Kinds.ConfigurationItem>("mx-01")], Settings, Requester, Mon(9));

    /// <summary>A normal (or emergency) change assessed with the answers, planned, and awaiting its authority.</summary>
    public static Change AwaitingAuthorization(IReadOnlyDictionary<string, int> answers, ChangeModel model = ChangeModel.Normal)
    {
        var change = Requested(model);
        change.Submit(Requester, Mon(9, 5));
        change.StartAssessment(Manager, Mon(9, 10));
        change.RecordAssessment(Requester, Mon(9, 20), AssessmentWith(answers));
        change.RecordPlans(Requester, Mon(9, 30), SomePlans, Implementer.Id);
        change.Plan(Manager, Mon(9, 40));
        change.RequestAuthorization(Manager, Mon(9, 50));
        return change;
    }

    /// <summary>A low-risk normal change authorised by the change manager.</summary>
    public static Change Authorized()
    {
        var change = AwaitingAuthorization(LowRisk);
        change.Authorize(Manager, Mon(10), "routine patch");
        return change;
    }

    public static Interval Window(int day, int fromHour, int toHour) => new(Day(day, fromHour), Day(day, toHour));
}
