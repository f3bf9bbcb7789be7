namespace Itsm.Core;

/// <summary>
/// The priority of a record, P1 (most urgent) to P5. The numeric value is the number in the name.
/// </summary>
public enum Priority
{
    /// <summary>Not set: the default value, refused wherever a priority is required.</summary>
    None = 0,

    /// <summary>P1, critical.</summary>
    P1 = 1,

    /// <summary>P2, high.</summary>
    P2 = 2,

    /// <summary>P3, moderate.</summary>
    P3 = 3,

    /// <summary>P4, low.</summary>
    P4 = 4,

    /// <summary>P5, planning.</summary>
    P5 = 5,
}
