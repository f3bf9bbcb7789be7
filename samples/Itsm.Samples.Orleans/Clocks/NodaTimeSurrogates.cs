using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans.Clocks;

// Orleans serializes NodaTime's Instant and Duration through these surrogates: whole days and the nanosecond of the day
// since the Unix epoch, so every instant a clock computes (nanosecond precision, far past and future) crosses the wire
// unchanged.

/// <summary>The wire form of an <see cref="Instant"/>.</summary>
[GenerateSerializer, Immutable]
internal readonly struct InstantSurrogate
{
    /// <summary>Initializes a new instance of the <see cref="InstantSurrogate"/> struct.</summary>
    public InstantSurrogate(int days, long nanosecondOfDay)
    {
        Days = days;
        NanosecondOfDay = nanosecondOfDay;
    }

    /// <summary>Gets the whole days since the Unix epoch, rounded down.</summary>
    [Id(0)]
    public int Days { get; }

    /// <summary>Gets the nanoseconds into that day.</summary>
    [Id(1)]
    public long NanosecondOfDay { get; }
}

/// <summary>Converts <see cref="Instant"/> to and from <see cref="InstantSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    /// <inheritdoc />
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) =>
        NodaConstants.UnixEpoch + Duration.FromDays(surrogate.Days) + Duration.FromNanoseconds(surrogate.NanosecondOfDay);

    /// <inheritdoc />
    public InstantSurrogate ConvertToSurrogate(in Instant value)
    {
        var sinceEpoch = value - NodaConstants.UnixEpoch;
        return new InstantSurrogate(sinceEpoch.Days, sinceEpoch.NanosecondOfDay);
    }
}

/// <summary>The wire form of a <see cref="Duration"/>.</summary>
[GenerateSerializer, Immutable]
internal readonly struct DurationSurrogate
{
    /// <summary>Initializes a new instance of the <see cref="DurationSurrogate"/> struct.</summary>
    public DurationSurrogate(int days, long nanosecondOfDay)
    {
        Days = days;
        NanosecondOfDay = nanosecondOfDay;
    }

    /// <summary>Gets the whole days, rounded down.</summary>
    [Id(0)]
    public int Days { get; }

    /// <summary>Gets the nanoseconds past those days.</summary>
    [Id(1)]
    public long NanosecondOfDay { get; }
}

/// <summary>Converts <see cref="Duration"/> to and from <see cref="DurationSurrogate"/>.</summary>
[RegisterConverter]
internal sealed class DurationSurrogateConverter : IConverter<Duration, DurationSurrogate>
{
    /// <inheritdoc />
    public Duration ConvertFromSurrogate(in DurationSurrogate surrogate) =>
        Duration.FromDays(surrogate.Days) + Duration.FromNanoseconds(surrogate.NanosecondOfDay);

    /// <inheritdoc />
    public DurationSurrogate ConvertToSurrogate(in Duration value) => new(value.Days, value.NanosecondOfDay);
}
