using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>The base of every <see cref="SlaClock"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record SlaClockEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>The clock was created for one metric of one record; it is not counting yet.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="ClockId">The clock's id (for example the record id and the metric).</param>
/// <param name="Target">The target it measures against.</param>
/// <param name="Combination">How cycles combine.</param>
[EventType("sla.clock.created", 1)]
public sealed record SlaClockCreated(Instant At, Actor Actor, string ClockId, SlaTarget Target, CycleCombination Combination) : SlaClockEvent(At, Actor);

/// <summary>The clock started counting.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("sla.clock.started", 1)]
public sealed record SlaClockStarted(Instant At, Actor Actor) : SlaClockEvent(At, Actor);

/// <summary>The clock stopped counting for a while.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why (awaiting caller, awaiting vendor...).</param>
[EventType("sla.clock.paused", 1)]
public sealed record SlaClockPaused(Instant At, Actor Actor, string Reason) : SlaClockEvent(At, Actor);

/// <summary>The clock counts again.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("sla.clock.resumed", 1)]
public sealed record SlaClockResumed(Instant At, Actor Actor) : SlaClockEvent(At, Actor);

/// <summary>The measured thing happened.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("sla.clock.stopped", 1)]
public sealed record SlaClockStopped(Instant At, Actor Actor) : SlaClockEvent(At, Actor);

/// <summary>The measurement no longer applies.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("sla.clock.cancelled", 1)]
public sealed record SlaClockCancelled(Instant At, Actor Actor, string Reason) : SlaClockEvent(At, Actor);

/// <summary>A new cycle started after a stop.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("sla.clock.reopened", 1)]
public sealed record SlaClockReopened(Instant At, Actor Actor) : SlaClockEvent(At, Actor);

/// <summary>The clock measures against another target from now on.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Target">The new target.</param>
/// <param name="Mode">How the time already measured is treated.</param>
[EventType("sla.clock.retargeted", 1)]
public sealed record SlaClockRetargeted(Instant At, Actor Actor, SlaTarget Target, RetroactiveMode Mode) : SlaClockEvent(At, Actor);

/// <summary>The rest of the measurement counts on another calendar.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Calendar">The new calendar.</param>
[EventType("sla.clock.calendar-changed", 1)]
public sealed record SlaClockCalendarChanged(Instant At, Actor Actor, BusinessCalendar Calendar) : SlaClockEvent(At, Actor);
