using Itsm.Core.Actors;

namespace Itsm.Documents;

/// <summary>The default role policy of records, following the source documents' roles.</summary>
public static class DocumentRecordRoles
{
    /// <summary>
    /// Gets the default policy. The document controller keeps the records: declares them, corrects their metadata,
    /// appends content, records retention triggers, extends retention and disposes of records. Process owners, who own
    /// the records of their processes, declare records, append content, record retention triggers and extend retention
    /// (a review's decision). Legal holds are placed and released by the management representative or top management.
    /// Only the system advances time and marks records due for disposal or review. A host replaces it with
    /// <c>DocumentRecordRoles.Default.ToBuilder()</c>.
    /// </summary>
    public static RolePolicy<DocumentRecord, DocumentRecordTrigger> Default { get; } = RolePolicy.Builder<DocumentRecord, DocumentRecordTrigger>()
        .Allow(DocumentRecordTrigger.Declare, Roles.DocumentController, Roles.ProcessOwner)
        .Allow(DocumentRecordTrigger.CorrectMetadata, Roles.DocumentController)
        .Allow(DocumentRecordTrigger.AppendContent, Roles.DocumentController, Roles.ProcessOwner)
        .Allow(DocumentRecordTrigger.RecordRetentionTrigger, Roles.DocumentController, Roles.ProcessOwner)
        .Allow(DocumentRecordTrigger.PlaceLegalHold, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(DocumentRecordTrigger.ReleaseLegalHold, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(DocumentRecordTrigger.MarkDueForDisposal, Roles.System)
        .Allow(DocumentRecordTrigger.MarkReviewDue, Roles.System)
        .Allow(DocumentRecordTrigger.ExtendRetention, Roles.DocumentController, Roles.ProcessOwner)
        .Allow(DocumentRecordTrigger.Dispose, Roles.DocumentController)
        .Allow(DocumentRecordTrigger.Advance, Roles.System)
        .Build();
}
