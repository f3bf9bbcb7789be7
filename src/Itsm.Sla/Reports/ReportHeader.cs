using System;
using NodaTime;

namespace Itsm.Sla.Reports;

/// <summary>
/// What every report names, as the source documents require: the period it covers, who it is for, and where its data
/// came from.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReportHeader
{
    /// <summary>Initializes a header.</summary>
    /// <param name="period">The period covered; it must have a start and an end, both from 1700-01-01T00:00:00Z to
    /// 2250-01-01T00:00:00Z (the range business time is measured in).</param>
    /// <param name="audience">Who the report is for, for example <c>customer service review</c>; not empty.</param>
    /// <param name="dataSource">Where the data came from, for example <c>monitoring export 2026-10</c>; not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="audience"/> or <paramref name="dataSource"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is unbounded or empty, or a text is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period starts or ends outside the supported range.</exception>
    public ReportHeader(Interval period, string audience, string dataSource)
    {
        Preconditions.CheckArgument(period.HasStart && period.HasEnd, nameof(period), $"The report period {period} is unbounded; a report covers a bounded period.");
        Preconditions.CheckArgument(period.Duration > Duration.Zero, nameof(period), $"The report period {period} is empty.");
        SupportedTime.Check(period.Start, nameof(period), "The report period's start");
        SupportedTime.Check(period.End, nameof(period), "The report period's end");
        Preconditions.CheckNotNull(audience);
        Preconditions.CheckNotNull(dataSource);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(audience), nameof(audience), "A report names its audience; the audience is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(dataSource), nameof(dataSource), "A report names its data source; the data source is empty.");
        Period = period;
        Audience = audience;
        DataSource = dataSource;
    }

    /// <summary>Gets the period covered.</summary>
    public Interval Period { get; }

    /// <summary>Gets who the report is for.</summary>
    public string Audience { get; }

    /// <summary>Gets where its data came from.</summary>
    public string DataSource { get; }
}
