using System;
using Itsm.Core;
using Itsm.Sla.Clocks;

namespace Itsm.Incidents;

// The fold: each event changes the incident and drives its SLA clocks, without building a state machine.
public sealed partial class Incident
{
    /// <inheritdoc />
    protected override void ApplyCreation(IncidentEvent domainEvent) => ApplyLogged((IncidentLogged)domainEvent);

    /// <inheritdoc />
    protected override void Apply(IncidentEvent domainEvent)
    {
        if (domainEvent is IncidentSlaWarningRaised warning)
        {
            _raisedWarnings.Add((warning.Metric.Name, warning.Cycle, warning.Threshold));
            return;
        }

        if (domainEvent is IncidentProgressUpdateOverdue overdue)
        {
            if (_updateSchedule.CountFromMissed(overdue.Audience, overdue.DueAt, overdue.At) is { } problem)
            {
                throw History(domainEvent, problem);
            }

            return;
        }

        var trigger = TriggerOf(domainEvent);
        var state = Follow(IncidentLifecycle.Instance, domainEvent, State, trigger);

        var by = domainEvent.Actor;
        var at = domainEvent.At;
        switch (domainEvent)
        {
            case IncidentAssigned assigned:
                Group = assigned.Group;
                Assignee = assigned.Assignee;
                break;
            case IncidentAcknowledged:
                IsAcknowledged = true;
                StopIfMeasuring(ResponseClock, by, at);
                break;
            case IncidentPutOnHold hold:
                HoldReason = hold.Reason;
                AwaitedChange = hold.Change;
                Feed(ResolutionClock, new SlaClockPaused(at, by, hold.Reason.ToString()));
                break;
            case IncidentResumed:
                HoldReason = null;
                AwaitedChange = null;
                Feed(ResolutionClock, new SlaClockResumed(at, by));
                break;
            case IncidentResolved resolved:
                ApplyResolution(resolved.Code, resolved.Notes, by, at);
                break;
            case IncidentResolvedWithParent resolved:
                ApplyResolution(resolved.Code, resolved.Notes, by, at);
                break;
            case IncidentChildLinked linked:
                if (_children.Contains(linked.Child) || linked.Child == Id)
                {
                    throw History(domainEvent, FormattableString.Invariant($"child incident '{linked.Child}' is linked once, and never to itself"));
                }

                _children.Add(linked.Child);
                break;
            case IncidentCausedByChange caused:
                CausingChange = caused.Change;
                break;
            case IncidentWorkaroundApplied applied:
                _workarounds.Add(new AppliedWorkaround(applied.KnownError, applied.Workaround, at));
                break;
            case IncidentParentLinked linked:
                Parent = linked.Parent;
                break;
            case IncidentClosed closed:
                Closure = closed.Kind;
                break;
            case IncidentReopened:
                ReopenCount++;
                _updateSchedule.CountFrom(UpdateAudience.Customer, at);
                _updateSchedule.CountFrom(UpdateAudience.Management, at);
                ResolutionCode = null;
                ResolutionNotes = null;
                Feed(ResolutionClock, new SlaClockReopened(at, by));
                break;
            case IncidentCancelled cancelled:
                CancelReason = cancelled.Reason;
                DuplicateOf = cancelled.DuplicateOf;
                CancelIfOpen(ResponseClock, by, at, cancelled.Reason.ToString());
                CancelIfOpen(ResolutionClock, by, at, cancelled.Reason.ToString());
                break;
            case IncidentEscalated escalated:
                EscalationLevel = escalated.Level;
                if (escalated.ToGroup is { } group)
                {
                    Group = group;
                    Assignee = null;
                }

                break;
            case IncidentSecurityClassified classified:
                SecurityClass = classified.Class;
                SecurityEventKind = classified.Class == SecurityClass.Event ? classified.Facts?.EventKind : null;
                break;
            case IncidentMajorProposed proposed:
                MajorProposalReason = proposed.Reason;
                break;
            case IncidentMajorDeclared declared:
                IsMajor = true;
                MajorOwner = declared.Owner;
                _updateSchedule.CountFrom(UpdateAudience.Management, at);
                break;
            case IncidentProgressUpdated updated:
                _progressUpdates.Add(new ProgressUpdate(updated.Audience, updated.Text, at, by));
                _updateSchedule.CountFrom(updated.Audience, at);
                if (updated.Audience == UpdateAudience.Management)
                {
                    TopManagementInformedAt = at;
                }

                break;
            case IncidentMajorReviewRecorded review:
                MajorReview = review.Summary;
                break;
            case IncidentPriorityChanged changed:
                RequireAssessment(changed, changed.Impact, changed.Urgency, changed.Priority, changed.OverrideReason);
                Impact = changed.Impact;
                Urgency = changed.Urgency;
                Priority = changed.Priority;
                PriorityOverrideReason = changed.OverrideReason;
                RetargetIfMeasuring(ResponseClock, by, at, changed.ResponseTarget);
                RetargetIfMeasuring(ResolutionClock, by, at, changed.ResolutionTarget);
                break;
        }

        State = state;
    }

    private void ApplyResolution(string code, string notes, Actor by, NodaTime.Instant at)
    {
        HoldReason = null;
        AwaitedChange = null;
        ResolutionCode = code;
        ResolutionNotes = notes;
        ResolvedAt = at;
        StopIfMeasuring(ResponseClock, by, at);
        StopIfMeasuring(ResolutionClock, by, at);
    }

    private void ApplyLogged(IncidentLogged logged)
    {
        RequireAssessment(logged, logged.Impact, logged.Urgency, logged.Priority, logged.OverrideReason);
        Id = logged.Id;
        LoggedAt = logged.At;
        Caller = logged.Caller;
        Service = logged.Service;
        ConfigurationItems = logged.ConfigurationItems;
        Category = logged.Category;
        Impact = logged.Impact;
        Urgency = logged.Urgency;
        Priority = logged.Priority;
        PriorityOverrideReason = logged.OverrideReason;
        State = IncidentState.New;
        _updateSchedule.CountFrom(UpdateAudience.Customer, logged.At);
        ResponseClock = StartedClock(logged, "/response", logged.ResponseTarget, CycleCombination.Last);
        ResolutionClock = StartedClock(logged, "/resolution", logged.ResolutionTarget, _settings.ResolutionCycles);
    }

    private static IncidentTrigger TriggerOf(IncidentEvent domainEvent) => domainEvent switch
    {
        IncidentAssigned => IncidentTrigger.Assign,
        IncidentAcknowledged => IncidentTrigger.Acknowledge,
        IncidentPutOnHold => IncidentTrigger.PutOnHold,
        IncidentResumed => IncidentTrigger.Resume,
        IncidentResolved => IncidentTrigger.Resolve,
        IncidentClosed { Kind: ClosureKind.Automatic } => IncidentTrigger.AutoClose,
        IncidentClosed => IncidentTrigger.Close,
        IncidentReopened => IncidentTrigger.Reopen,
        IncidentCancelled => IncidentTrigger.Cancel,
        IncidentPriorityChanged => IncidentTrigger.ChangePriority,
        IncidentEscalated => IncidentTrigger.Escalate,
        IncidentSecurityClassified { Reason: not null } => IncidentTrigger.DowngradeSecurity,
        IncidentSecurityClassified => IncidentTrigger.ClassifySecurity,
        IncidentMajorProposed => IncidentTrigger.ProposeMajor,
        IncidentMajorDeclared => IncidentTrigger.DeclareMajor,
        IncidentProgressUpdated updated => UpdateTrigger(updated.Audience),
        IncidentMajorReviewRecorded => IncidentTrigger.RecordMajorReview,
        IncidentChildLinked => IncidentTrigger.LinkChild,
        IncidentParentLinked => IncidentTrigger.LinkToParent,
        IncidentResolvedWithParent => IncidentTrigger.ResolveWithParent,
        IncidentWorkaroundApplied => IncidentTrigger.ApplyWorkaround,
        IncidentCausedByChange => IncidentTrigger.RecordCausingChange,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not an incident event this version knows.", nameof(domainEvent)),
    };

    /// <summary>The ranges a stored assessment holds whatever matrix the host has today: impact and urgency 1 to
    /// <see cref="PriorityMatrix.MaxLevels"/>, a priority P1 to P5, an override reason absent or not blank.</summary>
    private void RequireAssessment(IncidentEvent domainEvent, int impact, int urgency, Priority priority, string? reason)
    {
        if (impact is < 1 or > PriorityMatrix.MaxLevels || urgency is < 1 or > PriorityMatrix.MaxLevels)
        {
            throw History(domainEvent, FormattableString.Invariant($"impact {impact} and urgency {urgency} are levels 1 to {PriorityMatrix.MaxLevels}"));
        }

        if (priority is < Priority.P1 or > Priority.P5 || (reason is not null && string.IsNullOrWhiteSpace(reason)))
        {
            throw History(domainEvent, FormattableString.Invariant($"the priority {priority} is P1 to P5, and an override reason is absent or not blank"));
        }
    }

    /// <summary>A clock created and started by the logging. The incident's events are the history, so its clocks are
    /// fed events (checked against the clock's transition table) rather than commands: nothing fires a state machine.</summary>
    private static SlaClock StartedClock(IncidentLogged logged, string suffix, Sla.Targets.SlaTarget target, CycleCombination cycles) =>
        SlaClock.FromEvents(
        [
            new SlaClockCreated(logged.At, logged.Actor, logged.Id.Value + suffix, target, cycles) { Version = 1 },
            new SlaClockStarted(logged.At, logged.Actor) { Version = 2 },
        ]);

    private static void Feed(SlaClock clock, SlaClockEvent clockEvent) => clock.Append(clockEvent with { Version = clock.Version + 1 });

    private static void StopIfMeasuring(SlaClock clock, Actor by, NodaTime.Instant at)
    {
        if (clock.State is SlaClockState.Running or SlaClockState.Paused)
        {
            Feed(clock, new SlaClockStopped(at, by));
        }
    }

    private static void CancelIfOpen(SlaClock clock, Actor by, NodaTime.Instant at, string reason)
    {
        if (clock.State is SlaClockState.NotStarted or SlaClockState.Running or SlaClockState.Paused)
        {
            Feed(clock, new SlaClockCancelled(at, by, reason));
        }
    }

    private static void RetargetIfMeasuring(SlaClock clock, Actor by, NodaTime.Instant at, Sla.Targets.SlaTarget target)
    {
        if (clock.State is SlaClockState.Running or SlaClockState.Paused)
        {
            // A priority whose target counts on another calendar changes the calendar first, as a clock's own commands
            // would: the time already used stays measured on the old calendar.
            if (!target.Calendar.Equals(clock.Calendar))
            {
                Feed(clock, new SlaClockCalendarChanged(at, by, target.Calendar));
            }

            Feed(clock, new SlaClockRetargeted(at, by, target, RetroactiveMode.FromOriginalStart));
        }
    }

}
