using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Agreements;

/// <summary>
/// A service level agreement: the customer, the services it covers, the SLA policy (with optional per-service
/// policies), the calendar of agreed service hours and the next review date. It is under change control: every
/// revision makes a new version and records who changed what, when and why.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Revise"/> returns the next version and leaves this one as it was. Equality is by reference.
/// Thread-safe.
/// </remarks>
public sealed class ServiceLevelAgreement
{
    private ServiceLevelAgreement(
        string id,
        string customer,
        ImmutableArray<string> services,
        SlaPolicy policy,
        ImmutableDictionary<string, SlaPolicy> servicePolicies,
        BusinessCalendar serviceHours,
        LocalDate reviewDate,
        ImmutableArray<AgreementChange> history)
    {
        Id = id;
        Customer = customer;
        Services = services;
        Policy = policy;
        ServicePolicies = servicePolicies;
        ServiceHours = serviceHours;
        ReviewDate = reviewDate;
        History = history;
    }

    /// <summary>Gets the agreement's id, for example <c>SLA-2026-007</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the customer.</summary>
    public string Customer { get; }

    /// <summary>Gets the services covered, in the order given.</summary>
    public IReadOnlyList<string> Services { get; }

    /// <summary>Gets the policy that applies to every covered service without a policy of its own.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the policies of services that have their own.</summary>
    public IReadOnlyDictionary<string, SlaPolicy> ServicePolicies { get; }

    /// <summary>Gets the calendar of agreed service hours (availability is measured against it).</summary>
    public BusinessCalendar ServiceHours { get; }

    /// <summary>Gets the date by which the agreement is next reviewed.</summary>
    public LocalDate ReviewDate { get; }

    /// <summary>Gets the version: 1 when agreed, one more for each revision.</summary>
    public int Version => History.Count;

    /// <summary>Gets every change, oldest first; the first is the agreement itself.</summary>
    public IReadOnlyList<AgreementChange> History { get; }

    /// <summary>Records a new agreement as version 1.</summary>
    /// <param name="id">The agreement's id; not empty.</param>
    /// <param name="customer">The customer; not empty.</param>
    /// <param name="services">The services covered; at least one, none empty or repeated.</param>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="serviceHours">The calendar of agreed service hours.</param>
    /// <param name="reviewDate">When it is next reviewed.</param>
    /// <param name="by">Who agreed it.</param>
    /// <param name="at">When.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The id, customer or services break a rule; every problem is listed.</exception>
    public static ServiceLevelAgreement Create(
        string id,
        string customer,
        IEnumerable<string> services,
        SlaPolicy policy,
        BusinessCalendar serviceHours,
        LocalDate reviewDate,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(customer);
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(serviceHours);
        Preconditions.CheckNotNull(by);
        var list = services.ToImmutableArray();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add("The agreement id is empty; an agreement needs an id.");
        }

        if (string.IsNullOrWhiteSpace(customer))
        {
            problems.Add("The customer is empty; an agreement is made with a customer.");
        }

        problems.AddRange(ServiceProblems(list));
        if (problems.Count > 0)
        {
            throw new InvalidSlaDefinitionException(problems);
        }

        var change = new AgreementChange(1, at, by, "agreed", FormattableString.Invariant(
            $"agreed with {customer} for {string.Join(", ", list)} under policy '{policy.Name}', service hours '{serviceHours.Id}', review by {reviewDate:yyyy-MM-dd}"));
        return new ServiceLevelAgreement(id, customer, list, policy, ImmutableDictionary<string, SlaPolicy>.Empty, serviceHours, reviewDate, [change]);
    }

    /// <summary>Restores a stored agreement at its latest version, with its history.</summary>
    /// <param name="id">The agreement's id.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="services">The services covered.</param>
    /// <param name="policy">The default policy.</param>
    /// <param name="servicePolicies">The per-service policies.</param>
    /// <param name="serviceHours">The calendar of agreed service hours.</param>
    /// <param name="reviewDate">The review date.</param>
    /// <param name="history">Every change, oldest first, with versions 1, 2, 3... and instants that never go back.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The parts or the history break a rule; every problem is listed.</exception>
    public static ServiceLevelAgreement Restore(
        string id,
        string customer,
        IEnumerable<string> services,
        SlaPolicy policy,
        IReadOnlyDictionary<string, SlaPolicy> servicePolicies,
        BusinessCalendar serviceHours,
        LocalDate reviewDate,
        IEnumerable<AgreementChange> history)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(customer);
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(servicePolicies);
        Preconditions.CheckNotNull(serviceHours);
        Preconditions.CheckNotNull(history);
        var list = services.ToImmutableArray();
        var changes = history.ToImmutableArray();
        var problems = ServiceProblems(list);
        problems.AddRange(servicePolicies.Keys.Where(s => !list.Contains(s)).Select(s =>
            $"The policy for service '{s}' names a service the agreement does not cover."));
        if (changes.IsEmpty)
        {
            problems.Add("The history is empty; an agreement's history starts with its agreement.");
        }

        for (int i = 0; i < changes.Length; i++)
        {
            if (changes[i] is null)
            {
                problems.Add(FormattableString.Invariant($"History entry {i} is null."));
                continue;
            }

            if (changes[i].Version != i + 1)
            {
                problems.Add(FormattableString.Invariant($"History entry {i} has version {changes[i].Version}; versions run 1, 2, 3... without gaps."));
            }

            if (i > 0 && changes[i - 1] is { } before && changes[i].At < before.At)
            {
                problems.Add(FormattableString.Invariant($"History entry {i} at {changes[i].At} is before the change before it at {before.At}."));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidSlaDefinitionException(problems);
        }

        return new ServiceLevelAgreement(id, customer, list, policy, servicePolicies.ToImmutableDictionary(), serviceHours, reviewDate, changes);
    }

    /// <summary>Returns the next version with the given changes; parts not given stay as they are.</summary>
    /// <param name="by">Who changes it.</param>
    /// <param name="at">When; not before the last change.</param>
    /// <param name="reason">Why; not empty (change control asks for it).</param>
    /// <param name="services">The new list of services covered.</param>
    /// <param name="policy">The new default policy.</param>
    /// <param name="servicePolicies">Per-service policies to set (replacing any earlier one for the service).</param>
    /// <param name="serviceHours">The new calendar of agreed service hours.</param>
    /// <param name="reviewDate">The new review date.</param>
    /// <returns>The next version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The reason is empty, nothing changes, or <paramref name="at"/> is before the
    /// last change.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The services break a rule, or a service policy names a service
    /// the agreement does not cover.</exception>
    public ServiceLevelAgreement Revise(
        Actor by,
        Instant at,
        string reason,
        IEnumerable<string>? services = null,
        SlaPolicy? policy = null,
        IReadOnlyDictionary<string, SlaPolicy>? servicePolicies = null,
        BusinessCalendar? serviceHours = null,
        LocalDate? reviewDate = null)
    {
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A revision needs a reason; change control records why.");
        var last = History[^1].At;
        Preconditions.CheckArgument(
            at >= last,
            nameof(at),
            FormattableString.Invariant($"The revision at {at} is before the last change at {last}; changes never go back in time."));

        var newServices = services?.ToImmutableArray() ?? (ImmutableArray<string>)Services;
        var newPolicies = ServicePolicies.ToImmutableDictionary().SetItems(servicePolicies ?? ImmutableDictionary<string, SlaPolicy>.Empty);
        var problems = ServiceProblems(newServices);
        problems.AddRange(newPolicies.Keys.Where(s => !newServices.Contains(s)).Select(s =>
            $"The policy for service '{s}' names a service the agreement does not cover; add the service first."));
        if (problems.Count > 0)
        {
            throw new InvalidSlaDefinitionException(problems);
        }

        var parts = new List<string>();
        if (!newServices.SequenceEqual(Services))
        {
            parts.Add("services: " + string.Join(", ", Services) + " -> " + string.Join(", ", newServices));
        }

        if (policy is not null && !policy.Equals(Policy))
        {
            parts.Add("policy: '" + Policy.Name + "' -> '" + policy.Name + "'");
        }

        foreach (var (service, servicePolicy) in servicePolicies ?? ImmutableDictionary<string, SlaPolicy>.Empty)
        {
            if (!ServicePolicies.TryGetValue(service, out var before) || !before.Equals(servicePolicy))
            {
                parts.Add("policy of " + service + ": '" + (before?.Name ?? Policy.Name) + "' -> '" + servicePolicy.Name + "'");
            }
        }

        if (serviceHours is not null && !serviceHours.Equals(ServiceHours))
        {
            parts.Add("service hours: '" + ServiceHours.Id + "' -> '" + serviceHours.Id + "'");
        }

        if (reviewDate is { } date && date != ReviewDate)
        {
            parts.Add(FormattableString.Invariant($"review date: {ReviewDate:yyyy-MM-dd} -> {date:yyyy-MM-dd}"));
        }

        Preconditions.CheckArgument(parts.Count > 0, nameof(reason), $"The revision of '{Id}' changes nothing; a new version needs a change.");
        var change = new AgreementChange(Version + 1, at, by, reason, string.Join("; ", parts));
        return new ServiceLevelAgreement(
            Id,
            Customer,
            newServices,
            policy ?? Policy,
            newPolicies,
            serviceHours ?? ServiceHours,
            reviewDate ?? ReviewDate,
            [.. History, change]);
    }

    /// <summary>Returns whether the agreement covers a service.</summary>
    /// <param name="service">The service.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(string service) => Services.Contains(service, StringComparer.Ordinal);

    /// <summary>Selects the target for a record by service, priority and metric.</summary>
    /// <param name="service">The record's service.</param>
    /// <param name="priority">The record's priority.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="target">The target, or null.</param>
    /// <returns>False when the service is not covered or its policy has no such target.</returns>
    public bool TryGetTarget(string service, Priority priority, SlaMetric metric, out SlaTarget? target)
    {
        target = null;
        return Covers(service) && PolicyFor(service).TryGetTarget(priority, metric, out target);
    }

    /// <summary>Selects the target for a record by service, priority and metric.</summary>
    /// <param name="service">The record's service.</param>
    /// <param name="priority">The record's priority.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">The service is not covered, or its policy has no such target; the message
    /// names the agreement, the service, the priority and the metric.</exception>
    public SlaTarget TargetFor(string service, Priority priority, SlaMetric metric)
    {
        if (!Covers(service))
        {
            throw new KeyNotFoundException($"Agreement '{Id}' with {Customer} does not cover service '{service}'.");
        }

        return PolicyFor(service).TryGetTarget(priority, metric, out var target)
            ? target!
            : throw new KeyNotFoundException($"Agreement '{Id}' has no {metric} target for {priority} on service '{service}' (policy '{PolicyFor(service).Name}').");
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Id} v{Version} ({Customer})");

    private SlaPolicy PolicyFor(string service) => ServicePolicies.TryGetValue(service, out var policy) ? policy : Policy;

    private static List<string> ServiceProblems(ImmutableArray<string> services)
    {
        var problems = new List<string>();
        if (services.IsDefaultOrEmpty)
        {
            problems.Add("The agreement covers no service; it needs at least one.");
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            if (string.IsNullOrWhiteSpace(service))
            {
                problems.Add("A service name is empty.");
            }
            else if (!seen.Add(service))
            {
                problems.Add($"The service '{service}' is listed twice.");
            }
        }

        return problems;
    }
}

/// <summary>One change of an agreement under change control: the version it made, when, who, why and what.</summary>
/// <param name="Version">The version the change made.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="Summary">What changed, old and new values.</param>
public sealed record AgreementChange(int Version, Instant At, Actor By, string Reason, string Summary);
