using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// A named set of whole-day closures (public holidays, company closure days) that any number of calendars can share.
/// </summary>
/// <remarks>
/// A holiday removes every window that starts on its date; an overnight window that starts the evening before is
/// unaffected, and an exception day on the same date overrides the holiday.
/// Equality compares the name and the dates. Instances are immutable and thread-safe.
/// </remarks>
public sealed class HolidaySet : IEquatable<HolidaySet>
{
    /// <summary>Initializes a holiday set.</summary>
    /// <param name="name">The name of the set, for example <c>"cn-national-2026"</c>; not empty.</param>
    /// <param name="dates">The holiday dates, each listed once, in any order.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or a date is listed twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date lies outside <see cref="BusinessCalendar.MinSupportedDate"/> to
    /// <see cref="BusinessCalendar.MaxSupportedDate"/>.</exception>
    public HolidaySet(string name, IEnumerable<LocalDate> dates)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(dates);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A holiday set needs a name that is not empty.");
        var builder = ImmutableSortedSet.CreateBuilder<LocalDate>();
        foreach (var date in dates)
        {
            if (!SupportedTime.Contains(date))
            {
                throw new ArgumentOutOfRangeException(nameof(dates), date, FormattableString.Invariant($"Holiday set '{Wording.Excerpt(name)}': ") + CalendarValidator.OutsideSupportedDates(date));
            }

            Preconditions.CheckArgument(
                builder.Add(date),
                nameof(dates),
                FormattableString.Invariant($"Holiday set '{Wording.Excerpt(name)}' lists {date:yyyy-MM-dd} twice; each date may appear once."));
        }

        Name = name;
        Dates = builder.ToImmutable();
    }

    /// <summary>Gets the name of the set.</summary>
    public string Name { get; }

    /// <summary>Gets the holiday dates in ascending order.</summary>
    public IReadOnlyCollection<LocalDate> Dates { get; }

    /// <summary>Returns whether <paramref name="date"/> is a holiday of this set.</summary>
    /// <param name="date">The local date to test.</param>
    /// <returns>True when the set contains the date.</returns>
    public bool Contains(LocalDate date) => ((ImmutableSortedSet<LocalDate>)Dates).Contains(date);

    /// <inheritdoc />
    public bool Equals(HolidaySet? other) =>
        other is not null && (ReferenceEquals(this, other) || (Name == other.Name && Dates.SequenceEqual(other.Dates)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidaySet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Dates.Count);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({Dates.Count} dates)");
}
