using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The laws the change model states beyond the kit's, over random histories.</summary>
[ScaledProperties(Arbitrary = [typeof(ChangeArbitraries)], Cases = 2_000)]
public class ChangeProperties
{
    /// <summary>No vote is recorded after the decision, and the decision is the one the votes give.</summary>
    [Property]
    public Property VotesNeverChangeAfterTheDecision(ChangeScenario scenario)
    {
        var (change, _) = scenario.Play();
        var events = change.Events;
        int decided = events.ToList().FindIndex(e => e is ChangeDecided);
        bool boardDecided = decided >= 0 && change.Board is not null;
        if (boardDecided)
        {
            Assert.DoesNotContain(events.Skip(decided + 1), e => e is ChangeVoted);
            var votes = events.Take(decided).OfType<ChangeVoted>().ToDictionary(v => v.Actor.Id, v => v.Vote);
            Assert.Equal(((ChangeDecided)events[decided]).Authorized, change.Board!.OutcomeOf(votes) == CabOutcome.Authorized);
        }

        return true.ToProperty()
            .Classify(boardDecided, "decided by a board")
            .Classify(boardDecided && events.Skip(decided + 1).Any(), "events after the board's decision");
    }

    /// <summary>No history reaches Implementing without the authorisation of the model's authority, or (implemented at
    /// once) without the retrospective obligation recorded.</summary>
    [Property]
    public Property NothingIsImplementedWithoutItsAuthority(ChangeScenario scenario)
    {
        var (change, _) = scenario.Play();
        var events = change.Events.ToList();
        int started = events.FindIndex(e => e is ChangeImplementationStarted or ChangeImplementedNow);
        if (started >= 0)
        {
            var before = events.Take(started).ToList();
            bool authorised = before.OfType<ChangeDecided>().Any(d => d.Authorized)
                && before.OfType<ChangeAuthorizationRequested>().Single().Authority
                    == ChangeScenario.Settings.AuthorityFor(change.Model, before.OfType<ChangeAssessed>().Last().Risk.Level);
            bool obligation = events[started] is ChangeImplementedNow now && change.Model == ChangeModel.Emergency && now.RetrospectiveApprovalDueAt is not null;
            bool template = change.Model == ChangeModel.Standard && before.OfType<ChangeScheduled>().Any(s => s.At < ChangeScenario.Template.ExpiresAt);
            Assert.True(authorised || obligation || template, $"{change.Model} change implemented without its authority");
        }

        return true.ToProperty()
            .Classify(started >= 0, "implemented")
            .Classify(started >= 0 && events[started] is ChangeImplementedNow, "implemented at once");
    }

    /// <summary>A closed emergency change always has its review, and its authorisation or retrospective approval.</summary>
    [Property]
    public Property AClosedEmergencyChange_IsApprovedAndReviewed(ChangeScenario scenario)
    {
        var (change, _) = scenario.Play();
        bool closedEmergency = change.Model == ChangeModel.Emergency && change.State == ChangeState.Closed;
        if (closedEmergency)
        {
            Assert.NotNull(change.Review);
            Assert.True(change.RetrospectiveApproval is not null || change.Decision is { Authorized: true, Authority: ChangeAuthority.EmergencyCab });
        }

        return true.ToProperty()
            .Classify(closedEmergency, "a closed emergency change")
            .Classify(closedEmergency && change.ImplementedNowAt is not null, "closed after implementing at once");
    }
}
