using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Itsm.Core.Actors;

/// <summary>
/// Who may fire which command on one kind of record: the roles a trigger needs (any one of them) and the
/// segregation-of-duties rules that apply to it ("the approver may not be the requester").
/// </summary>
/// <typeparam name="TAggregate">The record the rules read.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
/// <remarks>
/// Each package ships a default policy that follows the source documents; a host replaces it with its own, built with
/// <see cref="RolePolicy.Builder{TAggregate, TTrigger}"/> (from scratch, or from a default's <see cref="ToBuilder"/>). A trigger the policy does not
/// mention is refused: every command is allowed explicitly. Rules are pure functions of the record and the actor.
/// Immutable and thread-safe.
/// </remarks>
public sealed class RolePolicy<TAggregate, TTrigger>
    where TTrigger : struct, Enum
{
    private readonly ImmutableDictionary<TTrigger, ImmutableArray<Role>?> _roles;
    private readonly ImmutableArray<SegregationRule> _segregation;

    private RolePolicy(ImmutableDictionary<TTrigger, ImmutableArray<Role>?> roles, ImmutableArray<SegregationRule> segregation)
    {
        _roles = roles;
        _segregation = segregation;
    }

    /// <summary>Starts an empty policy; <see cref="RolePolicy.Builder{TAggregate, TTrigger}"/> calls it.</summary>
    internal static RolePolicyBuilder Empty() => new(ImmutableDictionary<TTrigger, ImmutableArray<Role>?>.Empty, []);

    /// <summary>Starts a policy from this one, to change some of its rules.</summary>
    /// <returns>A builder holding this policy's rules.</returns>
    public RolePolicyBuilder ToBuilder() => new(_roles, _segregation);

    /// <summary>Gets the roles that may fire a trigger (any one of them); null when anyone may, empty when the policy does
    /// not mention the trigger.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The roles.</returns>
    public IReadOnlyList<Role>? RolesFor(TTrigger trigger) =>
        _roles.TryGetValue(trigger, out var roles) ? roles is { } r ? r : null : [];

    /// <summary>Lists the rules that stop an actor from firing a trigger on a record, without throwing.</summary>
    /// <param name="record">The record.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="trigger">The command.</param>
    /// <returns>The unmet rules, each an invariant sentence; empty when allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(TAggregate record, Actor actor, TTrigger trigger)
    {
        Preconditions.CheckNotNull(actor);
        var unmet = new List<string>();
        if (!_roles.TryGetValue(trigger, out var roles))
        {
            unmet.Add($"the role policy does not say who may {trigger}");
        }
        else if (roles is { } anyOf && !anyOf.Any(actor.HasRole))
        {
            unmet.Add($"{trigger} needs one of the roles {string.Join(", ", anyOf)}, and {actor} holds {(actor.Roles.Count == 0 ? "none" : string.Join(", ", actor.Roles))}");
        }

        foreach (var rule in _segregation)
        {
            if (EqualityComparer<TTrigger>.Default.Equals(rule.Trigger, trigger) && !rule.Allows(record, actor))
            {
                unmet.Add(rule.Description);
            }
        }

        return unmet;
    }

    /// <summary>Throws unless the actor may fire the trigger on the record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="trigger">The command.</param>
    /// <param name="recordType">The kind of record, for the message.</param>
    /// <param name="recordId">The record's id, for the message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="CommandNotAuthorizedException">A rule refuses it; the exception names the actor, the command,
    /// the roles it needs and every rule that refused it.</exception>
    public void Demand(TAggregate record, Actor actor, TTrigger trigger, string recordType, string recordId)
    {
        var unmet = UnmetRules(record, actor, trigger);
        if (unmet.Count > 0)
        {
            throw new CommandNotAuthorizedException(actor, trigger.ToString(), recordType, recordId, RolesFor(trigger) ?? [], unmet);
        }
    }

    /// <summary>A segregation-of-duties rule: for one trigger, whether an actor may fire it on a record.</summary>
    /// <param name="Trigger">The trigger it applies to.</param>
    /// <param name="Description">The rule as an invariant sentence, for example <c>the approver may not be the requester</c>.</param>
    /// <param name="Allows">True when the actor may fire the trigger on the record.</param>
    public sealed record SegregationRule(TTrigger Trigger, string Description, Func<TAggregate, Actor, bool> Allows);

    /// <summary>Collects the rules of a <see cref="RolePolicy{TAggregate, TTrigger}"/>. Mutable; not thread-safe.</summary>
    public sealed class RolePolicyBuilder
    {
        private readonly Dictionary<TTrigger, ImmutableArray<Role>?> _roles;
        private readonly List<SegregationRule> _segregation;

        internal RolePolicyBuilder(IReadOnlyDictionary<TTrigger, ImmutableArray<Role>?> roles, IEnumerable<SegregationRule> segregation)
        {
            _roles = new Dictionary<TTrigger, ImmutableArray<Role>?>(roles);
            _segregation = [.. segregation];
        }

        /// <summary>Lets actors holding any one of the roles fire the trigger (replacing what the trigger allowed before).</summary>
        /// <param name="trigger">The trigger.</param>
        /// <param name="anyOf">The roles; at least one.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">No role is given, or a role is the default value.</exception>
        public RolePolicyBuilder Allow(TTrigger trigger, params Role[] anyOf)
        {
            Preconditions.CheckNotNull(anyOf);
            Preconditions.CheckArgument(anyOf.Length > 0 && !anyOf.Contains(default), nameof(anyOf), $"Allow({trigger}) needs at least one role, none of them empty; use AllowAnyone for an open command.");
            _roles[trigger] = [.. anyOf.Distinct()];
            return this;
        }

        /// <summary>Lets any actor fire the trigger (segregation rules still apply).</summary>
        /// <param name="trigger">The trigger.</param>
        /// <returns>This builder.</returns>
        public RolePolicyBuilder AllowAnyone(TTrigger trigger)
        {
            _roles[trigger] = null;
            return this;
        }

        /// <summary>Adds a segregation-of-duties rule to a trigger.</summary>
        /// <param name="trigger">The trigger.</param>
        /// <param name="description">The rule as an invariant sentence; not empty.</param>
        /// <param name="allows">True when the actor may fire the trigger on the record; a pure function.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public RolePolicyBuilder Separate(TTrigger trigger, string description, Func<TAggregate, Actor, bool> allows)
        {
            Preconditions.CheckNotNull(description);
            Preconditions.CheckNotNull(allows);
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(description), nameof(description), "A segregation rule needs a description that says the rule.");
            _segregation.Add(new SegregationRule(trigger, description, allows));
            return this;
        }

        /// <summary>Removes every segregation rule of a trigger (a host that does not want them).</summary>
        /// <param name="trigger">The trigger.</param>
        /// <returns>This builder.</returns>
        public RolePolicyBuilder WithoutSegregation(TTrigger trigger)
        {
            _segregation.RemoveAll(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger));
            return this;
        }

        /// <summary>Builds the policy.</summary>
        /// <returns>An immutable policy.</returns>
        public RolePolicy<TAggregate, TTrigger> Build() => new(_roles.ToImmutableDictionary(), [.. _segregation]);
    }
}

/// <summary>Starts role policies.</summary>
public static class RolePolicy
{
    /// <summary>Starts an empty policy for one kind of record.</summary>
    /// <typeparam name="TAggregate">The record the rules read.</typeparam>
    /// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
    /// <returns>A builder.</returns>
    public static RolePolicy<TAggregate, TTrigger>.RolePolicyBuilder Builder<TAggregate, TTrigger>()
        where TTrigger : struct, Enum => RolePolicy<TAggregate, TTrigger>.Empty();
}
