using NodaTime;

namespace Itsm.Documents;

/// <summary>The rule of the periods documents count in days (a retention, an extension, the longest interval between
/// currency checks), spelled once.</summary>
internal static class DayPeriods
{
    /// <summary>The rule, as the end of a sentence.</summary>
    public const string Rule = "whole years, months, weeks and days, none negative, at least one day and at most 100 years";

    /// <summary>Returns whether a period is whole years, months, weeks and days, none negative, at least one day and at
    /// most 100 years (1,200 months, and 36,525 days of weeks and days), so a date in the supported range plus the
    /// period never overflows.</summary>
    public static bool IsValid(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero)
            && (period.Years * 12L) + period.Months <= 1200 && (period.Weeks * 7L) + period.Days <= 36525;
}
