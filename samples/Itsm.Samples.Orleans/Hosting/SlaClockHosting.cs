using System;
using System.Threading.Tasks;
using Itsm.Calendars;
using Itsm.Json;
using Itsm.Samples.Orleans.Clocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans.Hosting;

namespace Itsm.Samples.Orleans.Hosting;

/// <summary>The services clock grains need on a silo. The host chooses the grain storage named <see cref="StorageName"/>
/// and the reminder table.</summary>
internal static class SlaClockHosting
{
    /// <summary>The name of the grain storage clock grains keep their state in.</summary>
    public const string StorageName = "clocks";

    /// <summary>A single silo in this process for the demo and the load run: localhost clustering, Orleans' in-memory
    /// grain storage and reminder table, and the clock grains' services.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="calendars">The calendars; <see cref="SampleCalendars.Registry"/> when null.</param>
    /// <param name="configure">Changes to the grains' options.</param>
    public static ISiloBuilder AddLocalSlaClocks(this ISiloBuilder silo, BusinessCalendarRegistry? calendars = null, Action<SlaClockGrainOptions>? configure = null) =>
        silo.UseLocalhostClustering()
            .AddMemoryGrainStorage(StorageName)
            .UseInMemoryReminderService()
            .AddSlaClocks(calendars, configure);

    /// <summary>Adds the clock grains' services: the system clock, the calendars, the JSON options, reminders and a
    /// listener that logs (unless one is registered already).</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="calendars">The calendars; <see cref="SampleCalendars.Registry"/> when null.</param>
    /// <param name="configure">Changes to the grains' options.</param>
    public static ISiloBuilder AddSlaClocks(this ISiloBuilder silo, BusinessCalendarRegistry? calendars = null, Action<SlaClockGrainOptions>? configure = null)
    {
        var registry = calendars ?? SampleCalendars.Registry();
        silo.AddReminders();
        silo.Services.TryAddSingleton<IClock>(SystemClock.Instance);
        silo.Services.AddSingleton(registry);
        silo.Services.AddSingleton(new ItsmJsonOptions { Calendars = registry });
        silo.Services.TryAddSingleton<ITransitionListener, LoggingTransitionListener>();
        silo.Services.AddOptions<SlaClockGrainOptions>().Configure(o => configure?.Invoke(o));
        return silo;
    }
}

/// <summary>Logs each delivery at Information.</summary>
internal sealed partial class LoggingTransitionListener(ILogger<LoggingTransitionListener> logger) : ITransitionListener
{
    /// <inheritdoc />
    public ValueTask Delivered(string clockId, DeliveredTransition transition)
    {
        Log(clockId, transition);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{ClockId}: {Transition}")]
    private partial void Log(string clockId, DeliveredTransition transition);
}
