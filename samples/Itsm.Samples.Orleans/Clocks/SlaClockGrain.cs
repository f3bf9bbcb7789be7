using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Json;
using Itsm.Sla.Clocks;
using Itsm.Samples.Orleans.Hosting;
using Itsm.Sla.Targets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>
/// An SLA clock in a grain. The clock's warnings and breach are functions of its commands, so the grain remembers which
/// it has delivered. On activation, before every command and on every wake-up it delivers each transition whose instant
/// has come and that it has not delivered yet (by cycle and name), stores the clock and the delivered list in one
/// write, only then tells the <see cref="ITransitionListener"/>, and re-arms: a grain timer at the next transition when
/// it is nearer than the reminder period, and always a reminder that ticks between the next transition and one period
/// after it (at the transition when it is far, one period from now when a timer is armed; an earlier registration
/// that already ticks in that span is kept), which survives the silo; no reminder when nothing is next.
/// </summary>
/// <remarks>
/// A threshold fires at its instant even when a command is dated that very instant; a breach is judged after every
/// command dated its instant (a stop dated at the due instant meets the target, docs/sla.md), so it is delivered once
/// its instant has passed. A reminder or a write that fails deactivates the grain, which reloads the stored state on its
/// next call: a transition is then delivered later, never twice.
/// </remarks>
internal sealed partial class SlaClockGrain : Grain, ISlaClockGrain, IRemindable
{
    /// <summary>The name of the grain's one reminder.</summary>
    public const string ReminderName = "sla-next-transition";

    private readonly IPersistentState<SlaClockGrainState> _state;
    private readonly IClock _time;
    private readonly ItsmJsonOptions _json;
    private readonly ITransitionListener _listener;
    private readonly SlaClockGrainOptions _options;
    private readonly TimeSpan _reminderPeriod;
    private readonly ILogger<SlaClockGrain> _logger;
    private readonly string _silo;
    private SlaClock? _clock;
    private IGrainTimer? _timer;

    /// <summary>Initializes a new instance of the <see cref="SlaClockGrain"/> class.</summary>
    public SlaClockGrain(
        [PersistentState("clock", SlaClockHosting.StorageName)] IPersistentState<SlaClockGrainState> state,
        IClock time,
        ItsmJsonOptions json,
        ITransitionListener listener,
        IOptions<SlaClockGrainOptions> options,
        IOptions<ReminderOptions> reminders,
        ILocalSiloDetails silo,
        ILogger<SlaClockGrain> logger)
    {
        _state = state;
        _time = time;
        _json = json;
        _listener = listener;
        _options = options.Value;
        // The period of the reminder is the shortest Orleans allows: after a lost tick the next one comes that much later.
        _reminderPeriod = reminders.Value.MinimumReminderPeriod > TimeSpan.Zero ? reminders.Value.MinimumReminderPeriod : TimeSpan.FromMinutes(1);
        _logger = logger;
        _silo = silo.SiloAddress.ToString();
    }

    private string ClockId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_state.State.ClockJson is { } json)
        {
            _clock = ItsmJson.Deserialize<SlaClock>(json, _json);
        }

        await WakeAsync(DeliveryPath.Activation);
    }

    /// <inheritdoc />
    public Task<SlaClockView> Start(ClockDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var target = new SlaTarget(
            SlaMetric.Named(definition.Metric),
            definition.Amount,
            _json.Calendars!.Get(definition.Calendar),
            definition.Percents.Select(SlaThreshold.Percent));
        return CommandAsync(now =>
        {
            if (_clock is not null)
            {
                throw new InvalidOperationException($"The clock '{ClockId}' is already started.");
            }

            _clock = SlaClock.CreateStarted(ClockId, target, Actor.System, now);
        });
    }

    /// <inheritdoc />
    public Task<SlaClockView> Pause(string reason) => CommandAsync(now => Started().Pause(Actor.System, now, reason));

    /// <inheritdoc />
    public Task<SlaClockView> Resume() => CommandAsync(now => Started().Resume(Actor.System, now));

    /// <inheritdoc />
    public Task<SlaClockView> Stop() => CommandAsync(now => Started().Stop(Actor.System, now));

    /// <inheritdoc />
    public Task<SlaClockView> Status() => Task.FromResult(View(Now()));

    /// <inheritdoc />
    public Task<ImmutableArray<DeliveredTransition>> Delivered() => Task.FromResult<ImmutableArray<DeliveredTransition>>([.. _state.State.Delivered]);

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => WakeAsync(DeliveryPath.Reminder);

    private SlaClock Started() => _clock ?? throw new InvalidOperationException($"The clock '{ClockId}' is not started.");

    /// <summary>The instant of a command or a wake-up: now, or the clock's last command if the silo's time is behind it
    /// (another silo's clock may run ahead).</summary>
    private Instant Now()
    {
        var now = _time.GetCurrentInstant();
        return _clock is { } clock && clock.LastCommandAt > now ? clock.LastCommandAt : now;
    }

    /// <summary>Delivers what is due, then applies the command (a refused command still leaves the deliveries stored),
    /// re-arms and stores everything in one write.</summary>
    private async Task<SlaClockView> CommandAsync(Action<Instant> apply)
    {
        var now = Now();
        var delivered = CollectDue(now, DeliveryPath.Command);
        bool changed = delivered.Count > 0;
        ExceptionDispatchInfo? refusal = null;
        try
        {
            apply(now);
            _state.State.ClockJson = ItsmJson.Serialize(_clock!, _json);
            changed = true;
            delivered.AddRange(CollectDue(now, DeliveryPath.Command));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Refused by the clock (or not started, or started twice): the clock is unchanged, the deliveries stand.
            refusal = ExceptionDispatchInfo.Capture(e);
        }

        await StoreThenTellAsync(now, DeliveryPath.Command, delivered, changed);
        refusal?.Throw();
        return View(now);
    }

    private async Task WakeAsync(DeliveryPath path)
    {
        var now = Now();
        var delivered = CollectDue(now, path);
        await StoreThenTellAsync(now, path, delivered, delivered.Count > 0);
    }

    /// <summary>Re-arms, writes the state when it changed, and only then tells of the deliveries. When the reminder or the
    /// write fails, the state in memory is ahead of the store: the grain deactivates and its next activation reloads the
    /// store, so what was not written is delivered again later, and what was written is never told twice.</summary>
    private async Task StoreThenTellAsync(Instant now, DeliveryPath path, List<DeliveredTransition> delivered, bool changed)
    {
        try
        {
            changed |= await ArmAsync(now, path);
            if (changed)
            {
                await _state.WriteStateAsync();
            }
        }
        catch (Exception)
        {
            DeactivateOnIdle();
            throw;
        }

        await TellAsync(delivered);
    }

    /// <summary>Appends to the state every transition at or before <paramref name="now"/> not delivered yet, oldest first.</summary>
    private List<DeliveredTransition> CollectDue(Instant now, DeliveryPath path)
    {
        var found = new List<DeliveredTransition>();
        if (_clock is null)
        {
            return found;
        }

        var status = _clock.StatusAt(now);
        foreach (var threshold in status.Thresholds)
        {
            // A threshold already passed when the measurement began is not news: the clock reports it, the grain stays silent.
            if (!threshold.PassedOnAttach && threshold.FiresAt is { } at && at <= now)
            {
                Add(Name(threshold.Threshold), at);
            }
        }

        // A breach is judged after every command dated its instant (a stop dated at the due instant meets the target),
        // so it is delivered once that instant has passed; a threshold fires at its instant whatever follows.
        if (status.BreachedAt is { } breachedAt && breachedAt < now)
        {
            Add(DeliveredTransition.Breach, breachedAt);
        }

        found.Sort((a, b) => a.FiredAt.CompareTo(b.FiredAt));
        _state.State.Delivered.AddRange(found);
        return found;

        void Add(string what, Instant at)
        {
            if (!_state.State.Delivered.Exists(d => d.Cycle == status.Cycle && d.What == what))
            {
                found.Add(new DeliveredTransition { Cycle = status.Cycle, What = what, FiredAt = at, DeliveredAt = now, Path = path });
            }
        }
    }

    /// <summary>Arms a timer for a near transition, and makes sure a reminder will tick at or after the next transition and
    /// at most one period after it; true when the stored reminder instant changed.</summary>
    private async Task<bool> ArmAsync(Instant now, DeliveryPath path)
    {
        _timer?.Dispose();
        _timer = null;
        var next = NextWakeUp(now);
        var period = Duration.FromTimeSpan(_reminderPeriod);
        if (next is { } near && (!_options.UseReminders || near - now < period))
        {
            _timer = this.RegisterGrainTimer(
                static (grain, _) => grain.WakeAsync(DeliveryPath.Timer),
                this,
                new GrainTimerCreationOptions(RoundUp(near - now), Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }

        if (!_options.UseReminders)
        {
            return false;
        }

        if (next is not { } at)
        {
            // Nothing is next: remove the reminder (also when a tick shows one the state does not know of).
            if (_state.State.ReminderDueAt is null && path != DeliveryPath.Reminder)
            {
                return false;
            }

            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _state.State.ReminderDueAt = null;
            return true;
        }

        // The reminder ticks at its first instant and every period after. A tick between the next transition and one
        // period after it is the backstop wanted: keep it, and save a write to the reminder table.
        if (_state.State.ReminderDueAt is { } first && NextTick(first, now, period) is var tick && tick >= at && tick <= at + period)
        {
            return false;
        }

        var due = Instant.Max(at, now + period);
        await this.RegisterOrUpdateReminder(ReminderName, RoundUp(due - now), _reminderPeriod);
        _state.State.ReminderDueAt = due;
        return true;
    }

    /// <summary>The first tick after <paramref name="now"/> of a reminder first due at <paramref name="first"/>.</summary>
    private static Instant NextTick(Instant first, Instant now, Duration period) =>
        first > now ? first : first + (period * (((now - first).BclCompatibleTicks / period.BclCompatibleTicks) + 1));

    /// <summary>The clock's next transition; or, when the breach began at this very instant, the next nanosecond, when a
    /// command dated this instant can no longer undo it.</summary>
    private Instant? NextWakeUp(Instant now)
    {
        if (_clock is null)
        {
            return null;
        }

        var status = _clock.StatusAt(now);
        bool breachPending = status.BreachedAt == now
            && !_state.State.Delivered.Exists(d => d.Cycle == status.Cycle && d.What == DeliveredTransition.Breach);
        return breachPending ? now + Duration.Epsilon : status.NextTransitionAt;
    }

    private async Task TellAsync(List<DeliveredTransition> delivered)
    {
        foreach (var transition in delivered)
        {
            LogDelivered(ClockId, transition);
            await _listener.Delivered(ClockId, transition);
        }
    }

    private SlaClockView View(Instant now)
    {
        if (_clock is null)
        {
            return new SlaClockView { Id = ClockId, At = now, State = nameof(SlaClockState.NotStarted), Silo = _silo };
        }

        var status = _clock.StatusAt(now);
        return new SlaClockView
        {
            Id = ClockId,
            At = now,
            State = status.State.ToString(),
            Cycle = status.Cycle,
            Due = status.Due,
            Elapsed = status.Elapsed,
            BreachedAt = status.BreachedAt,
            NextTransitionAt = status.NextTransitionAt,
            Version = _clock.Version,
            Silo = _silo,
        };
    }

    /// <summary>A threshold's name in the delivered list: <c>50 %</c>, or the threshold's own wording for a lead time.</summary>
    internal static string Name(SlaThreshold threshold) =>
        threshold.Percentage is { } percent
            ? percent.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) + " %"
            : threshold.ToString();

    /// <summary>A wait in whole milliseconds, rounded up so that a wake-up never comes before its instant.</summary>
    private static TimeSpan RoundUp(Duration wait) =>
        wait <= Duration.Zero ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Clock {ClockId} delivered {Transition}")]
    private partial void LogDelivered(string clockId, DeliveredTransition transition);
}
