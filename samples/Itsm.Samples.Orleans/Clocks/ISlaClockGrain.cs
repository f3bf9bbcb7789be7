using System.Collections.Immutable;
using System.Threading.Tasks;
using Orleans;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>
/// One SLA clock as a grain, keyed by the clock's id (for example <c>INC-42/resolution</c>). Commands are dated by the
/// silo's clock; before each command the grain delivers every warning and breach already due, so a command at a
/// transition's very instant never hides it.
/// </summary>
internal interface ISlaClockGrain : IGrainWithStringKey
{
    /// <summary>Creates the clock and starts it now.</summary>
    /// <param name="definition">The target: metric, amount, calendar and thresholds.</param>
    /// <returns>The status just after the start.</returns>
    Task<SlaClockView> Start(ClockDefinition definition);

    /// <summary>Pauses the clock now.</summary>
    /// <param name="reason">Why, for example <c>awaiting caller</c>.</param>
    /// <returns>The status just after the pause.</returns>
    Task<SlaClockView> Pause(string reason);

    /// <summary>Resumes the clock now.</summary>
    /// <returns>The status just after the resume.</returns>
    Task<SlaClockView> Resume();

    /// <summary>Stops the clock now: the measured thing happened.</summary>
    /// <returns>The status just after the stop.</returns>
    Task<SlaClockView> Stop();

    /// <summary>The clock's figures now; a clock never started reads as <c>NotStarted</c>.</summary>
    /// <returns>The status.</returns>
    Task<SlaClockView> Status();

    /// <summary>The transitions delivered so far, in delivery order.</summary>
    /// <returns>The delivered warnings and breaches.</returns>
    Task<ImmutableArray<DeliveredTransition>> Delivered();
}
