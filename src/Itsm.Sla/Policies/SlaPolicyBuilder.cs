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
    /// <param name="amount">The business time allowed; positive, at most <see cref="SlaTarget.MaxAmount"/>.</param>
    /// <param name="calendar">The calendar it counts on, for example <see cref="BusinessCalendars.FiveByNine"/>.</param>
    /// <param name="percentages">Warning percentages, each more than 0 and at most <see cref="SlaThreshold.MaxPercentage"/>
    /// (100 warns at the due instant, more after it); null gives 50, 75 and 90.</param>
    /// <param name="leadTimes">Warnings as business time before breach, each zero or more (a lead not shorter than
    /// <paramref name="amount"/> is reached as soon as the clock starts).</param>
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
    /// <exception cref="InvalidSlaDefinitionException">The definition breaks one or more rules (an empty name, a priority
    /// outside P1 to P5, a target outside (0, <see cref="SlaTarget.MaxAmount"/>], a percentage outside
    /// (0, <see cref="SlaThreshold.MaxPercentage"/>], a negative lead time, a threshold given twice, a priority and metric
    /// given twice); every problem is listed.</exception>
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
                AddThreshold(thresholds, problems, SlaThreshold.PercentProblem(percentage, where), () => SlaThreshold.Percent(percentage));
            }

            foreach (var lead in d.LeadTimes)
            {
                AddThreshold(thresholds, problems, SlaThreshold.LeadTimeProblem(lead, where), () => SlaThreshold.Before(lead));
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

    private static void AddThreshold(List<SlaThreshold> thresholds, List<string> problems, string? problem, Func<SlaThreshold> create)
    {
        if (problem is null)
        {
            thresholds.Add(create());
        }
        else
        {
            problems.Add(problem);
        }
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
