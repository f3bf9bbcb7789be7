namespace Itsm.Calendars;

/// <summary>
/// One problem in a calendar definition: where it is and which rule it breaks.
/// </summary>
/// <remarks>Equality compares path and message. Instances are immutable and thread-safe.</remarks>
public sealed record CalendarProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="path">Where the problem is, in the calendar JSON's terms (<c>week.Monday[1]</c>, <c>zone</c>).</param>
    /// <param name="message">An invariant sentence naming the offending value and the rule.</param>
    public CalendarProblem(string path, string message)
    {
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>Gets where the problem is, as a JSON path of the calendar format, for example <c>week.Monday[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets an invariant sentence naming the offending value and the rule it breaks.</summary>
    public string Message { get; }

    /// <summary>Formats the problem as <c>path: message</c>.</summary>
    /// <returns>The path and the message.</returns>
    public override string ToString() => Path + ": " + Message;
}
