using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Policies;

/// <summary>
/// Collects the targets of an <see cref="SlaPolicy"/>; <see cref="Build"/> reports every problem at once.
/// </summary>
/// <remarks>Mutable and not thread-safe; the policy it builds is immutable.</remarks>
public sealed class SlaPolicyBuilder
{
    private readonly List<Definition> _definitions = [];

    internal SlaPolicyBuilder(string name) => Name = name;

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Adds a target. Nothing is checked until <see cref="Validate"/> or <see cref="Build"/>.</summary>
    /// <param name="priority">The priority it applies to, P1..P5.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="amount">The business time allowed; must be positive.</param>
    /// <param name="calendar">The calendar it counts on, for example <see cref="BusinessCalendars.FiveByNine"/>.</param>
    /// <param name="percentages">Warning percentages, each strictly between 0 and 100; null gives 50, 75 and 90.</param>
    /// <param name="leadTimes">Warnings as business time before breach, each shorter than <paramref name="amount"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="calendar"/> is null.</exception>
    public SlaPolicyBuilder Add(
        Priority priority,
        SlaMetric metric,
        Duration amount,
        BusinessCalendar calendar,
        IEnumerable<decimal>? percentages = null,
        IEnumerable<Duration>? leadTimes = null)
    {
        _definitions.Add(new Definition(
            priority,
            Preconditions.CheckNotNull(metric),
            amount,
            Preconditions.CheckNotNull(calendar),
            percentages?.ToImmutableArray(),
            leadTimes?.ToImmutableArray() ?? []));
        return this;
    }

    /// <summary>Adds a target that is already built (and so already valid in itself).</summary>
    /// <param name="priority">The priority it applies to, P1..P5.</param>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public SlaPolicyBuilder Add(Priority priority, SlaTarget target)
    {
        Preconditions.CheckNotNull(target);
        _definitions.Add(new Definition(priority, target.Metric, target.Amount, target.Calendar, null, [], target));
        return this;
    }

    /// <summary>Checks the definition without throwing.</summary>
    /// <returns>Every problem, each naming the entry, the value and the rule; empty when valid.</returns>
    public IReadOnlyList<string> Validate() => Check(out _);

    /// <summary>Builds the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidSlaDefinitionException">The definition breaks one or more rules (a target that is not
    /// positive, a threshold outside (0, 100), a lead time not shorter than its target, a priority and metric given
    /// twice, no priority); every problem is listed.</exception>
    public SlaPolicy Build()
    {
        var problems = Check(out var entries);
        return problems.Count > 0 ? throw new InvalidSlaDefinitionException(problems) : new SlaPolicy(Name, entries);
    }

    private List<string> Check(out ImmutableArray<SlaPolicyEntry> entries)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("The policy name is empty; a policy needs a name that reports and agreements can show.");
        }

        var built = ImmutableArray.CreateBuilder<SlaPolicyEntry>();
        var seen = new Dictionary<(Priority, SlaMetric), int>();
        for (int i = 0; i < _definitions.Count; i++)
        {
            var d = _definitions[i];
            string where = FormattableString.Invariant($"entry {i} ({d.Priority} {d.Metric})");
            int before = problems.Count;
            if (d.Priority is < Priority.P1 or > Priority.P5)
            {
                problems.Add(FormattableString.Invariant($"{where}: {d.Priority} is not a priority; use P1 to P5."));
            }

            if (!seen.TryAdd((d.Priority, d.Metric), i))
            {
                problems.Add(FormattableString.Invariant(
                    $"{where}: {d.Priority} {d.Metric} is already defined by entry {seen[(d.Priority, d.Metric)]}; each priority and metric has one target."));
            }

            if (d.Built is { } target)
            {
                if (problems.Count == before)
                {
                    built.Add(new SlaPolicyEntry(d.Priority, target));
                }

                continue;
            }

            var thresholds = new List<SlaThreshold>();
            foreach (var percentage in d.Percentages ?? [50m, 75m, 90m])
            {
                if (percentage is <= 0 or >= 100)
                {
                    problems.Add(FormattableString.Invariant($"{where}: the threshold {percentage}% is outside (0, 100); warnings fire strictly between the start and the breach."));
                }
                else
                {
                    thresholds.Add(SlaThreshold.Percent(percentage));
                }
            }

            foreach (var lead in d.LeadTimes)
            {
                if (lead <= Duration.Zero)
                {
                    problems.Add(FormattableString.Invariant($"{where}: the lead time {lead} is not positive; a warning before breach needs some time before it."));
                }
                else
                {
                    thresholds.Add(SlaThreshold.Before(lead));
                }
            }

            problems.AddRange(SlaTarget.Problems(where, d.Amount, thresholds));
            if (problems.Count == before)
            {
                built.Add(new SlaPolicyEntry(d.Priority, new SlaTarget(d.Metric, d.Amount, d.Calendar, thresholds)));
            }
        }

        entries = built.ToImmutable();
        return problems;
    }

    private sealed record Definition(
        Priority Priority,
        SlaMetric Metric,
        Duration Amount,
        BusinessCalendar Calendar,
        ImmutableArray<decimal>? Percentages,
        ImmutableArray<Duration> LeadTimes,
        SlaTarget? Built = null);
}
