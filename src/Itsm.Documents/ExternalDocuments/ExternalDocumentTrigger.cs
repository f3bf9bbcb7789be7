namespace Itsm.Documents;

/// <summary>The commands of an <see cref="ExternalDocument"/>, as lifecycle triggers and role-policy entries.</summary>
public enum ExternalDocumentTrigger
{
    /// <summary>Register an external document (a law, a standard, a customer document...).</summary>
    Identify,

    /// <summary>Accept the document for use, with the date of its first currency check.</summary>
    AcceptForUse,

    /// <summary>Record a currency check (is this edition still the current one?) and the next check date.</summary>
    RecordCurrencyCheck,

    /// <summary>Record that the next check date passed without a check (through <see cref="ExternalDocument.Advance"/>).</summary>
    MarkCheckOverdue,

    /// <summary>Replace the document by the registering of its newer edition.</summary>
    Supersede,

    /// <summary>Withdraw the document from use, with a reason.</summary>
    Withdraw,

    /// <summary>Apply what time made due (the overdue currency check).</summary>
    Advance,
}
