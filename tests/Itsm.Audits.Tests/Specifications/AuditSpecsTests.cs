using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Audits.Tests.Specifications;

/// <summary>The compliance rules of 9.2 and 10.2, and the registers, in memory.</summary>
public class AuditSpecsTests
{
    private static readonly Actor Representative = AuditScenario.Actors[0];
    private static readonly Actor Lead = AuditScenario.Actors[1];
    private static readonly Instant T = AuditScenario.Start;

    [Fact]
    public void AnAuditStartedByAConflictedAuditor_IsFoundInAHistoryFromElsewhere_EvenWithAWaiverTheyApprovedThemselves()
    {
        var clean = AuditScenario.Schedule();
        clean.Prepare(Lead, T, AuditScenario.PlanOf(1), AuditScenario.Independence);
        clean.Start(Lead, T, AuditScenario.Independence);
        var plan = AuditScenario.PlanOf(4);
        var conflict = new IndependenceConflict("aud-2", AuditScenario.Changes, ConflictKind.Owns);
        var imported = Audit.FromEvents(
        [
            .. AuditScenario.Schedule().Events,
            new AuditWaiverApproved(T, AuditScenario.Actors[2], "aud-2", AuditScenario.Changes, "I am objective") { Version = 2 },
            new AuditPrepared(T, Lead, plan, [conflict]) { Version = 3 },
            new AuditStarted(T, Lead, [conflict]) { Version = 4 },
        ]);

        Assert.Equal([imported], new AuditsWithoutIndependenceSpec().Evaluate([clean, imported]));
        Assert.Equal([imported], new AuditScheduleSpec().Evaluate([imported]));
    }

    [Fact]
    public void ProcessesNotAuditedInAnEndedCycle_AreFound()
    {
        var programme = new AuditProgramme("2026", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), ["yearly"],
            [new ProgrammeProcess(AuditScenario.Incidents, ProcessImportance.High, PreviousResult.Conforming)], [], [], ["interviews"]);
        var report = programme.Coverage([new AuditCoverageFact(new Id<Kinds.Audit>("A1"), [AuditScenario.Incidents], new DateInterval(new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 3)), AuditState.Closed)], new LocalDate(2027, 1, 4));
        var overdue = Assert.Single(new ProcessesNotAuditedInTheCycleSpec().Evaluate(report.Entries));
        Assert.Equal(new LocalDate(2026, 7, 1), overdue.Cycle.Start);
    }

    [Fact]
    public void ANonconformityClosedBeforeItsWindow_OrWithAnOpenAction_IsFound()
    {
        var settings = NonconformityScenario.Settings;
        var mr = NonconformityScenario.Actors[0];
        var t = NonconformityScenario.Start;
        NonconformityEvent[] head =
        [
            .. NonconformityScenario.Report().Events,
            new NonconformityAccepted(t, mr) { Version = 2 },
            new NonconformityContained(t, mr, "fixed", null) { Version = 3 },
            new NonconformityAnalysed(t, mr, new NonconformityAnalysis("cause", false, "here")) { Version = 4 },
            new NonconformityPlanApproved(t, mr, [new PlannedAction(ActionType.Corrective, "fix the cause", "own-1", t + Duration.FromDays(3))]) { Version = 5 },
            new NonconformityStatusChanged(t, mr, NonconformityState.Implementing) { Version = 6 },
        ];
        var rushed = Nonconformity.FromEvents(
        [
            .. head,
            new NonconformityStatusChanged(t, mr, NonconformityState.ImplementationVerified) { Version = 7 },
            new NonconformityStatusChanged(t, mr, NonconformityState.EffectivenessCheck) { Version = 8 },
            new NonconformityEffectivenessRecorded(t, mr, true, "looks fine") { Version = 9 },
        ],
            settings);
        var open = Nonconformity.FromEvents(head, settings);

        Assert.Equal([rushed], new NonconformitiesClosedWithoutEffectivenessCheckSpec().Evaluate([rushed, open]));
        Assert.Equal([open], new OpenNonconformitiesSpec().Evaluate([rushed, open]));
        Assert.Empty(new OverdueActionsNotEscalatedSpec(t + Duration.FromDays(1)).Evaluate([open]));
        Assert.Equal([open], new OverdueActionsNotEscalatedSpec(t + Duration.FromDays(4)).Evaluate([open]));
        open.Advance(Actor.System, t + Duration.FromDays(4));
        Assert.Empty(new OverdueActionsNotEscalatedSpec(t + Duration.FromDays(4)).Evaluate([open]));
    }

    [Fact]
    public void AReviewHeldWithAnInputMissing_IsFoundInAHistoryFromElsewhere()
    {
        var top = ManagementReviewScenario.Actors[1];
        var imported = ManagementReview.FromEvents(
        [
            .. ManagementReviewScenario.Plan().Events,
            new ManagementReviewInputRecorded(T, top, ReviewInputKind.AuditResults, "AUD-1", null) { Version = 2 },
            new ManagementReviewStatusChanged(T, top, ManagementReviewState.InputsCollected) { Version = 3 },
        ]);

        Assert.Equal([imported], new ReviewsMissingAnInputKindSpec().Evaluate([ManagementReviewScenario.Plan(), imported]));
    }
}
