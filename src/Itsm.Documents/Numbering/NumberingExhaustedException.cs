using System;

namespace Itsm.Documents.Numbering;

/// <summary>A numbering or revision scheme has nothing after the current value: a two-digit revision after <c>99</c>, an
/// edition letter after <c>Z</c>, a 3-digit sequence after <c>999</c>. The document needs a new number, or the
/// organisation another scheme.</summary>
public sealed class NumberingExhaustedException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="scheme">The scheme's name.</param>
    /// <param name="last">The current (last) value, as the scheme spells it.</param>
    /// <param name="wanted">What was asked for, such as "a label after a minor change" or "a sequence number".</param>
    public NumberingExhaustedException(string scheme, string last, string wanted)
        : base($"The {scheme} scheme has no {wanted} after '{last}'.")
    {
        Scheme = scheme;
        Last = last;
        Wanted = wanted;
    }

    /// <summary>Gets the scheme's name.</summary>
    public string Scheme { get; }

    /// <summary>Gets the current (last) value, as the scheme spells it.</summary>
    public string Last { get; }

    /// <summary>Gets what was asked for.</summary>
    public string Wanted { get; }
}
