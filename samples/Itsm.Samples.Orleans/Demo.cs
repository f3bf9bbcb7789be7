using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Tasks;
using Itsm.Samples.Orleans.Clocks;
using Itsm.Samples.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans;

/// <summary>
/// A silo on localhost with in-memory storage and reminders, four clocks with targets of seconds, and what each
/// delivered: one runs to its breach, one is paused for three seconds, one is stopped before its breach, and one counts
/// on an office calendar and is due on a business day. Ends by itself in about fifteen seconds.
/// </summary>
internal static class Demo
{
    public static async Task<int> RunAsync()
    {
        var started = SystemClock.Instance.GetCurrentInstant();
        var printer = new ConsolePrinter(started);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<ITransitionListener>(printer);
        builder.UseOrleans(silo => silo.AddLocalSlaClocks());
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var runToBreach = grains.GetGrain<ISlaClockGrain>("INC-1/resolution");
        var paused = grains.GetGrain<ISlaClockGrain>("INC-2/response");
        var stopped = grains.GetGrain<ISlaClockGrain>("INC-3/resolution");
        var office = grains.GetGrain<ISlaClockGrain>("INC-4/resolution");
        printer.Started = SystemClock.Instance.GetCurrentInstant();
        Print(printer, await runToBreach.Start(ClockDefinition.Seconds(8)));
        Print(printer, await paused.Start(ClockDefinition.Seconds(6) with { Metric = "response" }));
        Print(printer, await stopped.Start(ClockDefinition.Seconds(10)));
        Print(printer, await office.Start(new ClockDefinition { Metric = "resolution", Amount = Duration.FromHours(8), Calendar = SampleCalendars.ShanghaiOffice }));

        await Task.Delay(TimeSpan.FromSeconds(2));
        Print(printer, await paused.Pause("awaiting caller"));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Print(printer, await paused.Resume());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Print(printer, await stopped.Stop());
        await Task.Delay(TimeSpan.FromSeconds(4));

        Console.WriteLine();
        Console.WriteLine("Delivered, as each grain stored it:");
        foreach (var clock in new[] { runToBreach, paused, stopped, office })
        {
            var list = await clock.Delivered();
            Console.WriteLine($"  {clock.GetPrimaryKeyString()}: {(list.IsEmpty ? "nothing" : string.Join("; ", list))}");
        }

        await host.StopAsync();
        return 0;
    }

    private static void Print(ConsolePrinter printer, SlaClockView view) =>
        Console.WriteLine(FormattableString.Invariant(
            $"{printer.Offset(view.At),8}  {view.Id,-18} {view.State,-8} due {view.Due?.ToString() ?? "-"}, next transition {view.NextTransitionAt?.ToString() ?? "none"}"));

    /// <summary>Prints each delivery as it is told, seconds after the clocks started.</summary>
    private sealed class ConsolePrinter(Instant started) : ITransitionListener
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public Instant Started { get; set; } = started;

        public string Offset(Instant at) => "+" + (at - Started).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

        public ValueTask Delivered(string clockId, DeliveredTransition transition)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{Offset(transition.DeliveredAt),8}  {clockId,-18} {transition.What,-8} fired at {Offset(transition.FiredAt)}, by {transition.Path.ToString().ToLowerInvariant()}"));
            return ValueTask.CompletedTask;
        }
    }
}
