using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Sla.Targets;

namespace Itsm.Sla.Policies;

/// <summary>
/// A named set of SLA targets chosen by priority (P1..P5) and metric: "P1 resolution in 4 business hours on 7x24".
/// </summary>
/// <remarks>
/// Build one with <see cref="Builder"/>; every problem of the definition is reported at once. Equality compares the
/// name and the entries. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SlaPolicy : IEquatable<SlaPolicy>
{
    private readonly ImmutableDictionary<(Priority, SlaMetric), SlaTarget> _targets;

    internal SlaPolicy(string name, ImmutableArray<SlaPolicyEntry> entries)
    {
        Name = name;
        Entries = entries;
        _targets = entries.ToImmutableDictionary(e => (e.Priority, e.Target.Metric), e => e.Target);
    }

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the entries, in the order they were added.</summary>
    public IReadOnlyList<SlaPolicyEntry> Entries { get; }

    /// <summary>Starts a policy definition.</summary>
    /// <param name="name">The policy's name; not empty.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static SlaPolicyBuilder Builder(string name) => new(Preconditions.CheckNotNull(name));

    /// <summary>Finds the target for a priority and a metric.</summary>
    /// <param name="priority">The record's priority.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The target, or null when the policy has none.</param>
    /// <returns>Whether the policy has a target for them.</returns>
    public bool TryGetTarget(Priority priority, SlaMetric metric, out SlaTarget? target) =>
        _targets.TryGetValue((priority, Preconditions.CheckNotNull(metric)), out target);

    /// <summary>Gets the target for a priority and a metric.</summary>
    /// <param name="priority">The record's priority.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no target for them; the message names the policy, the
    /// priority and the metric.</exception>
    public SlaTarget TargetFor(Priority priority, SlaMetric metric) =>
        TryGetTarget(priority, metric, out var target)
            ? target!
            : throw new KeyNotFoundException($"SLA policy '{Name}' has no {metric} target for {priority}.");

    /// <summary>Lists the targets the policy lacks for some priorities and metrics, so a host's settings can be refused when
    /// they are built rather than when the first record of a rare priority arrives.</summary>
    /// <param name="priorities">The priorities a record can take.</param>
    /// <param name="metrics">The metrics each record measures.</param>
    /// <returns>Each missing pair, in the order of <paramref name="priorities"/> then <paramref name="metrics"/>; empty when
    /// the policy has them all.</returns>
    /// <exception cref="ArgumentNullException">An argument or a metric is null.</exception>
    public IReadOnlyList<(Priority Priority, SlaMetric Metric)> MissingTargets(IEnumerable<Priority> priorities, IEnumerable<SlaMetric> metrics)
    {
        Preconditions.CheckNotNull(priorities);
        var wanted = Preconditions.CheckNotNull(metrics).ToList();
        var missing = new List<(Priority, SlaMetric)>();
        foreach (var priority in priorities)
        {
            foreach (var metric in wanted)
            {
                if (!TryGetTarget(priority, metric, out _))
                {
                    missing.Add((priority, metric));
                }
            }
        }

        return missing;
    }

    /// <inheritdoc />
    public bool Equals(SlaPolicy? other) =>
        other is not null && (ReferenceEquals(this, other) || (Name == other.Name && Entries.SequenceEqual(other.Entries)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Entries.Count);

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Entries.Count + " targets)";
}

/// <summary>One target of a policy: the priority it applies to and the target.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Target">The target (its metric is the entry's metric).</param>
public sealed record SlaPolicyEntry(Priority Priority, SlaTarget Target);
