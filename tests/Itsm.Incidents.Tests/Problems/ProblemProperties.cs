using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>The problem's own laws (the kit's are in ProblemLaws) over random command sequences from random actors.</summary>
[ScaledProperties(Arbitrary = [typeof(ProblemArbitraries)], Cases = 2_000)]
public class ProblemProperties
{
    [Property]
    public Property AnIdentifiedKnownErrorIsDraftedFromTheProblem(ProblemScenario scenario)
    {
        var problem = scenario.Log();
        var at = ProblemScenario.Start;
        int identified = 0;
        foreach (var command in scenario.Commands)
        {
            at += command.After;
            KnownError? created;
            try
            {
                created = ProblemScenario.Apply(problem, command, at);
            }
            catch (System.Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                // That a refusal changes nothing is the kit's law (ProblemLaws); the history goes on.
                continue;
            }

            if (command.Trigger == ProblemTrigger.IdentifyKnownError)
            {
                identified++;
                AssertCreatedFrom(problem, Assert.IsType<KnownError>(created));
            }
        }

        return true.ToProperty().Classify(identified > 0, "a known error was identified");
    }

    private static void AssertCreatedFrom(Problem problem, KnownError knownError)
    {
        var identified = Assert.IsType<ProblemKnownErrorIdentified>(problem.Events[^1]);
        Assert.Equal(KnownErrorState.Draft, knownError.State);
        Assert.Equal(1, knownError.Version);
        Assert.Equal(
            (identified.KnownErrorId, problem.Id, identified.Symptom, problem.RootCause, problem.Workaround, problem.Service, problem.LastCommandAt),
            (knownError.Id, knownError.Problem, knownError.Symptom, knownError.RootCause, knownError.Workaround, knownError.Service, knownError.DraftedAt));
        Assert.Equal(problem.ConfigurationItems, knownError.ConfigurationItems);
        Assert.Equal(problem.KnownErrorId, knownError.Id);
    }

}
