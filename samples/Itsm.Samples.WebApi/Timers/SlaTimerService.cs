using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Itsm.Samples.WebApi.Timers;

/// <summary>Whether the timer service runs its loop after rebuilding the queue (<c>ServiceDesk:TimerLoop</c>, true by
/// default); without it, only calls of <see cref="SlaTimerService.ProcessDueAsync"/> advance records.</summary>
internal sealed record SlaTimerOptions(bool Loop = true);

/// <summary>
/// The SLA timer: at start it arms every open record from the read model (so a restart loses nothing), then sleeps until
/// the earliest armed instant (or a wake-up, when a command arms an earlier one), applies <c>Advance</c> to each record
/// that is due, stores the events, and re-arms it with the record's next due instant. A record is advanced through the
/// same optimistic concurrency as every command: a writer that got there first makes the timer load it again.
/// </summary>
/// <remarks>Nothing fires twice: <c>Advance</c> raises each warning once per cycle and closes once, from the record's own
/// events, so a second timer (another process, a retry after a conflict) finds nothing left to do.</remarks>
internal sealed partial class SlaTimerService(
    SlaTimerOptions options,
    SlaTimer timer,
    IClock clock,
    IEnumerable<ITimedKind> kinds,
    IServiceScopeFactory scopes,
    ILogger<SlaTimerService> logger) : BackgroundService
{
    /// <summary>The longest sleep: a clock that jumps (a test's fake clock, a corrected system clock) is noticed within it.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);

    /// <summary>How long a record whose advance failed waits before it is tried again.</summary>
    public static readonly Duration RetryDelay = Duration.FromSeconds(10);

    private const int Attempts = 3;

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes once the queue is rebuilt from the read model.</summary>
    public Task Started => _started.Task;

    /// <summary>Arms every open record that has a next due instant, from the read model.</summary>
    /// <returns>How many were armed.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItsmDbContext>();
        int armed = 0;
        await foreach (var row in db.OpenRecords.AsNoTracking().Where(r => r.NextDueAt != null).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            timer.Arm(new TimerKey(row.Kind, row.Id), row.NextDueAt);
            armed++;
        }

        return armed;
    }

    /// <summary>Advances every record that is due now; the loop calls it, and tests call it to step the timer.</summary>
    /// <returns>How many records were advanced.</returns>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        int advanced = 0;
        while (timer.TryTakeDue(clock.GetCurrentInstant(), out var key, out var due))
        {
            try
            {
                await AdvanceAsync(key, cancellationToken).ConfigureAwait(false);
                advanced++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store failed (or kept losing races): the record stays armed and is tried again after a pause.
                LogFailed(e, key.Kind, key.Id);
                timer.Arm(key, Instant.Max(due, clock.GetCurrentInstant() + RetryDelay));
            }
        }

        return advanced;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            int armed = await RebuildAsync(stoppingToken).ConfigureAwait(false);
            LogRebuilt(armed);
        }
        finally
        {
            _started.TrySetResult();
        }

        if (!options.Loop)
        {
            return; // stepped by ProcessDueAsync alone (tests that need every pass to be theirs)
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var sleep = MaxSleep;
            if (timer.Earliest is { } next)
            {
                var until = (next - clock.GetCurrentInstant()).ToTimeSpan();
                sleep = until < TimeSpan.Zero ? TimeSpan.Zero : until < MaxSleep ? until : MaxSleep;
            }

            try
            {
                await timer.WaitAsync(sleep, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task AdvanceAsync(TimerKey key, CancellationToken cancellationToken)
    {
        var kind = kinds.FirstOrDefault(k => k.Name == key.Kind);
        if (kind is null)
        {
            LogUnknownKind(key.Kind, key.Id);
            return;
        }

        using var scope = scopes.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<RecordCommands>();
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await kind.AdvanceAsync(commands, key.Id, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Another writer saved the record between this load and this save: load it again and advance that.
            }
            catch (RecordNotFoundException)
            {
                return; // Gone from the store: nothing to arm.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA timer armed {Armed} open records from the read model")]
    private partial void LogRebuilt(int armed);

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA timer could not advance {Kind} '{Id}'; it stays armed and is tried again")]
    private partial void LogFailed(Exception exception, string kind, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SLA timer skipped {Kind} '{Id}': no kind of that name")]
    private partial void LogUnknownKind(string kind, string id);
}
