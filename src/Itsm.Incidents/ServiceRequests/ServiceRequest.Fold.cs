using System;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

// The fold: each event changes the request and drives its SLA clocks, without building a state machine.
public sealed partial class ServiceRequest
{
    /// <inheritdoc />
    protected override void ApplyCreation(ServiceRequestEvent domainEvent)
    {
        var submitted = (ServiceRequestSubmitted)domainEvent;
        if (SubmissionProblem(submitted) is { } problem)
        {
            throw History(domainEvent, problem);
        }

        ApplySubmitted(submitted);
    }

    /// <inheritdoc />
    protected override void Apply(ServiceRequestEvent domainEvent)
    {
        // The commands that record two events record them together: nothing comes between.
        if (UnfinishedCommand() is { } unfinished
            && domainEvent is not (ServiceRequestApprovalRequested or ServiceRequestApproved or ServiceRequestRejected))
        {
            throw History(domainEvent, unfinished);
        }

        if (domainEvent is ServiceRequestSlaWarningRaised warning)
        {
            _raisedWarnings.Add((warning.Metric.Name, warning.Cycle, warning.Threshold));
            return;
        }

        if (domainEvent is ServiceRequestProgressUpdateOverdue overdue)
        {
            if ((overdue.Audience == UpdateAudience.Customer ? _updateSchedule.CountFromMissed(overdue.Audience, overdue.DueAt, overdue.At) : NoManagementAudience) is { } problem)
            {
                throw History(domainEvent, problem);
            }

            return;
        }

        var trigger = TriggerOf(domainEvent);
        var state = Follow(ServiceRequestLifecycle.Instance, domainEvent, State, trigger);

        var by = domainEvent.Actor;
        var at = domainEvent.At;
        switch (domainEvent)
        {
            case ServiceRequestApprovalRequested:
                if (!NeedsApproval)
                {
                    throw History(domainEvent, ServiceRequestLifecycle.NeedsApproval);
                }

                ApprovalRequestedAt = at;
                break;
            case ServiceRequestApprovalDecided decided:
                ApplyDecision(decided);
                break;
            case ServiceRequestApproved:
                RequireOutcome(domainEvent, ApprovalOutcome.Approved, ServiceRequestLifecycle.RuleMet);
                ApprovedAt = at;
                Feed(FulfilmentClock, new SlaClockStarted(at, by));
                break;
            case ServiceRequestRejected:
                RequireOutcome(domainEvent, ApprovalOutcome.Rejected, ServiceRequestLifecycle.RuleUnreachable);
                RejectedAt = at;
                StopIfMeasuring(ResponseClock, by, at);
                CancelIfOpen(FulfilmentClock, by, at, "rejected");
                break;
            case ServiceRequestAcknowledged:
                IsAcknowledged = true;
                StopIfMeasuring(ResponseClock, by, at);
                break;
            case ServiceRequestAssigned assigned:
                Group = assigned.Group;
                Assignee = assigned.Assignee;
                IsAcknowledged = true;
                StopIfMeasuring(ResponseClock, by, at);
                break;
            case ServiceRequestPutOnHold hold:
                HoldReason = hold.Reason;
                Feed(FulfilmentClock, new SlaClockPaused(at, by, hold.Reason));
                break;
            case ServiceRequestResumed:
                HoldReason = null;
                Feed(FulfilmentClock, new SlaClockResumed(at, by));
                break;
            case ServiceRequestFulfilled fulfilled:
                HoldReason = null;
                FulfilmentNotes = fulfilled.Notes;
                FulfilledAt = at;
                StopIfMeasuring(ResponseClock, by, at);
                StopIfMeasuring(FulfilmentClock, by, at);
                break;
            case ServiceRequestClosed closed:
                Closure = closed.Kind;
                break;
            case ServiceRequestProgressUpdated updated:
                if (updated.Audience != UpdateAudience.Customer)
                {
                    throw History(domainEvent, NoManagementAudience);
                }

                _progressUpdates.Add(new ProgressUpdate(updated.Audience, updated.Text, at, by));
                _updateSchedule.CountFrom(updated.Audience, at);
                break;
            case ServiceRequestCancelled cancelled:
                HoldReason = null;
                CancelReason = cancelled.Reason;
                CancelIfOpen(ResponseClock, by, at, cancelled.Reason);
                CancelIfOpen(FulfilmentClock, by, at, cancelled.Reason);
                break;
        }

        State = state;
    }

    /// <summary>The rule broken when a command that records two events was cut short (a request that needs approval not
    /// sent for it; a deciding vote without the approval's outcome); null when none was.</summary>
    private string? UnfinishedCommand()
    {
        if (State == ServiceRequestState.New && NeedsApproval)
        {
            return "a request whose catalogue item needs approval is sent for approval by its submission";
        }

        return State == ServiceRequestState.AwaitingApproval && ApprovalOutcome != ApprovalOutcome.Pending
            ? "the vote that decides an approval is followed by the approval's outcome"
            : null;
    }

    /// <summary>The rule a stored submission breaks, or null: the rules <see cref="Submit"/> checks on its arguments.</summary>
    private static string? SubmissionProblem(ServiceRequestSubmitted submitted)
    {
        if (submitted.Id.IsEmpty || submitted.CatalogueItem.IsEmpty || submitted.Service.IsEmpty)
        {
            return "a submission names the request, its catalogue item and its service";
        }

        if (string.IsNullOrWhiteSpace(submitted.Requester) || string.IsNullOrWhiteSpace(submitted.Details))
        {
            return "a submission names its requester and says what is requested";
        }

        if (submitted.Priority is < Priority.P1 or > Priority.P5 || submitted.Approval is null || submitted.Approvers.IsDefault)
        {
            return "a submission has a priority from P1 to P5, an approval policy and a list of approvers";
        }

        return ApprovalProblem(submitted.Approval, submitted.Approvers, submitted.Requester);
    }

    private void ApplySubmitted(ServiceRequestSubmitted submitted)
    {
        Id = submitted.Id;
        SubmittedAt = submitted.At;
        Requester = submitted.Requester;
        CatalogueItem = submitted.CatalogueItem;
        Service = submitted.Service;
        Details = submitted.Details;
        Priority = submitted.Priority;
        Approval = submitted.Approval;
        Approvers = submitted.Approvers;
        State = ServiceRequestState.New;
        _updateSchedule.CountFrom(UpdateAudience.Customer, submitted.At);
        ResponseClock = Clock(submitted, "/response", submitted.ResponseTarget, start: true);
        FulfilmentClock = Clock(submitted, "/fulfilment", submitted.FulfilmentTarget, start: !submitted.Approval.NeedsApproval);
    }

    private void ApplyDecision(ServiceRequestApprovalDecided decided)
    {
        if (!IsEligibleApprover(decided.Actor) || HasDecided(decided.Actor.Id))
        {
            throw History(decided, FormattableString.Invariant($"a decision comes from an eligible approver who has not decided yet, and {decided.Actor} is not one"));
        }

        bool valid = decided.Decision switch
        {
            ApprovalDecision.Approve => true,
            ApprovalDecision.Reject => !string.IsNullOrWhiteSpace(decided.Comment),
            _ => false,
        };
        if (!valid)
        {
            throw History(decided, "a decision approves, or rejects with a reason");
        }

        _decisions.Add(decided);
        if (decided.Decision == ApprovalDecision.Approve)
        {
            Approvals++;
        }
        else
        {
            Rejections++;
        }
    }

    private void RequireOutcome(ServiceRequestEvent domainEvent, ApprovalOutcome outcome, string rule)
    {
        if (ApprovalOutcome != outcome)
        {
            throw History(domainEvent, rule);
        }
    }

    private static ServiceRequestTrigger TriggerOf(ServiceRequestEvent domainEvent) => domainEvent switch
    {
        ServiceRequestApprovalRequested => ServiceRequestTrigger.RequestApproval,
        ServiceRequestApprovalDecided { Decision: ApprovalDecision.Reject } => ServiceRequestTrigger.Reject,
        ServiceRequestApprovalDecided => ServiceRequestTrigger.Approve,
        ServiceRequestApproved => ServiceRequestTrigger.ConcludeApproved,
        ServiceRequestRejected => ServiceRequestTrigger.ConcludeRejected,
        ServiceRequestAcknowledged => ServiceRequestTrigger.Acknowledge,
        ServiceRequestAssigned => ServiceRequestTrigger.Assign,
        ServiceRequestPutOnHold => ServiceRequestTrigger.PutOnHold,
        ServiceRequestResumed => ServiceRequestTrigger.Resume,
        ServiceRequestFulfilled => ServiceRequestTrigger.Fulfil,
        ServiceRequestClosed { Kind: ServiceRequestClosureKind.Automatic } => ServiceRequestTrigger.AutoClose,
        ServiceRequestClosed => ServiceRequestTrigger.Close,
        ServiceRequestCancelled => ServiceRequestTrigger.Cancel,
        ServiceRequestProgressUpdated => ServiceRequestTrigger.RecordProgressUpdate,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a service request event this version knows.", nameof(domainEvent)),
    };

    /// <summary>A clock created by the submission, and started by it unless the request awaits approval. The request's
    /// events are the history, so its clocks are fed events (checked against the clock's transition table) rather than
    /// commands: nothing fires a state machine.</summary>
    private static SlaClock Clock(ServiceRequestSubmitted submitted, string suffix, SlaTarget target, bool start)
    {
        var created = new SlaClockCreated(submitted.At, submitted.Actor, submitted.Id.Value + suffix, target, CycleCombination.Last) { Version = 1 };
        return SlaClock.FromEvents(start ? [created, new SlaClockStarted(submitted.At, submitted.Actor) { Version = 2 }] : [created]);
    }

    private static void Feed(SlaClock clock, SlaClockEvent clockEvent) => clock.Append(clockEvent with { Version = clock.Version + 1 });

    private static void StopIfMeasuring(SlaClock clock, Actor by, Instant at)
    {
        if (clock.State is SlaClockState.Running or SlaClockState.Paused)
        {
            Feed(clock, new SlaClockStopped(at, by));
        }
    }

    private static void CancelIfOpen(SlaClock clock, Actor by, Instant at, string reason)
    {
        if (clock.State is SlaClockState.NotStarted or SlaClockState.Running or SlaClockState.Paused)
        {
            Feed(clock, new SlaClockCancelled(at, by, reason));
        }
    }

}
