using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>Actors, instants and problems in given states for the example tests. Day 0 is Monday 2026-03-02 (UTC).</summary>
internal static class ProblemFixtures
{
    public static readonly Actor Pm = new("pm-1", "Problem Manager", [Roles.ProblemManager]);
    public static readonly Actor PmPo = new("pm-po", "Problem Manager and Process Owner", [Roles.ProblemManager, Roles.ProcessOwner]);
    public static readonly Actor Resolver = new("res-1", "Resolver", [Roles.Resolver]);
    public static readonly Actor Cm = new("cm-1", "Change Manager", [Roles.ChangeManager]);
    public static readonly Actor Po = new("po-1", "Process Owner", [Roles.ProcessOwner]);
    public static readonly Actor Desk = new("desk-1", "Service Desk", [Roles.ServiceDeskAgent]);

    public static readonly Id<Kinds.Service> Email = new("email");
    public static readonly Id<Kinds.ConfigurationItem> Mx01 = new("mx-01");

    public static Instant Day(int day, int hour = 9, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute) + Duration.FromDays(day);

    public static Id<Kinds.Incident> Inc(int n) => new("INC-" + n);

    public static Id<Kinds.KnownError> Ke(int n) => new("KE-" + n);

    public static Problem Logged(string id = "PRB-1", Actor? owner = null, ProblemSettings? settings = null, int day = 0, Priority priority = Priority.P3, string service = "email") =>
        Problem.Log(new Id<Kinds.Problem>(id), "Mail delivery fails", "Outbound mail queues on mx-01 several times a day", new Id<Kinds.Service>(service), [Mx01],
            priority, owner ?? Pm, settings ?? ProblemSettings.Default, Pm, Day(day));

    /// <summary>Logged on <paramref name="day"/> 09:00, one incident linked, assessed and in root cause analysis at 10:00.</summary>
    public static Problem InAnalysis(string id = "PRB-1", Actor? owner = null, ProblemSettings? settings = null, int day = 0, string service = "email")
    {
        var problem = Logged(id, owner, settings, day, service: service);
        problem.StartAssessment(Pm, Day(day, 9, 10));
        problem.LinkIncident(Desk, Day(day, 9, 20), Inc(1));
        problem.StartRootCauseAnalysis(Pm, Day(day, 10));
        return problem;
    }

    /// <summary>In analysis, then a known error identified on day + 1.</summary>
    public static (Problem Problem, KnownError KnownError) Identified(string? rootCause = "queue disk full", string? workaround = "flush the queue", string id = "PRB-1", int day = 0, Actor? owner = null)
    {
        var problem = InAnalysis(id, owner, day: day);
        var knownError = problem.IdentifyKnownError(Resolver, Day(day + 1), Ke(1), "Outbound mail stuck in queue", rootCause, workaround);
        return (problem, knownError);
    }

    /// <summary>Identified, the fix started on day + 2 and resolved on day 5 12:00 (observation until day 35 12:00).</summary>
    public static Problem Resolved(string id = "PRB-1", string? rootCause = "queue disk full")
    {
        var (problem, _) = Identified(rootCause, id: id);
        problem.StartFix(Cm, Day(2), new Id<Kinds.Change>("CHG-7"));
        problem.Resolve(Pm, Day(5, 12), "queue disk enlarged by CHG-7");
        return problem;
    }
}
