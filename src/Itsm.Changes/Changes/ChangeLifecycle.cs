using System.Collections.Generic;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Changes;

/// <summary>
/// The whole transition table of a change, one hierarchical machine for the three models, top to bottom as the
/// lifecycle diagram. Every state up to Scheduled is a substate of BeforeImplementation, where Cancel leads to
/// Cancelled; Draft to Planned are substates of Preparing, where the assessment and the plans are recorded.
/// Normal: Draft -Submit-> Submitted -StartAssessment-> Assessing -Plan-> Planned -RequestAuthorization->
/// AwaitingAuthorization, then the change manager (Authorize, Reject) or the board (Vote, then the chair's decision
/// computed from the votes: ConcludeAuthorized, ConcludeRejected) -> Authorized or Rejected; Authorized -Schedule->
/// Scheduled -StartImplementation-> Implementing -Complete-> Review -Close-> Closed.
/// Standard: Submitted -Schedule-> Scheduled while its template is valid. Emergency: the normal path with the emergency
/// board, or Submitted, Assessing or Planned -ImplementNow-> Implementing with a retrospective approval due, recorded
/// in Implementing or Review (ApproveRetrospectively) before Close. Links to problems, known errors and incidents keep
/// the state.
/// </summary>
internal sealed class ChangeLifecycle : Lifecycle<Change, ChangeState, ChangeTrigger, Command<ChangeTrigger>>
{
    public const string LinkKeepsState = "a link keeps the change where it is";
    public const string NotStandard = "a standard change is assessed and planned by its template";
    public const string StandardOnly = "only a standard change is scheduled straight from its submission";
    public const string TemplateValid = "a standard change is scheduled only while its template is valid";
    public const string EmergencyOnly = "only an emergency change is implemented at once";
    public const string PlansBeforeImplementNow = "an emergency change implemented at once has its implementation, test and backout plans recorded first";
    public const string AssessedBeforePlanned = "a change is assessed (risk, benefit, cost, feasibility, service impact) before it is planned";
    public const string AssessedBeforeDecision = "a change is assessed (risk, benefit, cost, feasibility, service impact) before its authority decides";
    public const string PlansBeforeAuthorization = "a change has its implementation, test and backout plans recorded before authorisation";
    public const string BoardVotes = "only a change whose authority is a board is decided by votes";
    public const string VotesOnce = "a board member votes once, and a vote never changes";
    public const string VotesAuthorize = "the board's decision authorises only when its votes do: no veto, the quorum has voted, and more members approved than rejected";
    public const string VotesReject = "the board's decision rejects only when its votes do: a veto, or the quorum has voted without more approvals than rejections";
    public const string ManagerDecides = "only a change whose authority is the change manager is authorised or rejected by the change manager";
    public const string ImplementedNowOnly = "only an emergency change implemented at once is approved retrospectively";
    public const string ApprovedOnce = "a retrospective approval is recorded once";
    public const string ReviewedOnce = "a post-implementation review is recorded once";
    public const string ReviewBeforeClose = "a normal, emergency or failed change closes only after its post-implementation review";
    public const string RetrospectiveBeforeClose = "an emergency change implemented at once closes only after its retrospective approval";

    /// <summary>Initializes the table; a request creates a change.</summary>
    public ChangeLifecycle()
        : base(creation: ChangeTrigger.Request)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static ChangeLifecycle Instance => ForThread<ChangeLifecycle>();

    /// <summary>Only a member of the change's board votes.</summary>
    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Trigger == ChangeTrigger.Vote && Subject.Board is { } board && !board.IsMember(Command.By.Id)
            ? [$"only a member of the board votes ({string.Join(", ", board.Members)}), and {Command.By} is not one"]
            : [];

    protected override void Configure(StateMachine<ChangeState, ChangeTrigger> machine)
    {
        machine.Configure(ChangeState.BeforeImplementation)
            .Permit(ChangeTrigger.Cancel, ChangeState.Cancelled)
            .InternalTransitionIf(ChangeTrigger.Link, static _ => true, KeepsTheState, LinkKeepsState);

        machine.Configure(ChangeState.Preparing)
            .SubstateOf(ChangeState.BeforeImplementation)
            .InternalTransitionIf(ChangeTrigger.RecordAssessment, _ => Subject.Model != ChangeModel.Standard, static () => { }, NotStandard)
            .InternalTransitionIf(ChangeTrigger.RecordPlans, _ => Subject.Model != ChangeModel.Standard, static () => { }, NotStandard);

        machine.Configure(ChangeState.Draft)
            .SubstateOf(ChangeState.Preparing)
            .Permit(ChangeTrigger.Submit, ChangeState.Submitted);

        ImplementableNow(machine.Configure(ChangeState.Submitted)
            .SubstateOf(ChangeState.Preparing)
            .PermitIf(ChangeTrigger.StartAssessment, ChangeState.Assessing, () => Subject.Model != ChangeModel.Standard, NotStandard)
            .PermitIf(
                ChangeTrigger.Schedule,
                ChangeState.Scheduled,
                Rule(() => Subject.Model == ChangeModel.Standard, StandardOnly),
                Rule(() => Subject.IsTemplateValidAt(Command.At), TemplateValid)));

        ImplementableNow(machine.Configure(ChangeState.Assessing)
            .SubstateOf(ChangeState.Preparing)
            .PermitIf(ChangeTrigger.Plan, ChangeState.Planned, () => Subject.Assessment is not null, AssessedBeforePlanned));

        ImplementableNow(machine.Configure(ChangeState.Planned)
            .SubstateOf(ChangeState.Preparing)
            .PermitIf(
                ChangeTrigger.RequestAuthorization,
                ChangeState.AwaitingAuthorization,
                Rule(() => Subject.Assessment is not null, AssessedBeforeDecision),
                Rule(() => Subject.Plans is not null, PlansBeforeAuthorization)));

        machine.Configure(ChangeState.AwaitingAuthorization)
            .SubstateOf(ChangeState.BeforeImplementation)
            .PermitReentryIf(ChangeTrigger.Vote, Rule(() => Subject.Board is not null, BoardVotes), Rule(() => !Subject.HasVoted(Command.By.Id), VotesOnce))
            .PermitIf(
                ChangeTrigger.ConcludeAuthorized,
                ChangeState.Authorized,
                Rule(() => Subject.Board is not null, BoardVotes),
                Rule(() => Subject.BoardOutcome == CabOutcome.Authorized, VotesAuthorize))
            .PermitIf(
                ChangeTrigger.ConcludeRejected,
                ChangeState.Rejected,
                Rule(() => Subject.Board is not null, BoardVotes),
                Rule(() => Subject.BoardOutcome == CabOutcome.Rejected, VotesReject))
            .PermitIf(ChangeTrigger.Authorize, ChangeState.Authorized, () => Subject.Authority == ChangeAuthority.ChangeManager, ManagerDecides)
            .PermitIf(ChangeTrigger.Reject, ChangeState.Rejected, () => Subject.Authority == ChangeAuthority.ChangeManager, ManagerDecides);

        machine.Configure(ChangeState.Authorized)
            .SubstateOf(ChangeState.BeforeImplementation)
            .Permit(ChangeTrigger.Schedule, ChangeState.Scheduled);

        machine.Configure(ChangeState.Scheduled)
            .SubstateOf(ChangeState.BeforeImplementation)
            .PermitReentry(ChangeTrigger.Reschedule)
            .Permit(ChangeTrigger.StartImplementation, ChangeState.Implementing);

        RetrospectivelyApprovable(machine.Configure(ChangeState.Implementing))
            .PermitReentry(ChangeTrigger.Link)
            .Permit(ChangeTrigger.Complete, ChangeState.Review);

        RetrospectivelyApprovable(machine.Configure(ChangeState.Review))
            .PermitReentry(ChangeTrigger.Link)
            .PermitReentryIf(ChangeTrigger.RecordReview, () => Subject.Review is null, ReviewedOnce)
            .PermitIf(
                ChangeTrigger.Close,
                ChangeState.Closed,
                Rule(() => Subject.Review is not null || !Subject.NeedsReview, ReviewBeforeClose),
                Rule(() => Subject.ImplementedNowAt is null || Subject.RetrospectiveApproval is not null, RetrospectiveBeforeClose));

        machine.Configure(ChangeState.Closed)
            .PermitReentry(ChangeTrigger.Link);
        machine.Configure(ChangeState.Rejected);
        machine.Configure(ChangeState.Cancelled);
    }

    /// <summary>The action of an internal transition: nothing (the event's <c>Apply</c> records the change).</summary>
    private static void KeepsTheState()
    {
    }

    private StateMachine<ChangeState, ChangeTrigger>.StateConfiguration ImplementableNow(StateMachine<ChangeState, ChangeTrigger>.StateConfiguration state) =>
        state.PermitIf(
            ChangeTrigger.ImplementNow,
            ChangeState.Implementing,
            Rule(() => Subject.Model == ChangeModel.Emergency, EmergencyOnly),
            Rule(() => Subject.Plans is not null, PlansBeforeImplementNow));

    private StateMachine<ChangeState, ChangeTrigger>.StateConfiguration RetrospectivelyApprovable(StateMachine<ChangeState, ChangeTrigger>.StateConfiguration state) =>
        state.PermitReentryIf(
            ChangeTrigger.ApproveRetrospectively,
            Rule(() => Subject.ImplementedNowAt is not null, ImplementedNowOnly),
            Rule(() => Subject.RetrospectiveApproval is null, ApprovedOnce));
}
