using Itsm.Core.Actors;

namespace Itsm.Documents;

/// <summary>The default role policy of controlled documents, following the source documents.</summary>
public static class DocumentRoles
{
    /// <summary>The segregation rule of <see cref="Default"/>: the author of a revision never approves it.</summary>
    public const string AuthorNeverApproves = "the author of a revision never approves it";

    /// <summary>
    /// Gets the default policy: the document controller creates documents and archives and disposes of obsolete
    /// revisions; anyone (the owning department) starts, submits and redrafts revisions; who approves, asks for changes
    /// or comments is decided by the approval matrix (any actor holding a step's role), and the author of a revision
    /// never approves it (segregation of duties, on by default); the document controller or the management
    /// representative cancels a revision; top management or the management representative withdraws an effective
    /// revision; the document controller issues controlled copies, closes recalls, approves reissues and records
    /// uncontrolled copies; a copy's holder (or the controller) acknowledges it and asks for a reissue; the management
    /// representative, the process owner or the document controller completes periodic reviews; only the system
    /// concludes approvals, recalls copies and advances time. A host replaces it with
    /// <c>DocumentRoles.Default.ToBuilder()</c>.
    /// </summary>
    public static RolePolicy<ControlledDocument, DocumentTrigger> Default { get; } = RolePolicy.Builder<ControlledDocument, DocumentTrigger>()
        .Allow(DocumentTrigger.Create, Roles.DocumentController)
        .AllowAnyone(DocumentTrigger.StartRevision)
        .AllowAnyone(DocumentTrigger.Submit)
        .AllowAnyone(DocumentTrigger.Redraft)
        .AllowAnyone(DocumentTrigger.Approve)
        .AllowAnyone(DocumentTrigger.RequestChanges)
        .AllowAnyone(DocumentTrigger.Comment)
        .Separate(DocumentTrigger.Approve, AuthorNeverApproves, (document, actor) => document.OpenRevision is not { } open || open.Author.Id != actor.Id)
        .Allow(DocumentTrigger.ConcludeApproved, Roles.System)
        .Allow(DocumentTrigger.ConcludeChangesRequested, Roles.System)
        .Allow(DocumentTrigger.Cancel, Roles.DocumentController, Roles.ManagementRepresentative)
        .Allow(DocumentTrigger.BecomeEffective, Roles.System)
        .Allow(DocumentTrigger.Supersede, Roles.System)
        .Allow(DocumentTrigger.Withdraw, Roles.TopManagement, Roles.ManagementRepresentative)
        .Allow(DocumentTrigger.Archive, Roles.DocumentController)
        .Allow(DocumentTrigger.Dispose, Roles.DocumentController)
        .Allow(DocumentTrigger.Advance, Roles.System)
        .Allow(DocumentTrigger.IssueCopy, Roles.DocumentController)
        .AllowAnyone(DocumentTrigger.AcknowledgeCopy)
        .Allow(DocumentTrigger.RecallCopy, Roles.System)
        .Allow(DocumentTrigger.CloseRecall, Roles.DocumentController)
        .AllowAnyone(DocumentTrigger.RequestReissue)
        .Allow(DocumentTrigger.ApproveReissue, Roles.DocumentController)
        .Allow(DocumentTrigger.RecordUncontrolledCopies, Roles.DocumentController)
        .Allow(DocumentTrigger.CompleteReview, Roles.ManagementRepresentative, Roles.ProcessOwner, Roles.DocumentController)
        .Build();
}
