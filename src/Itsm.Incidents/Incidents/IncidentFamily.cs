using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// A major incident and its child incidents, loaded together by the host, for the commands that span several
/// records: linking a child, resolving the parent (its open children are resolved with it), reopening a child (a resolved
/// parent is reopened with it), and closing the parent (only once every child is closed or cancelled; closing never
/// cascades). No sequence of commands leaves a resolved or closed parent with an open child.
/// </summary>
/// <remarks>
/// <para>
/// Each command checks every record it touches (time order, role policy, lifecycle) before it records anything on
/// any of them, so a refused command changes no record. The family checks on every command that it holds exactly the
/// parent's children (none missing, none extra), so a host cannot close a parent by leaving an open child out.
/// </para>
/// <para>
/// A child's own commands (resolve, close, cancel...) stay on the child. A parent's own <see cref="Incident.Resolve"/>,
/// <see cref="Incident.Close"/> and <see cref="Incident.Advance"/> refuse to resolve or close it while it has children,
/// and a child's own <see cref="Incident.Reopen"/> refuses to reopen it, because neither can see the other: use the
/// family.
/// </para>
/// <para>Mutable through its incidents; not thread-safe (one thread at a time per family).</para>
/// </remarks>
public sealed class IncidentFamily
{
    private IncidentFamily(Incident parent, IReadOnlyList<Incident> children)
    {
        Parent = parent;
        Children = children;
    }

    /// <summary>Gets the parent (major) incident.</summary>
    public Incident Parent { get; }

    /// <summary>Gets the child incidents, in the parent's link order.</summary>
    public IReadOnlyList<Incident> Children { get; }

    /// <summary>Gets a value indicating whether every child is closed or cancelled (true for a parent without children).</summary>
    public bool AreChildrenSettled => Children.All(c => c.State is IncidentState.Closed or IncidentState.Cancelled);

    /// <summary>Forms the family of a parent incident from its loaded children.</summary>
    /// <param name="parent">The parent incident.</param>
    /// <param name="children">Every child the parent lists in <see cref="Incident.Children"/>, in any order.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ArgumentNullException">An argument or a child is null.</exception>
    /// <exception cref="ArgumentException">A child of the parent is missing, an incident is not its child, or one is
    /// given twice.</exception>
    public static IncidentFamily Of(Incident parent, IEnumerable<Incident> children)
    {
        Preconditions.CheckNotNull(parent);
        Preconditions.CheckNotNull(children);
        var given = children.ToList();
        Preconditions.CheckArgument(given.All(c => c is not null), nameof(children), "A child incident is null.");
        var byId = new Dictionary<Id<Kinds.Incident>, Incident>();
        foreach (var child in given)
        {
            Preconditions.CheckArgument(
                child.Parent == parent.Id && parent.Children.Contains(child.Id),
                nameof(children),
                $"Incident '{child.Id}' is not a child of incident '{parent.Id}'.");
            Preconditions.CheckArgument(byId.TryAdd(child.Id, child), nameof(children), $"Child incident '{child.Id}' is given twice.");
        }

        var missing = parent.Children.Where(id => !byId.ContainsKey(id)).ToList();
        Preconditions.CheckArgument(
            missing.Count == 0,
            nameof(children),
            $"Incident '{parent.Id}' has child incidents that were not given: {string.Join(", ", missing.Select(m => "'" + m.Value + "'"))}; a family holds every child.");
        return new IncidentFamily(parent, [.. parent.Children.Select(id => byId[id])]);
    }

    /// <summary>Links a child incident to a major incident: recorded on both, or on neither.</summary>
    /// <param name="parent">The major incident; not resolved, closed or cancelled, and not itself a child.</param>
    /// <param name="child">The child; not resolved, closed or cancelled, without a parent, and not itself a parent.</param>
    /// <param name="by">Who (an incident manager by default).</param>
    /// <param name="at">When; not before either incident's last command.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The child is the parent, or <paramref name="at"/> is before a last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not link incidents.</exception>
    /// <exception cref="InvalidTransitionException">A rule of either incident refuses the link (the parent is not major,
    /// the child already has a parent, an incident is resolved...).</exception>
    public static void Link(Incident parent, Incident child, Actor by, Instant at)
    {
        Preconditions.CheckNotNull(parent);
        Preconditions.CheckNotNull(child);
        Preconditions.CheckArgument(parent.Id != child.Id, nameof(child), $"Incident '{parent.Id}' cannot be its own child.");
        parent.Authorise(IncidentTrigger.LinkChild, by, at);
        child.Authorise(IncidentTrigger.LinkToParent, by, at);
        parent.RecordAuthorised(new IncidentChildLinked(at, by, child.Id));
        child.RecordAuthorised(new IncidentParentLinked(at, by, parent.Id));
    }

    /// <summary>Resolves the parent, and with it every child that is still open (new, in progress or on hold) with the
    /// same code and notes; children already resolved, closed or cancelled are left as they are.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before any touched incident's last command.</param>
    /// <param name="code">The resolution code; not empty.</param>
    /// <param name="notes">The resolution notes; not empty.</param>
    /// <exception cref="ArgumentException">The code or notes are empty, the family no longer holds exactly the parent's
    /// children, or <paramref name="at"/> is before a last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not resolve one of the incidents.</exception>
    /// <exception cref="InvalidTransitionException">The parent cannot be resolved now.</exception>
    public void Resolve(Actor by, Instant at, string code, string notes)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "A resolution needs a resolution code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(notes), nameof(notes), "A resolution needs notes that say what was done.");
        CheckStillWhole();
        var open = Children.Where(IsOpen).ToList();
        Parent.Authorise(IncidentTrigger.Resolve, by, at, family: true);
        foreach (var child in open)
        {
            child.Authorise(IncidentTrigger.ResolveWithParent, by, at);
        }

        Parent.RecordAuthorised(new IncidentResolved(at, by, code, notes));
        foreach (var child in open)
        {
            child.RecordAuthorised(new IncidentResolvedWithParent(at, by, Parent.Id, code, notes));
        }
    }

    /// <summary>Reopens a resolved child within its reopen window, and with it the parent when the parent is resolved
    /// (a parent is never resolved while a child is open), in one command.</summary>
    /// <param name="child">The child's id.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before either incident's last command.</param>
    /// <param name="reason">Why; not empty. The parent's reopen records it with the child's id.</param>
    /// <exception cref="ArgumentException">The reason is empty, <paramref name="child"/> is not a child of the parent, the
    /// family no longer holds exactly the parent's children, or <paramref name="at"/> is before a last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not reopen one of the incidents.</exception>
    /// <exception cref="InvalidTransitionException">The child is not resolved or its window has passed, or the parent is
    /// resolved and its own window has passed.</exception>
    public void Reopen(Id<Kinds.Incident> child, Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A reopen needs a reason.");
        CheckStillWhole();
        var target = Child(child);
        bool parentToo = ReopensParent;
        target.Authorise(IncidentTrigger.Reopen, by, at, family: true);
        if (parentToo)
        {
            Parent.Authorise(IncidentTrigger.Reopen, by, at, family: true);
        }

        target.RecordAuthorised(new IncidentReopened(at, by, reason));
        if (parentToo)
        {
            Parent.RecordAuthorised(new IncidentReopened(at, by, $"child incident {child} reopened: {reason}"));
        }
    }

    /// <summary>Closes the parent on the caller's confirmation, once every child is closed or cancelled. Children are
    /// never closed by it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">The family no longer holds exactly the parent's children, or
    /// <paramref name="at"/> is before the parent's last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not close.</exception>
    /// <exception cref="InvalidTransitionException">The parent is not resolved, a child is still open, or a major
    /// incident's review is missing.</exception>
    public void Close(Actor by, Instant at)
    {
        CheckStillWhole();
        Parent.Authorise(IncidentTrigger.Close, by, at, AreChildrenSettled);
        Parent.RecordAuthorised(new IncidentClosed(at, by, ClosureKind.CallerConfirmed));
    }

    /// <summary>Applies what time made due on every incident of the family: each child's <see cref="Incident.Advance"/>,
    /// then the parent's, which may close the parent automatically once every child is closed or cancelled.</summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before any incident's last command.</param>
    /// <returns>The events recorded, by incident; incidents without new events are left out.</returns>
    /// <exception cref="ArgumentException">The family no longer holds exactly the parent's children, or
    /// <paramref name="now"/> is before an incident's last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance one of the incidents.</exception>
    /// <remarks>Both refusals are checked on every incident before any records anything.</remarks>
    public IReadOnlyDictionary<Id<Kinds.Incident>, IReadOnlyList<IncidentEvent>> Advance(Actor by, Instant now)
    {
        CheckStillWhole();
        foreach (var incident in Children.Append(Parent))
        {
            incident.AuthoriseAdvance(by, now);
        }

        var recorded = new Dictionary<Id<Kinds.Incident>, IReadOnlyList<IncidentEvent>>();
        foreach (var child in Children)
        {
            Keep(recorded, child, child.Advance(by, now));
        }

        Keep(recorded, Parent, Parent.AdvanceCore(by, now, AreChildrenSettled));
        return recorded;
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do on any incident of the family.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The earliest of the children's and the parent's (with its automatic close once the children are
    /// settled); null when nothing will become due without a command.</returns>
    public Instant? NextDueAt(Instant now)
    {
        Instant? next = Parent.NextDueAtCore(now, AreChildrenSettled);
        foreach (var child in Children)
        {
            if (child.NextDueAt(now) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    /// <summary>Lists the rules that stop a family command now, without throwing.</summary>
    /// <param name="trigger"><see cref="IncidentTrigger.Resolve"/>, <see cref="IncidentTrigger.Close"/> or
    /// <see cref="IncidentTrigger.Reopen"/>.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="child">For <see cref="IncidentTrigger.Reopen"/>: the child to reopen.</param>
    /// <returns>The unmet rules of every incident the command would touch, each prefixed with the incident's id; empty
    /// when the command is allowed.</returns>
    /// <exception cref="ArgumentException"><paramref name="trigger"/> is not a family command, or a reopen names no child
    /// of the parent.</exception>
    public IReadOnlyList<string> UnmetRules(IncidentTrigger trigger, Actor actor, Instant at, Id<Kinds.Incident>? child = null)
    {
        Preconditions.CheckArgument(
            trigger is IncidentTrigger.Resolve or IncidentTrigger.Close or IncidentTrigger.Reopen,
            nameof(trigger),
            $"{trigger} is not a command of an incident family; use Resolve, Close or Reopen.");
        IEnumerable<(Incident Incident, IncidentTrigger Trigger)> touched = trigger switch
        {
            IncidentTrigger.Resolve => [(Parent, trigger), .. Children.Where(IsOpen).Select(c => (c, IncidentTrigger.ResolveWithParent))],
            IncidentTrigger.Close => [(Parent, trigger)],
            _ => [(Child(child ?? throw new ArgumentException("Reopening through the family names the child to reopen.", nameof(child))), trigger), .. ReopensParent ? [(Parent, trigger)] : Array.Empty<(Incident, IncidentTrigger)>()],
        };
        return [.. touched.SelectMany(t => t.Incident.UnmetRulesCore(t.Trigger, actor, at, AreChildrenSettled, family: true).Select(r => $"{t.Incident.Id}: {r}"))];
    }

    /// <summary>Whether reopening a child reopens the parent too: a resolved parent never stays resolved over an open child.</summary>
    private bool ReopensParent => Parent.State == IncidentState.Resolved;

    /// <summary>A child of this family by id.</summary>
    private Incident Child(Id<Kinds.Incident> id) =>
        Children.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"Incident '{id}' is not a child of incident '{Parent.Id}'.", nameof(id));

    private static bool IsOpen(Incident incident) => incident.State is IncidentState.New or IncidentState.InProgress or IncidentState.OnHold;

    private static void Keep(Dictionary<Id<Kinds.Incident>, IReadOnlyList<IncidentEvent>> recorded, Incident incident, IReadOnlyList<IncidentEvent> events)
    {
        if (events.Count > 0)
        {
            recorded[incident.Id] = events;
        }
    }

    /// <summary>A child linked after the family was formed (through another family object) makes this one stale.</summary>
    private void CheckStillWhole() =>
        Preconditions.CheckArgument(
            Parent.Children.Count == Children.Count,
            "family",
            $"Incident '{Parent.Id}' now has {Parent.Children.Count} child incidents but this family holds {Children.Count}; form it again with IncidentFamily.Of.");
}
