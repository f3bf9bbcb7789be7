namespace Itsm.Calendars.Compiled;

/// <summary>
/// The open intervals of one UTC year, as nanoseconds since the Unix epoch: sorted, disjoint, not touching,
/// clipped to the year, with running totals. Immutable once built.
/// </summary>
internal sealed class YearTable
{
    public YearTable(long[] starts, long[] ends)
    {
        Starts = starts;
        Ends = ends;
        CumulativeEnds = new long[starts.Length];
        long total = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            total += ends[i] - starts[i];
            CumulativeEnds[i] = total;
        }

        Total = total;
    }

    /// <summary>Gets the interval starts, ascending.</summary>
    public long[] Starts { get; }

    /// <summary>Gets the interval ends (exclusive), ascending.</summary>
    public long[] Ends { get; }

    /// <summary>Gets the business time of the year up to the end of each interval.</summary>
    public long[] CumulativeEnds { get; }

    /// <summary>Gets the business time of the whole year.</summary>
    public long Total { get; }

    /// <summary>Gets the number of intervals.</summary>
    public int Count => Starts.Length;

    /// <summary>The business time of the year before <paramref name="t"/> (which lies in or at the end of the year).</summary>
    public long CumulativeAt(long t)
    {
        int i = FirstEndAfter(t);
        if (i == Starts.Length)
        {
            return Total;
        }

        long before = i == 0 ? 0 : CumulativeEnds[i - 1];
        return t > Starts[i] ? before + (t - Starts[i]) : before;
    }

    /// <summary>The index of the first interval whose end is after <paramref name="t"/>; <see cref="Count"/> when none.</summary>
    public int FirstEndAfter(long t) => UpperBound(Ends, t);

    /// <summary>The earliest instant at which the year's running total reaches <paramref name="c"/> (0 &lt; c &lt;= Total).</summary>
    public long EarliestReaching(long c)
    {
        int j = LowerBound(CumulativeEnds, c);
        return Ends[j] - (CumulativeEnds[j] - c);
    }

    /// <summary>The latest instant at which the year's running total is still <paramref name="c"/> (0 &lt;= c &lt; Total).</summary>
    public long LatestAt(long c)
    {
        int j = UpperBound(CumulativeEnds, c);
        long before = j == 0 ? 0 : CumulativeEnds[j - 1];
        return Starts[j] + (c - before);
    }

    /// <summary>The first index whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(long[] values, long value)
    {
        int lo = 0;
        int hi = values.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The first index whose value is greater than <paramref name="value"/>.</summary>
    private static int UpperBound(long[] values, long value)
    {
        int lo = 0;
        int hi = values.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (values[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
