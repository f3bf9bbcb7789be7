using System;

namespace Itsm.Json;

/// <summary>
/// The limits a document must keep to be read by <see cref="ItsmJson"/>: they bound what an untrusted document costs
/// before anything is built from it. A document over a limit is refused with a
/// <see cref="Newtonsoft.Json.JsonReaderException"/> that names the limit and, but for the length, the path where it was
/// passed. The defaults suit every record the packages write; a host raises them for larger documents it trusts.
/// </summary>
/// <remarks>Checked when set: every limit is at least 1. Immutable and thread-safe.</remarks>
public sealed record JsonReadLimits
{
    /// <summary>Gets the default limits.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>Gets the most characters a document may have; 16,777,216 (16 Mi) by default. Checked first, before the
    /// text is read, so an oversized document costs nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDocumentLength
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxDocumentLength));
    } = 16 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays; <see cref="ItsmJson.MaxDepth"/> (32) by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDepth
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxDepth));
    } = ItsmJson.MaxDepth;

    /// <summary>Gets the longest string or property name, in bytes of its UTF-8 text as written (escapes included);
    /// 1,048,576 (1 MiB) by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxStringLength
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxStringLength));
    } = 1024 * 1024;

    /// <summary>Gets the most items of one array (a record's events, a calendar's holidays); 100,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxArrayLength
    {
        get;
        init => field = AtLeastOne(value, nameof(MaxArrayLength));
    } = 100_000;

    private static int AtLeastOne(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"JsonReadLimits.{name} is at least 1.");
}
