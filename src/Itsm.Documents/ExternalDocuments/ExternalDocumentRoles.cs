using Itsm.Core.Actors;

namespace Itsm.Documents;

/// <summary>The default role policy of external documents, following the source documents' roles.</summary>
public static class ExternalDocumentRoles
{
    /// <summary>The rule on <see cref="ExternalDocumentTrigger.AcceptForUse"/> in <see cref="Default"/>.</summary>
    public const string OwnerOrProcessOwnerAccepts = "an external document is accepted for use by its owner or a process owner";

    /// <summary>
    /// Gets the default policy. The document controller registers external documents, records their currency checks,
    /// supersedes them by a newer edition and withdraws them (the management representative may withdraw too). A document
    /// is accepted for use by its owner or by a process owner (<see cref="OwnerOrProcessOwnerAccepts"/>): whoever owns the
    /// task does it. Only the system advances time and marks a check overdue. A host replaces it with
    /// <c>ExternalDocumentRoles.Default.ToBuilder()</c>, for example
    /// <c>.WithoutSegregation(ExternalDocumentTrigger.AcceptForUse).Allow(ExternalDocumentTrigger.AcceptForUse, Roles.ManagementRepresentative)</c>.
    /// </summary>
    public static RolePolicy<ExternalDocument, ExternalDocumentTrigger> Default { get; } = RolePolicy.Builder<ExternalDocument, ExternalDocumentTrigger>()
        .Allow(ExternalDocumentTrigger.Identify, Roles.DocumentController)
        .AllowAnyone(ExternalDocumentTrigger.AcceptForUse)
        .Separate(ExternalDocumentTrigger.AcceptForUse, OwnerOrProcessOwnerAccepts, (document, actor) => actor.Equals(document.Owner) || actor.HasRole(Roles.ProcessOwner))
        .Allow(ExternalDocumentTrigger.RecordCurrencyCheck, Roles.DocumentController)
        .Allow(ExternalDocumentTrigger.MarkCheckOverdue, Roles.System)
        .Allow(ExternalDocumentTrigger.Supersede, Roles.DocumentController)
        .Allow(ExternalDocumentTrigger.Withdraw, Roles.DocumentController, Roles.ManagementRepresentative)
        .Allow(ExternalDocumentTrigger.Advance, Roles.System)
        .Build();
}
