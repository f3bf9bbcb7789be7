using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Itsm.Samples.Orleans.Clocks;
using NodaTime;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>What a clock on the always-open calendar delivers, and waiting for it.</summary>
internal static class Expectations
{
    public static readonly string[] Names = ["50 %", "75 %", "90 %", DeliveredTransition.Breach];

    /// <summary>The four transitions of a clock started at <paramref name="start"/> with <paramref name="amount"/> and
    /// never paused: at 50, 75, 90 and 100 % of the amount.</summary>
    public static (string What, Instant At)[] Of(Instant start, Duration amount) =>
    [
        ("50 %", start + amount / 2),
        ("75 %", start + amount * 3 / 4),
        ("90 %", start + amount * 9 / 10),
        (DeliveredTransition.Breach, start + amount),
    ];

    /// <summary>Polls until <paramref name="done"/> holds, or <paramref name="timeout"/> passes (then the caller's
    /// assertions report what is missing).</summary>
    public static async Task WaitUntil(Func<Task<bool>> done, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!await done() && watch.Elapsed < timeout)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Calls the cluster, and again after a moment when the call fails on the way (a client reaching a silo that
    /// was just killed fails until the client marks the silo's gateway dead): what a client of a cluster that loses a
    /// silo does.</summary>
    public static async Task<T> Retrying<T>(Func<Task<T>> call)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Asserts that <paramref name="delivered"/> holds exactly the <paramref name="expected"/> transitions, each
    /// once, in cycle 1, dated at its instant to the nanosecond and delivered no earlier, and no later than
    /// <paramref name="maxLateness"/>.</summary>
    public static void AssertExactly(ImmutableArray<DeliveredTransition> delivered, (string What, Instant At)[] expected, Duration maxLateness, string clock)
    {
        Assert.True(
            delivered.Select(d => d.What).OrderBy(w => w, StringComparer.Ordinal).SequenceEqual(expected.Select(e => e.What).OrderBy(w => w, StringComparer.Ordinal)),
            $"{clock} delivered [{string.Join("; ", delivered)}], expected [{string.Join(", ", expected.Select(e => e.What))}]");
        foreach (var (what, at) in expected)
        {
            var transition = Assert.Single(delivered, d => d.What == what);
            Assert.Equal(1, transition.Cycle);
            Assert.Equal(at, transition.FiredAt);
            Assert.True(transition.DeliveredAt >= transition.FiredAt, $"{clock}: {transition} was delivered before it fired");
            Assert.True(transition.Lateness <= maxLateness, $"{clock}: {transition} was more than {maxLateness.TotalSeconds} s late");
        }
    }
}
