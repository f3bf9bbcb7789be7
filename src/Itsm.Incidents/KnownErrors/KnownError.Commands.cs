using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

// The commands and queries of a known error.
public sealed partial class KnownError
{
    /// <summary>Rebuilds a known error from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The known error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with the draft, skip a version, go back in time,
    /// break a rule of their content, or hold a transition the lifecycle does not allow.</exception>
    public static KnownError FromEvents(IEnumerable<KnownErrorEvent> events, KnownErrorSettings settings)
    {
        var knownError = new KnownError(Preconditions.CheckNotNull(settings));
        knownError.Replay(events);
        return knownError;
    }

    /// <summary>Revises the draft: the symptom, root cause and workaround are replaced.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="symptom">The symptom; not empty.</param>
    /// <param name="rootCause">The root cause, or null.</param>
    /// <param name="workaround">The workaround, or null; at least one of the two, neither empty.</param>
    /// <exception cref="ArgumentException">The content breaks its rules, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not revise.</exception>
    /// <exception cref="InvalidTransitionException">The known error is no longer a draft.</exception>
    public void Revise(Actor by, Instant at, string symptom, string? rootCause, string? workaround)
    {
        CheckContent(symptom, rootCause, workaround);
        Execute(KnownErrorTrigger.Revise, by, at, () => new KnownErrorRevised(at, by, symptom, rootCause, workaround));
    }

    /// <summary>Publishes the known error to incident management, which may then apply its workaround.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not publish.</exception>
    /// <exception cref="InvalidTransitionException">The known error is not a draft, or has no workaround.</exception>
    public void Publish(Actor by, Instant at) => Execute(KnownErrorTrigger.Publish, by, at, () => new KnownErrorPublished(at, by));

    /// <summary>Retires the known error: it no longer applies (or the draft was wrong).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not retire.</exception>
    /// <exception cref="InvalidTransitionException">The known error is already retired or superseded.</exception>
    public void Retire(Actor by, Instant at, string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Retiring a known error needs a reason.");
        Execute(KnownErrorTrigger.Retire, by, at, () => new KnownErrorRetired(at, by, reason));
    }

    /// <summary>Marks the known error superseded by another one.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="successor">The known error that replaces it; not empty and not this one.</param>
    /// <exception cref="ArgumentException">The successor is empty or this known error, or <paramref name="at"/> is before
    /// the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not supersede.</exception>
    /// <exception cref="InvalidTransitionException">The known error is not published.</exception>
    public void Supersede(Actor by, Instant at, Id<Kinds.KnownError> successor)
    {
        Preconditions.CheckArgument(!successor.IsEmpty, nameof(successor), "A superseded known error names the known error that replaces it.");
        Preconditions.CheckArgument(successor != Id, nameof(successor), $"Known error '{Id}' cannot supersede itself.");
        Execute(KnownErrorTrigger.Supersede, by, at, () => new KnownErrorSuperseded(at, by, successor));
    }

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(KnownErrorTrigger trigger, Actor actor, Instant at) =>
        KnownErrorLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(KnownErrorTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the known error lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => KnownErrorLifecycle.Instance.ToMermaid();

    /// <summary>Creates a known error in draft for a problem, after its own role policy allows the actor: the problem's
    /// <see cref="Problem.IdentifyKnownError"/> calls it once its own checks have passed, and records nothing until this
    /// returns.</summary>
    internal static KnownError Draft(Id<Kinds.KnownError> id, Problem problem, string symptom, string? rootCause, string? workaround, KnownErrorSettings settings, Actor by, Instant at)
    {
        var knownError = new KnownError(settings) { Id = id };
        KnownErrorLifecycle.Instance.Authorise(knownError, settings.Roles, knownError, KnownErrorState.Draft, new(KnownErrorTrigger.Draft, by, at));
        knownError.Record(new KnownErrorDrafted(at, by, id, problem.Id, symptom, rootCause, workaround, problem.Service, [.. problem.ConfigurationItems]));
        return knownError;
    }

    /// <summary>The rules of the role policy that stop an actor from drafting a known error (for the problem's queries).</summary>
    internal static IReadOnlyList<string> UnmetDraftRules(KnownErrorSettings settings, Actor actor) =>
        settings.Roles.UnmetRules(new KnownError(settings), actor, KnownErrorTrigger.Draft);

    /// <summary>Checks the content of a known error: a symptom, and a root cause, a workaround or both, none empty.</summary>
    internal static void CheckContent(string symptom, string? rootCause, string? workaround)
    {
        Preconditions.CheckNotNull(symptom);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(symptom), nameof(symptom), "A known error describes its symptom.");
        Preconditions.CheckArgument(rootCause is null || !string.IsNullOrWhiteSpace(rootCause), nameof(rootCause), "A root cause that is given is not empty; pass null when it is not known.");
        Preconditions.CheckArgument(workaround is null || !string.IsNullOrWhiteSpace(workaround), nameof(workaround), "A workaround that is given is not empty; pass null when there is none.");
        Preconditions.CheckArgument(rootCause is not null || workaround is not null, nameof(rootCause), "A known error records its root cause, a workaround, or both.");
    }

    /// <summary>The rule <see cref="CheckContent"/> enforces, for replay; null when the content is valid.</summary>
    internal static string? ContentProblem(string? symptom, string? rootCause, string? workaround) =>
        string.IsNullOrWhiteSpace(symptom) ? "a known error describes its symptom"
        : (rootCause is not null && string.IsNullOrWhiteSpace(rootCause)) || (workaround is not null && string.IsNullOrWhiteSpace(workaround)) ? "a root cause or workaround that is given is not empty"
        : rootCause is null && workaround is null ? "a known error records its root cause, a workaround, or both"
        : null;

    private void Execute(KnownErrorTrigger trigger, Actor by, Instant at, Func<KnownErrorEvent> create)
    {
        KnownErrorLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at));
        Record(create());
    }
}
