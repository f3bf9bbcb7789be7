using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>One open action of the action tracker.</summary>
/// <param name="Nonconformity">The nonconformity it belongs to.</param>
/// <param name="Action">The action.</param>
/// <param name="Overdue">Whether it is past its due instant.</param>
/// <param name="NextRungDueAt">When it reaches its next rung of the ladder; null when none is pending.</param>
public sealed record TrackedAction(Id<Kinds.Nonconformity> Nonconformity, NonconformityAction Action, bool Overdue, Instant? NextRungDueAt);

/// <summary>The action tracker register: every open action of the nonconformities given, as it stands at an instant.</summary>
public static class ActionTracker
{
    /// <summary>The open actions, by due instant, then nonconformity and action number.</summary>
    /// <param name="nonconformities">The nonconformities (rejected and closed ones have none open).</param>
    /// <param name="at">The instant (the host's now).</param>
    /// <returns>The rows.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="nonconformities"/> or one of them is null.</exception>
    public static IReadOnlyList<TrackedAction> OpenActions(IEnumerable<Nonconformity> nonconformities, Instant at) =>
    [
        .. Preconditions.CheckNotNull(nonconformities)
            .SelectMany(nc => Preconditions.CheckNotNull(nc, nameof(nonconformities)).OpenActions.Select(a =>
                new TrackedAction(nc.Id, a, a.DueAt < at, nc.NextEscalation(a) is { } level && nc.EscalationDueAt(a, level) is var due && due != Instant.MaxValue ? due : null)))
            .OrderBy(r => r.Action.DueAt)
            .ThenBy(r => r.Nonconformity)
            .ThenBy(r => r.Action.Number),
    ];
}
