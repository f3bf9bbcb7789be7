using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// How often an open incident or service request owes a progress update, per audience and priority, in business time
/// on the record's resolution (or fulfilment) calendar: for example the customer every 30 minutes at P1 and every
/// 2 hours at P2, top management every hour on a major incident. A priority without an interval owes no updates.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; <see cref="Every"/> returns a new policy, validated as it is built.</para>
/// <para>The interval in force is the one of the record's current priority; it counts from the later of the last update
/// to the audience, the last missed deadline already reported, and the start of the obligation (logging or submission,
/// reopening, and for management the declaration of a major incident).</para>
/// </remarks>
public sealed class ProgressUpdatePolicy
{
    private readonly ImmutableSortedDictionary<(UpdateAudience Audience, Priority Priority), Duration> _intervals;

    private ProgressUpdatePolicy(ImmutableSortedDictionary<(UpdateAudience Audience, Priority Priority), Duration> intervals) => _intervals = intervals;

    /// <summary>Gets the shortest interval a policy accepts: one minute.</summary>
    public static Duration MinInterval { get; } = Duration.FromMinutes(1);

    /// <summary>Gets the longest interval a policy accepts: 366 days.</summary>
    public static Duration MaxInterval { get; } = Duration.FromDays(366);

    /// <summary>Gets the policy that owes no updates to anyone (the default of the settings).</summary>
    public static ProgressUpdatePolicy None { get; } = new(ImmutableSortedDictionary<(UpdateAudience, Priority), Duration>.Empty);

    /// <summary>Gets the intervals, by audience then priority.</summary>
    public IReadOnlyList<ProgressUpdateInterval> Intervals => [.. _intervals.Select(e => new ProgressUpdateInterval(e.Key.Audience, e.Key.Priority, e.Value))];

    /// <summary>Returns a policy that owes <paramref name="audience"/> an update every <paramref name="interval"/> of
    /// business time while a record of <paramref name="priority"/> is open; it replaces the interval this policy had for
    /// that audience and priority.</summary>
    /// <param name="audience">Whom.</param>
    /// <param name="priority">At which priority, P1 to P5.</param>
    /// <param name="interval">How often; from <see cref="MinInterval"/> to <see cref="MaxInterval"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="audience"/> is not an audience.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is not P1 to P5, or
    /// <paramref name="interval"/> is outside its range (zero and negative intervals included).</exception>
    public ProgressUpdatePolicy Every(UpdateAudience audience, Priority priority, Duration interval)
    {
        Preconditions.CheckArgument(Enum.IsDefined(audience), nameof(audience), $"{audience} is not an update audience.");
        if (priority is < Priority.P1 or > Priority.P5)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"{priority} is not a priority; use P1 to P5.");
        }

        if (interval < MinInterval || interval > MaxInterval)
        {
            throw new ArgumentOutOfRangeException(
                nameof(interval),
                interval,
                $"An update interval of {interval} for {audience} at {priority} is outside {MinInterval} to {MaxInterval}: updates are owed at a positive interval of at least a minute and at most a year.");
        }

        return new(_intervals.SetItem((audience, priority), interval));
    }

    /// <summary>Returns the interval at which <paramref name="audience"/> is owed updates at <paramref name="priority"/>.</summary>
    /// <param name="audience">Whom.</param>
    /// <param name="priority">The record's priority.</param>
    /// <returns>The interval; null when no update is owed.</returns>
    public Duration? IntervalFor(UpdateAudience audience, Priority priority) =>
        _intervals.TryGetValue((audience, priority), out var interval) ? interval : null;

    /// <summary>Returns whether any priority owes <paramref name="audience"/> updates.</summary>
    /// <param name="audience">Whom.</param>
    /// <returns>True when some interval is for the audience.</returns>
    public bool Covers(UpdateAudience audience) => _intervals.Keys.Any(k => k.Audience == audience);
}

/// <summary>One interval of a <see cref="ProgressUpdatePolicy"/>.</summary>
/// <param name="Audience">Whom.</param>
/// <param name="Priority">At which priority.</param>
/// <param name="Interval">How often, in business time.</param>
public sealed record ProgressUpdateInterval(UpdateAudience Audience, Priority Priority, Duration Interval);
