using System;
using System.Collections.Generic;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>
/// An SLA clock: one metric of one record, measured in business time against a target, through pauses, priority
/// changes, calendar changes and reopened cycles. The contract is <c>docs/sla.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Commands (<see cref="Start"/>, <see cref="Pause"/>, <see cref="Resume"/>, <see cref="Stop"/>, <see cref="Cancel"/>,
/// <see cref="Reopen"/>, <c>Retarget</c>, <see cref="ChangeCalendar"/>) take the acting <see cref="Actor"/> and
/// the <see cref="Instant"/>, which never goes back before the last accepted command; each is checked by the clock's
/// Stateless lifecycle and recorded as an event. A refused command throws and changes nothing.
/// </para>
/// <para>
/// Due and threshold instants are computed when a command is applied, so <see cref="StatusAt"/> costs one
/// business-time query. The clock is a fold over its events: <see cref="FromEvents"/> gives the same statuses.
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per clock).</para>
/// </remarks>
public sealed partial class SlaClock : EventSourcedAggregate<SlaClockEvent>
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SlaTarget, Phase> NotStartedPhases = [];

    private static readonly RecordCreation CreationRules = new(typeof(SlaClockCreated), "a clock", "created", "creation event");

    private PhaseList _phases;
    private string _id = string.Empty;

    private SlaClock()
    {
    }

    /// <inheritdoc />
    public override string RecordType => nameof(SlaClock);

    /// <inheritdoc />
    public override string RecordId => _id;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the clock's id.</summary>
    public string Id => _id;

    /// <summary>Gets how the cycles of a reopened record combine.</summary>
    public CycleCombination Combination { get; private set; }

    /// <summary>Gets the current state.</summary>
    public SlaClockState State => Current.State;

    /// <summary>Gets the target in force.</summary>
    public SlaTarget Target => Current.Target;

    /// <summary>Gets the calendar the clock counts on now.</summary>
    public BusinessCalendar Calendar => Current.Calendar;

    /// <summary>Gets the current cycle: 0 before the start, then 1, and one more for each reopen.</summary>
    public int Cycle => Current.Cycle;

    private Phase Current => _phases[^1];

    /// <summary>Creates a clock that is not counting yet.</summary>
    /// <param name="id">The clock's id, for example <c>INC-42/resolution</c>; not empty.</param>
    /// <param name="target">The target to measure against.</param>
    /// <param name="by">Who creates it.</param>
    /// <param name="at">When.</param>
    /// <param name="combination">How reopened cycles combine; <see cref="CycleCombination.Last"/> by default.</param>
    /// <returns>The clock, in <see cref="SlaClockState.NotStarted"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="combination"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the calendars' supported range.</exception>
    public static SlaClock Create(string id, SlaTarget target, Actor by, Instant at, CycleCombination combination = CycleCombination.Last)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "A clock needs an id that is not empty.");
        Preconditions.CheckArgument(Enum.IsDefined(combination), nameof(combination), $"{combination} is not a cycle combination.");
        CheckSupported(at);
        var clock = new SlaClock();
        clock.Record(new SlaClockCreated(at, by, id, target, combination) { Version = 1 });
        return clock;
    }

    /// <summary>Creates a clock and starts it in one call, the creation dated at the start: the usual way to begin
    /// measuring when the record and its clock begin together.</summary>
    /// <param name="id">The clock's id, for example <c>INC-42/resolution</c>; not empty.</param>
    /// <param name="target">The target to measure against.</param>
    /// <param name="by">Who starts it.</param>
    /// <param name="at">When.</param>
    /// <param name="combination">How reopened cycles combine; <see cref="CycleCombination.Last"/> by default.</param>
    /// <returns>The clock, <see cref="SlaClockState.Running"/>, with two events.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="combination"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the calendars' supported range.</exception>
    public static SlaClock CreateStarted(string id, SlaTarget target, Actor by, Instant at, CycleCombination combination = CycleCombination.Last)
    {
        var clock = Create(id, target, by, at, combination);
        clock.Start(by, at);
        return clock;
    }

    /// <summary>Rebuilds a clock from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, with versions 1, 2, 3...</param>
    /// <returns>The clock, equal in every status to the one that recorded the events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with a creation, skip a version, go back in
    /// time, or hold a transition the lifecycle does not allow.</exception>
    public static SlaClock FromEvents(IEnumerable<SlaClockEvent> events)
    {
        var clock = new SlaClock();
        clock.Replay(events);
        return clock;
    }

    /// <summary>
    /// Appends one event recorded elsewhere, as a replay does: checked against the lifecycle's transition table and the
    /// clock's last instant, without building or firing a state machine. For a record that owns its clocks and whose
    /// own events are the history (an incident drives its response and resolution clocks this way), and for hosts that
    /// stream a clock's stored events in one at a time. The event counts as committed.
    /// </summary>
    /// <param name="domainEvent">The event; its <see cref="Core.Events.DomainEvent.Version"/> must be <see cref="EventSourcedAggregate{TEvent}.Version"/> + 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The event cannot follow the clock's history; the clock is unchanged.</exception>
    public void Append(SlaClockEvent domainEvent) => Replay([Preconditions.CheckNotNull(domainEvent)]);

    /// <summary>Starts counting.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not <see cref="SlaClockState.NotStarted"/>.</exception>
    public void Start(Actor by, Instant at) => Execute(SlaClockTrigger.Start, by, at, new SlaClockStarted(at, by) { Version = Version + 1 });

    /// <summary>Stops counting for a while.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <param name="reason">Why, for example <c>awaiting caller</c>; not empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not running.</exception>
    public void Pause(Actor by, Instant at, string reason)
    {
        CheckReason(reason);
        Execute(SlaClockTrigger.Pause, by, at, new SlaClockPaused(at, by, reason) { Version = Version + 1 });
    }

    /// <summary>Counts again after a pause.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not paused.</exception>
    public void Resume(Actor by, Instant at) => Execute(SlaClockTrigger.Resume, by, at, new SlaClockResumed(at, by) { Version = Version + 1 });

    /// <summary>Stops the clock: the measured thing happened.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not running or paused.</exception>
    public void Stop(Actor by, Instant at) => Execute(SlaClockTrigger.Stop, by, at, new SlaClockStopped(at, by) { Version = Version + 1 });

    /// <summary>Cancels the clock: the measurement no longer applies. Final.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is stopped or already cancelled.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        CheckReason(reason);
        Execute(SlaClockTrigger.Cancel, by, at, new SlaClockCancelled(at, by, reason) { Version = Version + 1 });
    }

    /// <summary>Starts a new cycle after a stop, keeping the target and calendar.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not stopped.</exception>
    public void Reopen(Actor by, Instant at) => Execute(SlaClockTrigger.Reopen, by, at, new SlaClockReopened(at, by) { Version = Version + 1 });

    /// <summary>Measures against another target from now on (a priority change).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <param name="target">The new target, for the same metric and on the clock's <see cref="Calendar"/> (a calendar
    /// change is its own command, <see cref="ChangeCalendar"/>).</param>
    /// <param name="mode">Whether the time already measured counts against the new target.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target measures another metric or counts on another calendar, or
    /// <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not running or paused.</exception>
    public void Retarget(Actor by, Instant at, SlaTarget target, RetroactiveMode mode)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckArgument(
            target.Metric.Equals(Target.Metric),
            nameof(target),
            $"The clock '{Id}' measures {Target.Metric}, so it cannot be retargeted to {Wording.WithArticle(target.Metric.Name)} target.");
        Preconditions.CheckArgument(
            target.Calendar.Equals(Calendar),
            nameof(target),
            $"The clock '{Id}' counts on the calendar '{Calendar.Id}', and the target {target} counts on '{target.Calendar.Id}'; a retarget keeps the calendar: change it with ChangeCalendar, then retarget.");
        Preconditions.CheckArgument(Enum.IsDefined(mode), nameof(mode), $"{mode} is not a retroactive mode.");
        Execute(SlaClockTrigger.Retarget, by, at, new SlaClockRetargeted(at, by, target, mode) { Version = Version + 1 });
    }

    /// <summary>Measures against another amount from now on (a priority change), keeping the metric, the calendar and the
    /// thresholds of the target in force.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <param name="amount">The new amount of business time; more than zero and at most <see cref="SlaTarget.MaxAmount"/>.</param>
    /// <param name="mode">Whether the time already measured counts against the new amount.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException"><paramref name="amount"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not running or paused.</exception>
    public void Retarget(Actor by, Instant at, Duration amount, RetroactiveMode mode) =>
        Retarget(by, at, new SlaTarget(Target.Metric, amount, Calendar, Target.Thresholds), mode);

    /// <summary>Counts the rest of the measurement on another calendar; the time already used stays as measured.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last accepted command.</param>
    /// <param name="calendar">The new calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last accepted command, or outside
    /// the calendars' supported range.</exception>
    /// <exception cref="InvalidTransitionException">The clock is not running or paused.</exception>
    public void ChangeCalendar(Actor by, Instant at, BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        Execute(SlaClockTrigger.ChangeCalendar, by, at, new SlaClockCalendarChanged(at, by, calendar) { Version = Version + 1 });
    }

    /// <summary>Lists the rules that stop a command now, without throwing: empty when it is allowed.</summary>
    /// <param name="trigger">The command.</param>
    /// <returns>The unmet rules of the lifecycle, for a command dated at the last one.</returns>
    public IReadOnlyList<string> UnmetRules(SlaClockTrigger trigger) => UnmetRules(trigger, Actor.System, LastCommandAt);

    /// <summary>Lists the rules that stop a command now, without throwing, in the order the command checks them: time
    /// order, then the lifecycle. Empty when it is allowed.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>The unmet rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(SlaClockTrigger trigger, Actor actor, Instant at) =>
        SlaClockLifecycle.Instance.UnmetRules(this, null, this, State, new Command<SlaClockTrigger>(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <returns>True when <see cref="UnmetRules(SlaClockTrigger)"/> is empty.</returns>
    public bool CanFire(SlaClockTrigger trigger) => UnmetRules(trigger).Count == 0;

    /// <summary>Draws the clock's lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => SlaClockLifecycle.Instance.ToMermaid();

    private static void CheckReason(string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A reason is required and may not be empty.");
    }

    /// <summary>Every check a command passes (the kernel's pipeline, which refuses a missing actor first), then the event
    /// (built by the caller with the next version, so the kernel keeps it instead of copying it to stamp one: a clock
    /// command allocates one event, see docs/performance.md; a refused command drops it unrecorded).</summary>
    private void Execute(SlaClockTrigger trigger, Actor by, Instant at, SlaClockEvent domainEvent)
    {
        SlaClockLifecycle.Instance.Authorise(this, null, this, State, new Command<SlaClockTrigger>(trigger, by, at));
        Record(domainEvent);
    }

    private static void CheckSupported(Instant at) => SupportedTime.Check(at, nameof(at), "The clock's creation at");
}
