using System;
using NodaTime;

namespace Itsm.Documents;

/// <summary>From when a record's retention period runs.</summary>
public enum RetentionTrigger
{
    /// <summary>From the day the record is declared.</summary>
    FromDeclaration = 0,

    /// <summary>From the day of an event the host records later (<see cref="DocumentRecord.RecordRetentionTrigger"/>),
    /// named by <see cref="RetentionPolicy.TriggerEvent"/>, for example "contract end".</summary>
    FromEvent = 1,
}

/// <summary>What happens to a record when its retention period ends.</summary>
public enum RetentionAction
{
    /// <summary>It becomes due for disposal and is disposed of (unless under legal hold).</summary>
    Delete = 0,

    /// <summary>Its review becomes due: the review extends its retention or disposes of it.</summary>
    Review = 1,

    /// <summary>Nothing: it is kept permanently and never disposed of.</summary>
    Keep = 2,
}

/// <summary>
/// How long a record is kept and what happens then: a period of whole years, months, weeks and days, the trigger it runs
/// from, and the action after.
/// </summary>
/// <remarks>
/// The period is a NodaTime <see cref="NodaTime.Period"/>, not a <see cref="Duration"/>: retention times are stated in
/// calendar units ("three years after the contract ends"), and three years is not a fixed number of hours. The period is
/// added to the trigger's date, and the retention ends at the start of the resulting day in the settings' time zone
/// (<see cref="DocumentRecordSettings.TimeZone"/>): declared on 2026-03-02 with three years, it ends at the start of
/// 2029-03-02. Equality compares the values. Immutable and thread-safe.
/// </remarks>
public sealed record RetentionPolicy
{
    /// <summary>Initializes a retention policy.</summary>
    /// <param name="period">How long: whole years, months, weeks and days, none negative, at least one day, at most
    /// 100 years.</param>
    /// <param name="trigger">From when the period runs.</param>
    /// <param name="actionAfter">What happens when it ends.</param>
    /// <param name="triggerEvent">The event the period runs from (for example "contract end"): required for
    /// <see cref="RetentionTrigger.FromEvent"/>, null for <see cref="RetentionTrigger.FromDeclaration"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule.</exception>
    public RetentionPolicy(Period period, RetentionTrigger trigger, RetentionAction actionAfter, string? triggerEvent = null)
    {
        Preconditions.CheckNotNull(period);
        CheckPeriod(period, nameof(period));
        Preconditions.CheckArgument(Enum.IsDefined(trigger), nameof(trigger), $"{trigger} is not a retention trigger.");
        Preconditions.CheckArgument(Enum.IsDefined(actionAfter), nameof(actionAfter), $"{actionAfter} is not a retention action.");
        Preconditions.CheckArgument(
            trigger == RetentionTrigger.FromEvent ? !string.IsNullOrWhiteSpace(triggerEvent) : triggerEvent is null,
            nameof(triggerEvent),
            "A retention period that runs from an event names the event (for example \"contract end\"); one that runs from the declaration names none.");
        Period = period;
        Trigger = trigger;
        ActionAfter = actionAfter;
        TriggerEvent = triggerEvent;
    }

    /// <summary>Gets how long the record is kept.</summary>
    public Period Period { get; }

    /// <summary>Gets from when the period runs.</summary>
    public RetentionTrigger Trigger { get; }

    /// <summary>Gets what happens when the period ends.</summary>
    public RetentionAction ActionAfter { get; }

    /// <summary>Gets the event the period runs from; null when it runs from the declaration.</summary>
    public string? TriggerEvent { get; }

    /// <summary>Creates a policy that runs from the declaration.</summary>
    /// <param name="period">How long.</param>
    /// <param name="actionAfter">What happens then.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> breaks its rule.</exception>
    public static RetentionPolicy FromDeclaration(Period period, RetentionAction actionAfter) => new(period, RetentionTrigger.FromDeclaration, actionAfter);

    /// <summary>Creates a policy that runs from an event the host records later.</summary>
    /// <param name="period">How long.</param>
    /// <param name="triggerEvent">The event, for example "contract end"; not empty.</param>
    /// <param name="actionAfter">What happens then.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">An argument breaks its rule.</exception>
    public static RetentionPolicy FromEvent(Period period, string triggerEvent, RetentionAction actionAfter) => new(period, RetentionTrigger.FromEvent, actionAfter, triggerEvent);

    /// <summary>Checks a retention period or an extension: whole years, months, weeks and days, none negative, at least
    /// one day, at most 100 years.</summary>
    internal static void CheckPeriod(Period period, string paramName) =>
        Preconditions.CheckArgument(DayPeriods.IsValid(period), paramName, $"The retention period {period} is {DayPeriods.Rule}.");
}
