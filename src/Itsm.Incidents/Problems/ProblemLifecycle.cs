using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of a problem, top to bottom as the lifecycle diagram:
/// New -StartAssessment-> Assessing -StartRootCauseAnalysis-> RootCauseAnalysis (with a linked incident or a trend
/// justification) -IdentifyKnownError-> KnownErrorIdentified -StartFix-> FixInProgress -Resolve-> Resolved -Close->
/// Closed once the observation period has passed; Resolved -RecordRecurrence-> RootCauseAnalysis within the observation
/// period; KnownErrorIdentified, FixInProgress or Resolved -Reanalyse-> RootCauseAnalysis; New, Assessing or
/// RootCauseAnalysis -MarkDuplicate-> Duplicate and -Cancel-> Cancelled; Assessing, RootCauseAnalysis or
/// KnownErrorIdentified -AcceptRisk-> RiskAccepted on a proposed risk acceptance. Linking incidents, recording a trend
/// justification or a late root cause, escalating an unresolved problem and proposing or declining a risk acceptance
/// keep the state.
/// </summary>
internal sealed class ProblemLifecycle : Lifecycle<Problem, ProblemState, ProblemTrigger, Command<ProblemTrigger>>
{
    public const string HasEvidence = "root cause analysis starts only with at least one linked incident or a recorded trend justification";
    public const string RootCauseOnce = "a root cause is recorded once per analysis; reanalyse the problem to change it";
    public const string RiskDecidedBeforeFix = "a proposed risk acceptance is accepted or declined before a fix starts";
    public const string ObservationPassed = "a problem closes only when its observation period has passed without recurrence";
    public const string WithinObservation = "a recurrence is recorded only within the observation period after the resolution";
    public const string ProposalPending = "a risk is accepted or declined only after its acceptance was proposed";

    /// <summary>Initializes the table; logging creates a problem.</summary>
    public ProblemLifecycle()
        : base(creation: ProblemTrigger.Log)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static ProblemLifecycle Instance => ForThread<ProblemLifecycle>();

    protected override void Configure(StateMachine<ProblemState, ProblemTrigger> machine)
    {
        // Evidence can be added while the problem is being analysed.
        StateMachine<ProblemState, ProblemTrigger>.StateConfiguration Analysing(StateMachine<ProblemState, ProblemTrigger>.StateConfiguration state) =>
            state.PermitReentry(ProblemTrigger.LinkIncident).PermitReentry(ProblemTrigger.RecordTrendJustification).PermitReentry(ProblemTrigger.Escalate);

        // Instead of a fix, the risk may be accepted: proposed by one actor, accepted or declined by another.
        StateMachine<ProblemState, ProblemTrigger>.StateConfiguration RiskAcceptable(StateMachine<ProblemState, ProblemTrigger>.StateConfiguration state) =>
            state.PermitReentry(ProblemTrigger.ProposeRiskAcceptance)
                .PermitReentryIf(ProblemTrigger.DeclineRiskAcceptance, () => Subject.HasPendingRiskAcceptance, ProposalPending)
                .PermitIf(ProblemTrigger.AcceptRisk, ProblemState.RiskAccepted, () => Subject.HasPendingRiskAcceptance, ProposalPending);

        Analysing(machine.Configure(ProblemState.New))
            .Permit(ProblemTrigger.StartAssessment, ProblemState.Assessing)
            .Permit(ProblemTrigger.MarkDuplicate, ProblemState.Duplicate)
            .Permit(ProblemTrigger.Cancel, ProblemState.Cancelled);

        RiskAcceptable(Analysing(machine.Configure(ProblemState.Assessing)))
            .PermitIf(ProblemTrigger.StartRootCauseAnalysis, ProblemState.RootCauseAnalysis, () => Subject.HasEvidence, HasEvidence)
            .Permit(ProblemTrigger.MarkDuplicate, ProblemState.Duplicate)
            .Permit(ProblemTrigger.Cancel, ProblemState.Cancelled);

        RiskAcceptable(Analysing(machine.Configure(ProblemState.RootCauseAnalysis)))
            .Permit(ProblemTrigger.IdentifyKnownError, ProblemState.KnownErrorIdentified)
            .Permit(ProblemTrigger.MarkDuplicate, ProblemState.Duplicate)
            .Permit(ProblemTrigger.Cancel, ProblemState.Cancelled);

        RiskAcceptable(machine.Configure(ProblemState.KnownErrorIdentified))
            .PermitReentry(ProblemTrigger.LinkIncident)
            .PermitReentry(ProblemTrigger.Escalate)
            .PermitReentryIf(ProblemTrigger.RecordRootCause, () => !Subject.HasRootCause, RootCauseOnce)
            .PermitIf(ProblemTrigger.StartFix, ProblemState.FixInProgress, () => !Subject.HasPendingRiskAcceptance, RiskDecidedBeforeFix)
            .Permit(ProblemTrigger.Reanalyse, ProblemState.RootCauseAnalysis);

        machine.Configure(ProblemState.FixInProgress)
            .PermitReentry(ProblemTrigger.LinkIncident)
            .PermitReentry(ProblemTrigger.Escalate)
            .PermitReentryIf(ProblemTrigger.RecordRootCause, () => !Subject.HasRootCause, RootCauseOnce)
            .Permit(ProblemTrigger.Resolve, ProblemState.Resolved)
            .Permit(ProblemTrigger.Reanalyse, ProblemState.RootCauseAnalysis);

        machine.Configure(ProblemState.Resolved)
            .PermitReentryIf(ProblemTrigger.RecordRootCause, () => !Subject.HasRootCause, RootCauseOnce)
            .PermitIf(ProblemTrigger.Close, ProblemState.Closed, () => Subject.IsObservationOverAt(Command.At), ObservationPassed)
            .PermitIf(ProblemTrigger.RecordRecurrence, ProblemState.RootCauseAnalysis, () => Subject.IsWithinObservationAt(Command.At), WithinObservation)
            .Permit(ProblemTrigger.Reanalyse, ProblemState.RootCauseAnalysis);

        machine.Configure(ProblemState.Closed);
        machine.Configure(ProblemState.Duplicate);
        machine.Configure(ProblemState.Cancelled);
        machine.Configure(ProblemState.RiskAccepted);
    }
}
