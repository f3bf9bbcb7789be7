using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// A date whose windows replace the weekly pattern: a closure (no windows), a half day, or a working day that
/// makes up for a holiday. Called an <em>exception</em> in the calendar JSON format.
/// </summary>
/// <remarks>
/// An exception day overrides a holiday on the same date. Windows are kept sorted by start time.
/// Equality compares the date and the windows. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ExceptionDay : IEquatable<ExceptionDay>
{
    /// <summary>Initializes an exception day.</summary>
    /// <param name="date">The local date it applies to.</param>
    /// <param name="windows">The windows of that date; empty for a closure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    public ExceptionDay(LocalDate date, IEnumerable<WorkingWindow> windows)
    {
        Preconditions.CheckNotNull(windows);
        Date = date;
        SourceWindows = windows.ToImmutableArray();
        Windows = SourceWindows.Sort();
    }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the windows of the date, sorted by start; empty for a closure.</summary>
    public IReadOnlyList<WorkingWindow> Windows { get; }

    /// <summary>Gets the windows in the order they were given, so definition problems can name their position.</summary>
    internal ImmutableArray<WorkingWindow> SourceWindows { get; }

    /// <inheritdoc />
    public bool Equals(ExceptionDay? other) =>
        other is not null && (ReferenceEquals(this, other) || (Date == other.Date && Windows.SequenceEqual(other.Windows)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExceptionDay);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Windows.Count);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Date:yyyy-MM-dd}: ") + (Windows.Count == 0 ? "closed" : string.Join(", ", Windows));
}
