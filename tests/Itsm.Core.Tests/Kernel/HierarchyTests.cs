using System;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Core.Tests.Kernel;

/// <summary>A lifecycle with a superstate: its substates take the superstate's transitions (an exit to another state,
/// and an internal transition that keeps the substate), in the pipeline and in the table replay reads.</summary>
public class HierarchyTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Theory]
    [InlineData(Stage.Draft)]
    [InlineData(Stage.Review)]
    public void ASubstate_TakesTheSuperstatesTransitions(Stage from)
    {
        var lifecycle = new StageLifecycle();
        var ticket = Ticket.Open(Ticket.Worker, At);

        Assert.Equal(Stage.Cancelled, lifecycle.Authorise(ticket, null, ticket, from, new(StageTrigger.Cancel, Ticket.Worker, At)));
        Assert.Equal(from, lifecycle.Authorise(ticket, null, ticket, from, new(StageTrigger.Comment, Ticket.Worker, At)));
        Assert.True(lifecycle.TryGetDestination(from, StageTrigger.Cancel, out var cancelled));
        Assert.Equal(Stage.Cancelled, cancelled);
        Assert.True(lifecycle.TryGetDestination(from, StageTrigger.Comment, out var kept));
        Assert.Equal(from, kept);
    }

    [Fact]
    public void OutsideTheSuperstate_ItsTransitionsAreRefused_AndTheSubstatesOwnStillApply()
    {
        var lifecycle = new StageLifecycle();
        var ticket = Ticket.Open(Ticket.Worker, At);

        Assert.False(lifecycle.TryGetDestination(Stage.Done, StageTrigger.Cancel, out _));
        var refused = Assert.Throws<InvalidTransitionException>(() => lifecycle.Authorise(ticket, null, ticket, Stage.Done, new(StageTrigger.Comment, Ticket.Worker, At)));
        Assert.Contains("Comment", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Stage.Review, lifecycle.Authorise(ticket, null, ticket, Stage.Draft, new(StageTrigger.Submit, Ticket.Worker, At)));
        Assert.NotEmpty(lifecycle.UnmetRules(ticket, null, ticket, Stage.Review, new(StageTrigger.Submit, Ticket.Worker, At)));
    }

    public enum Stage
    {
        Active,
        Draft,
        Review,
        Done,
        Cancelled,
    }

    public enum StageTrigger
    {
        Submit,
        Finish,
        Comment,
        Cancel,
    }

    private sealed class StageLifecycle : Lifecycle<Ticket, Stage, StageTrigger, Command<StageTrigger>>
    {
        protected override void Configure(StateMachine<Stage, StageTrigger> machine)
        {
            machine.Configure(Stage.Active)
                .Permit(StageTrigger.Cancel, Stage.Cancelled)
                .InternalTransition(StageTrigger.Comment, () => { });
            machine.Configure(Stage.Draft).SubstateOf(Stage.Active)
                .Permit(StageTrigger.Submit, Stage.Review);
            machine.Configure(Stage.Review).SubstateOf(Stage.Active)
                .Permit(StageTrigger.Finish, Stage.Done);
            machine.Configure(Stage.Done);
            machine.Configure(Stage.Cancelled);
        }
    }
}
