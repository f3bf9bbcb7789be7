using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Testing;
using static Itsm.Incidents.Tests.Problems.ProblemFixtures;

namespace Itsm.Incidents.Tests.KnownErrors;

/// <summary>The known error's commands, one rule each.</summary>
public class KnownErrorTests
{
    [Fact]
    public void Publish_NeedsAWorkaround()
    {
        var (_, knownError) = Identified(workaround: null);

        var refused = Assert.Throws<InvalidTransitionException>(() => knownError.Publish(Pm, Day(2)));

        Assert.Equal("a known error is published only with a workaround that incident management can apply", refused.Rule);
        Assert.Equal((KnownErrorState.Draft, 1L), (knownError.State, knownError.Version));
    }

    [Fact]
    public void Publish_WithAWorkaround_MakesItApplicableByIncidents()
    {
        var (_, knownError) = Identified();

        knownError.Publish(Pm, Day(2));

        Assert.True(knownError.IsPublished);
        Assert.Equal((KnownErrorState.Published, Day(2), "flush the queue"), (knownError.State, knownError.PublishedAt, knownError.Workaround));
        Assert.Throws<InvalidTransitionException>(() => knownError.Publish(Pm, Day(3)));
    }

    [Fact]
    public void Publish_ByAResolver_IsRefused()
    {
        var (_, knownError) = Identified();

        Assert.Equal([Roles.ProblemManager], Assert.Throws<CommandNotAuthorizedException>(() => knownError.Publish(Resolver, Day(2))).RequiredRoles);
    }

    [Fact]
    public void Revise_ReplacesTheContentOfADraft_WithTheSameRules()
    {
        var (_, knownError) = Identified(workaround: null);

        Assert.Throws<ArgumentException>(() => knownError.Revise(Resolver, Day(2), "stuck mail", null, null));
        Assert.Throws<ArgumentException>(() => knownError.Revise(Resolver, Day(2), " ", "cause", null));
        knownError.Revise(Resolver, Day(2), "Outbound mail stuck; senders get no bounce", "queue disk full", "flush the queue");
        knownError.Publish(Pm, Day(3));

        Assert.Equal(("Outbound mail stuck; senders get no bounce", "flush the queue", 1), (knownError.Symptom, knownError.Workaround, knownError.RevisionCount));
        Assert.Throws<InvalidTransitionException>(() => knownError.Revise(Resolver, Day(4), "s", "c", "w"));
    }

    [Fact]
    public void Retire_NeedsAReason_FromDraftOrPublished_AndIsFinal()
    {
        var (_, draft) = Identified();
        Assert.Throws<ArgumentException>(() => draft.Retire(Pm, Day(2), ""));
        draft.Retire(Pm, Day(2), "the analysis was wrong");
        Assert.Equal((KnownErrorState.Retired, "the analysis was wrong"), (draft.State, draft.RetirementReason));

        var (_, published) = Identified();
        published.Publish(Pm, Day(2));
        published.Retire(Pm, Day(40), "fixed by CHG-7");
        Assert.False(published.IsPublished);
        Assert.Throws<InvalidTransitionException>(() => published.Supersede(Pm, Day(41), Ke(2)));
    }

    [Fact]
    public void Supersede_NamesAnotherKnownError_AndOnlyOncePublished()
    {
        var (_, knownError) = Identified();
        Assert.Throws<InvalidTransitionException>(() => knownError.Supersede(Pm, Day(2), Ke(2)));
        knownError.Publish(Pm, Day(2));

        Assert.Contains("cannot supersede itself", Assert.Throws<ArgumentException>(() => knownError.Supersede(Pm, Day(3), knownError.Id)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => knownError.Supersede(Pm, Day(3), default));
        knownError.Supersede(Pm, Day(3), Ke(2));

        Assert.Equal((KnownErrorState.Superseded, (Id<Kinds.KnownError>?)Ke(2)), (knownError.State, knownError.SupersededBy));
    }

    [Fact]
    public void UnmetRules_SaysADraftComesFromItsProblem_AndListsRoleAndLifecycleRules()
    {
        var (_, knownError) = Identified(workaround: null);

        Assert.Contains("a known error is drafted once, by its problem's IdentifyKnownError", knownError.UnmetRules(KnownErrorTrigger.Draft, Pm, Day(2)));
        var unmet = knownError.UnmetRules(KnownErrorTrigger.Publish, Resolver, Day(2));
        Assert.Equal(2, unmet.Count);
        Assert.False(knownError.CanFire(KnownErrorTrigger.Publish, Pm, Day(2)));
        Assert.True(knownError.CanFire(KnownErrorTrigger.Retire, Pm, Day(2)));
        Assert.False(knownError.CanFire(KnownErrorTrigger.Retire, Pm, Day(0)));
    }

    [Fact]
    public void Commands_BackInTime_AreRefused()
    {
        var (_, knownError) = Identified();

        Assert.Throws<ArgumentOutOfRangeException>(() => knownError.Publish(Pm, Day(0)));
    }

    [Fact]
    public void FromEvents_RebuildsTheSameKnownError_AndRefusesImpossibleHistories()
    {
        var (_, knownError) = Identified();
        knownError.Publish(Pm, Day(2));
        knownError.Supersede(Pm, Day(3), Ke(2));

        var rebuilt = KnownError.FromEvents(knownError.Events, KnownErrorSettings.Default);
        Assert.Equal(KnownErrorScenario.Fingerprint(knownError), KnownErrorScenario.Fingerprint(rebuilt));

        Assert.Throws<InvalidHistoryException>(() => KnownError.FromEvents([], KnownErrorSettings.Default));
        var (_, noWorkaround) = Identified(workaround: null);
        var published = noWorkaround.Events.Append(new KnownErrorPublished(Day(2), Pm) { Version = 2 });
        Assert.Equal(KnownErrorLifecycle.HasWorkaround, Assert.Throws<InvalidHistoryException>(() => KnownError.FromEvents(published, KnownErrorSettings.Default)).Rule);
        var twice = knownError.Events.Take(1).Append(knownError.Events[0] with { Version = 2 });
        Assert.Throws<InvalidHistoryException>(() => KnownError.FromEvents(twice, KnownErrorSettings.Default));
        var retiredTwice = knownError.Events.Take(2).Append(new KnownErrorSuperseded(Day(3), Pm, knownError.Id) { Version = 3 });
        Assert.Throws<InvalidHistoryException>(() => KnownError.FromEvents(retiredTwice, KnownErrorSettings.Default));
    }

    [Fact]
    public void Events_CarryTheActor()
    {
        var (_, knownError) = Identified();
        knownError.Publish(Pm, Day(2));

        Assert.Equal([Resolver, Pm], knownError.Events.Select(e => e.Actor));
        Assert.Equal(Actor.System.Id, new KnownErrorRetired(Day(2), Actor.System, "x").Actor.Id);
    }
}
