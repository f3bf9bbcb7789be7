// sample:problems-usings
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Incidents;
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/problems.md, in the page's order, as one program; what their comments say is checked.</summary>
public class ProblemsPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        // sample:problems-setup
        var problemManager = new Actor("pm", "Problem Manager", [Roles.ProblemManager]);
        var serviceDesk = new Actor("desk", "Service Desk", [Roles.ServiceDeskAgent]);
        var resolver = new Actor("res", "Resolver", [Roles.Resolver]);
        var changeManager = new Actor("cm", "Change Manager", [Roles.ChangeManager]);
        var now = Instant.FromUtc(2026, 3, 2, 9, 0);
        // end-sample

        // sample:problems-lifecycle
        var settings = ProblemSettings.Default;                // 30 days of observation, the default role policies
        var problem = Problem.Log(
            new Id<Kinds.Problem>("PRB-1"), "Mail delivery fails", "Outbound mail queues on mx-01 several times a day",
            new Id<Kinds.Service>("email"), [new Id<Kinds.ConfigurationItem>("mx-01")], Priority.P3,
            owner: problemManager, settings, by: problemManager, at: now);

        problem.StartAssessment(problemManager, now);
        problem.LinkIncident(serviceDesk, now, new Id<Kinds.Incident>("INC-1"));
        problem.StartRootCauseAnalysis(problemManager, now);     // needs a linked incident or a trend justification

        KnownError knownError = problem.IdentifyKnownError(
            resolver, now, new Id<Kinds.KnownError>("KE-1"),
            symptom: "Outbound mail stuck in queue", rootCause: "queue disk full", workaround: "flush the queue");
        knownError.Publish(problemManager, now);                   // incidents may now apply the workaround

        problem.StartFix(changeManager, now, new Id<Kinds.Change>("CHG-7"));
        problem.Resolve(problemManager, now, "queue disk enlarged by CHG-7");

        // 30 days later, without a recurrence:
        problem.Advance(Actor.System, problem.NextDueAt(now)!.Value);   // Closed
        // end-sample
        Assert.Equal(ProblemState.Closed, problem.State);
        Assert.Equal(now + Duration.FromDays(30), problem.ClosedAt);
        Assert.True(knownError.IsPublished);

        // sample:problems-json
        var options = new ItsmJsonOptions { Modules = [new IncidentsJsonModule { Problems = settings }] };
        string json = ItsmJson.Serialize(problem, options);
        Problem again = ItsmJson.Deserialize<Problem>(json, options);
        KnownError knownErrorAgain = ItsmJson.Deserialize<KnownError>(ItsmJson.Serialize(knownError, options), options);
        // end-sample
        Assert.Equal(json, ItsmJson.Serialize(again, options));
        Assert.Equal(ProblemState.Closed, again.State);
        Assert.True(knownErrorAgain.IsPublished);
    }
}
