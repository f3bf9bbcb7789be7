namespace Itsm.Incidents;

/// <summary>The lifecycle states of a <see cref="KnownError"/>.</summary>
public enum KnownErrorState
{
    /// <summary>Created by its problem; revised until published.</summary>
    Draft = 0,

    /// <summary>Available to incident management: incidents may apply its workaround.</summary>
    Published = 1,

    /// <summary>No longer applies (the fix removed it, or the draft was wrong), with a reason. Final.</summary>
    Retired = 2,

    /// <summary>Replaced by another known error (named on the record). Final.</summary>
    Superseded = 3,
}
