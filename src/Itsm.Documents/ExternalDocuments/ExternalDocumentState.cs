namespace Itsm.Documents;

/// <summary>The lifecycle states of an <see cref="ExternalDocument"/>.</summary>
public enum ExternalDocumentState
{
    /// <summary>Registered (issuer, reference, edition, owner, applicability), not yet accepted for use.</summary>
    Identified = 0,

    /// <summary>Accepted for use by its owner or a process owner, with a next check date; not yet checked for currency.</summary>
    AcceptedForUse = 1,

    /// <summary>In use, and checked for currency at least once (each check sets the next check date).</summary>
    CurrencyChecked = 2,

    /// <summary>Replaced by the registering of a newer edition (named on the record). Final.</summary>
    Superseded = 3,

    /// <summary>No longer used, with a reason. Final.</summary>
    Withdrawn = 4,
}
