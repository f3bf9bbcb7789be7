namespace Itsm.Documents;

/// <summary>What kind of external document an <see cref="ExternalDocument"/> is.</summary>
public enum ExternalDocumentKind
{
    /// <summary>A law.</summary>
    Law = 0,

    /// <summary>A regulation (an administrative rule, a regulator's order).</summary>
    Regulation = 1,

    /// <summary>A standard (for example ISO/IEC 20000-1:2018).</summary>
    Standard = 2,

    /// <summary>A customer's document (a contract annex, a customer's policy).</summary>
    CustomerDocument = 3,

    /// <summary>A supplier's document (a manual, a supplier's terms).</summary>
    SupplierDocument = 4,

    /// <summary>Any other external document.</summary>
    Other = 5,
}

/// <summary>The outcome of a currency check of an <see cref="ExternalDocument"/>.</summary>
public enum CurrencyCheckResult
{
    /// <summary>The registered edition is still the current one.</summary>
    Current = 0,

    /// <summary>A newer edition was issued: register it and supersede this one
    /// (<see cref="ExternalDocument.Supersede"/>); until then the obsolete edition is still in use.</summary>
    NewEditionAvailable = 1,
}
