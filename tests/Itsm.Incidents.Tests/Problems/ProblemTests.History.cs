using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.Problems;

/// <summary>Rebuilding from events, and histories that describe impossible problems.</summary>
public partial class ProblemTests
{
    [Fact]
    public void FromEvents_RebuildsTheSameProblem()
    {
        var problem = Resolved();
        problem.Advance(Actor.System, Day(40));

        var rebuilt = Problem.FromEvents(problem.Events, ProblemSettings.Default);

        Assert.Equal(ProblemScenario.Fingerprint(problem), ProblemScenario.Fingerprint(rebuilt));
        Assert.Empty(rebuilt.UncommittedEvents);
    }

    [Fact]
    public void FromEvents_RefusesAnEmptyHistory_AndOneWithoutItsLogging()
    {
        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents([], ProblemSettings.Default));
        var events = Resolved().Events.Skip(1).Select((e, i) => e with { Version = i + 1 });
        Assert.Contains("starts with its logging", Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(events, ProblemSettings.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesATransitionTheLifecycleDoesNotAllow()
    {
        var events = Logged().Events.Append(new ProblemFixStarted(Day(1), Cm, new Id<Kinds.Change>("CHG-1")) { Version = 2 });

        var refused = Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(events, ProblemSettings.Default));

        Assert.Equal("the lifecycle does not allow StartFix while New", refused.Rule);
    }

    [Fact]
    public void FromEvents_RechecksTheGuardsThatDependOnTheRecord()
    {
        var noEvidence = Logged().Events.Concat<ProblemEvent>(
        [
            new ProblemAssessmentStarted(Day(1), Pm) { Version = 2 },
            new ProblemRootCauseAnalysisStarted(Day(1), Pm) { Version = 3 },
        ]);
        Assert.Equal(ProblemLifecycle.HasEvidence, Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(noEvidence, ProblemSettings.Default)).Rule);

        var closedEarly = Resolved().Events.Append(new ProblemClosed(Day(6), Actor.System) { Version = 8 });
        Assert.Equal(ProblemLifecycle.ObservationPassed, Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(closedEarly, ProblemSettings.Default)).Rule);

        var acceptedUnproposed = InAnalysis().Events.Append(new ProblemRiskAccepted(Day(2), Po) { Version = 5 });
        Assert.Equal(ProblemLifecycle.ProposalPending, Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(acceptedUnproposed, ProblemSettings.Default)).Rule);
    }

    [Fact]
    public void FromEvents_RefusesEventsThatBreakTheirContentRules()
    {
        IEnumerable<ProblemEvent> With(ProblemEvent last) => InAnalysis().Events.Append(last with { Version = 5 });

        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(With(new ProblemKnownErrorIdentified(Day(1), Resolver, Ke(1), "stuck", null, null)), ProblemSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(With(new ProblemIncidentLinked(Day(1), Desk, Inc(1))), ProblemSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(With(new ProblemMarkedDuplicate(Day(1), Pm, new Id<Kinds.Problem>("PRB-1"))), ProblemSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(With(new ProblemCancelled(Day(1), Pm, " ")), ProblemSettings.Default));
        Assert.Throws<InvalidHistoryException>(() => Problem.FromEvents(With(new ProblemCancelled(Day(0, 8), Pm, "earlier than the last event")), ProblemSettings.Default));
    }

    [Fact]
    public void FromEvents_KeepsTheObservationEndOfTheResolution_WhateverTheSettingsNow()
    {
        var problem = Resolved();

        var rebuilt = Problem.FromEvents(problem.Events, ProblemSettings.Default with { ObservationPeriod = Duration.FromDays(1) });

        Assert.Equal(Day(35, 12), rebuilt.ObservationEndsAt);
    }
}
