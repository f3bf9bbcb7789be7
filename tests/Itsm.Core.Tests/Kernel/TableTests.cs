using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Core.Tests.Kernel;

/// <summary>
/// The shortcuts the pipeline takes past Stateless (a transition without guards, or the only one of its trigger, between
/// plain states, answered from the table) give what Stateless itself gives, and never skip what Stateless would run: entry
/// and exit actions, a superstate's exit, an internal transition's action, a trigger with several guarded destinations or
/// a dynamic one. Each test builds its own lifecycle, so the tables are built while it runs.
/// </summary>
public class TableTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Phase Authorise(Phase from, Go trigger, bool flag = false) => Authorise(new FlowLifecycle(), from, trigger, flag);

    private static Phase Authorise(FlowLifecycle lifecycle, Phase from, Go trigger, bool flag = false)
    {
        var ticket = Ticket.Open(Ticket.Worker, At);
        return lifecycle.Authorise(ticket, null, ticket, from, new FlowCommand(trigger, Ticket.Worker, At, flag));
    }

    private static bool TryAuthorise(Phase from, Go trigger, bool flag, out Phase destination)
    {
        var ticket = Ticket.Open(Ticket.Worker, At);
        return new FlowLifecycle().TryAuthorise(ticket, null, ticket, from, new FlowCommand(trigger, Ticket.Worker, At, flag), out destination);
    }

    /// <summary>Every action Stateless would run on a transition runs once: an entry action, an exit action, a
    /// superstate's exit action when a substate is left for a plain state, or for a substate of another superstate
    /// (neither end has actions of its own then: only the hierarchy says Stateless must fire).</summary>
    [Theory]
    [InlineData(Phase.Idle, Go.Count, Phase.Counted, nameof(FlowLifecycle.Entries))]
    [InlineData(Phase.Plain, Go.Finish, Phase.Done, nameof(FlowLifecycle.Exits))]
    [InlineData(Phase.Inner, Go.Leave, Phase.Done, nameof(FlowLifecycle.BusyExits))]
    [InlineData(Phase.Inner, Go.Check, Phase.Member, nameof(FlowLifecycle.BusyExits))]
    public void ATransitionThatRunsActions_RunsThemOnce(Phase from, Go trigger, Phase to, string action)
    {
        var lifecycle = new FlowLifecycle();

        Assert.Equal(to, Authorise(lifecycle, from, trigger));

        Assert.Equal(1, action switch
        {
            nameof(FlowLifecycle.Entries) => lifecycle.Entries,
            nameof(FlowLifecycle.Exits) => lifecycle.Exits,
            _ => lifecycle.BusyExits,
        });
    }

    [Fact]
    public void AnInternalTransition_RunsItsAction_AndKeepsTheState()
    {
        var lifecycle = new FlowLifecycle();

        Assert.Equal(Phase.Idle, Authorise(lifecycle, Phase.Idle, Go.Note));

        Assert.Equal(1, lifecycle.Notes);
        Assert.True(lifecycle.TryGetDestination(Phase.Idle, Go.Note, out var kept));
        Assert.Equal(Phase.Idle, kept);
    }

    /// <summary>A trigger with more than one destination in a state, whether two guarded fixed ones (Branch) or a fixed
    /// and a dynamic one (Pick), leads where the guard that holds says.</summary>
    [Theory]
    [InlineData(Go.Branch, true, Phase.Left)]
    [InlineData(Go.Branch, false, Phase.Right)]
    [InlineData(Go.Pick, true, Phase.Left)]
    [InlineData(Go.Pick, false, Phase.Right)]
    public void ATriggerWithSeveralDestinations_LeadsWhereItsHoldingGuardSays(Go trigger, bool flag, Phase expected)
    {
        Assert.Equal(expected, Authorise(Phase.Idle, trigger, flag));
        Assert.True(TryAuthorise(Phase.Idle, trigger, flag, out var destination));
        Assert.Equal(expected, destination);
    }

    [Fact]
    public void TheTable_HoldsEveryFixedTransition_AndASubstateWithoutTransitionsInheritsItsSuperstates()
    {
        var lifecycle = new FlowLifecycle();

        Assert.True(lifecycle.TryGetDestination(Phase.Idle, Go.Count, out var counted));
        Assert.Equal(Phase.Counted, counted);
        Assert.True(lifecycle.TryGetDestination(Phase.Idle, Go.Leave, out var plain));
        Assert.Equal(Phase.Plain, plain);
        Assert.True(lifecycle.TryGetDestination(Phase.Bare, Go.Finish, out var inherited));
        Assert.Equal(Phase.Done, inherited);
        Assert.True(lifecycle.TryGetDestination(Phase.Inner, Go.Leave, out var own));
        Assert.Equal(Phase.Done, own);
        Assert.False(lifecycle.TryGetDestination(Phase.Done, Go.Finish, out _));
    }

    [Fact]
    public void TryAuthorise_AnswersTrueWithTheDestination_OnEveryPath()
    {
        // Unguarded and plain: the table answers.
        Assert.True(TryAuthorise(Phase.Idle, Go.Leave, false, out var plain));
        Assert.Equal(Phase.Plain, plain);

        // Guarded, the only transition of its trigger, between plain states: asked, then the table answers.
        Assert.True(TryAuthorise(Phase.Left, Go.Check, true, out var checkedOut));
        Assert.Equal(Phase.Right, checkedOut);

        // Into a state with an entry action: Stateless fires.
        Assert.True(TryAuthorise(Phase.Idle, Go.Count, false, out var counted));
        Assert.Equal(Phase.Counted, counted);

        // A trigger the table does not govern: nothing to ask.
        Assert.True(TryAuthorise(Phase.Done, Go.Tick, false, out var kept));
        Assert.Equal(Phase.Done, kept);
    }

    [Fact]
    public void TryAuthorise_AnswersFalse_WhenAGuardOrTheStateRefuses()
    {
        Assert.False(TryAuthorise(Phase.Left, Go.Check, false, out var refused));
        Assert.Equal(Phase.Left, refused);
        Assert.False(TryAuthorise(Phase.Done, Go.Leave, false, out var notHere));
        Assert.Equal(Phase.Done, notHere);
    }

    [Fact]
    public void EveryUnmetGuard_IsListed_InOneRefusal()
    {
        var ticket = Ticket.Open(Ticket.Worker, At);
        var command = new FlowCommand(Go.Finish, Ticket.Worker, At, Flag: false);

        var lifecycle = new FlowLifecycle();

        var refused = Assert.Throws<InvalidTransitionException>(() => lifecycle.Authorise(ticket, null, ticket, Phase.Counted, command));

        Assert.Equal($"{FlowLifecycle.FlagSet}; {FlowLifecycle.AfterNine}", refused.Rule);
        Assert.Equal([FlowLifecycle.FlagSet, FlowLifecycle.AfterNine], lifecycle.UnmetRules(ticket, null, ticket, Phase.Counted, command));
    }

    [Fact]
    public void ForThread_BuildsOneInstancePerThread()
    {
        var mine = FlowLifecycle.Instance;
        FlowLifecycle? theirs = null;
        var thread = new System.Threading.Thread(() => theirs = FlowLifecycle.Instance);
        thread.Start();
        thread.Join();

        Assert.Same(mine, FlowLifecycle.Instance);
        Assert.NotNull(theirs);
        Assert.NotSame(mine, theirs);
    }

    public enum Phase
    {
        Idle,
        Counted,
        Left,
        Right,
        Plain,
        Busy,
        Inner,
        Bare,
        Group,
        Member,
        Done,
    }

    public enum Go
    {
        Count,
        Branch,
        Pick,
        Note,
        Leave,
        Check,
        Finish,
        Tick,
    }

    public readonly record struct FlowCommand(Go Trigger, Actor By, Instant At, bool Flag = false) : ICommand<Go>;

    public sealed class FlowLifecycle : Lifecycle<Ticket, Phase, Go, FlowCommand>
    {
        public const string FlagSet = "the flag is set";
        public const string AfterNine = "it is after nine";
        public const string FlagClear = "the flag is clear";

        public static FlowLifecycle Instance => ForThread<FlowLifecycle>();

        public int Entries { get; private set; }

        public int Exits { get; private set; }

        public int BusyExits { get; private set; }

        public int Notes { get; private set; }

        protected override void Configure(StateMachine<Phase, Go> machine)
        {
            machine.Configure(Phase.Idle)
                .Permit(Go.Count, Phase.Counted)
                .PermitIf(Go.Branch, Phase.Left, () => Command.Flag, FlagSet)
                .PermitIf(Go.Branch, Phase.Right, () => !Command.Flag, FlagClear)
                .PermitIf(Go.Pick, Phase.Left, () => Command.Flag, FlagSet)
                .PermitDynamicIf(Go.Pick, () => Phase.Right, () => !Command.Flag, FlagClear)
                .InternalTransition(Go.Note, () => Notes++)
                .Permit(Go.Leave, Phase.Plain)
                .Permit(Go.Finish, Phase.Inner);
            machine.Configure(Phase.Counted)
                .OnEntry(() => Entries++)
                .PermitIf(Go.Finish, Phase.Done, Rule(() => Command.Flag, FlagSet), Rule(() => Command.At.InUtc().TimeOfDay > new LocalTime(9, 0), AfterNine));
            machine.Configure(Phase.Left)
                .PermitIf(Go.Check, Phase.Right, () => Command.Flag, FlagSet);
            machine.Configure(Phase.Right);
            machine.Configure(Phase.Plain)
                .OnExit(() => Exits++)
                .Permit(Go.Finish, Phase.Done);
            machine.Configure(Phase.Busy)
                .OnExit(() => BusyExits++)
                .Permit(Go.Finish, Phase.Done);
            machine.Configure(Phase.Inner).SubstateOf(Phase.Busy)
                .Permit(Go.Leave, Phase.Done)
                .Permit(Go.Check, Phase.Member);
            machine.Configure(Phase.Group);
            machine.Configure(Phase.Member).SubstateOf(Phase.Group);
            machine.Configure(Phase.Bare).SubstateOf(Phase.Busy);
            machine.Configure(Phase.Done);
        }
    }
}
