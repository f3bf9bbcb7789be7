using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>Actors, instants and documents in given states. Day 0 is Monday 2026-03-02 (UTC).</summary>
internal static class DocumentFixtures
{
    public static readonly Actor Controller = new("dc-1", "Document Controller", [Roles.DocumentController]);
    public static readonly Actor Author = new("qa-1", "Quality Engineer");
    public static readonly Actor Mr = new("mr-1", "Management Representative", [Roles.ManagementRepresentative]);
    public static readonly Actor Gm = new("gm-1", "General Manager", [Roles.TopManagement]);
    public static readonly Actor Tech = new("tl-1", "Technical Lead", [ApprovalMatrix.TechnicalLead]);
    public static readonly Actor Nobody = new("x-1", "Nobody");

    public static readonly string HashA = new('a', 64);
    public static readonly string HashB = new('b', 64);
    public static readonly string HashC = new('c', 64);

    public static Instant Day(int day, int hour = 9, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute) + Duration.FromDays(day);

    /// <summary>CX-SMP-001 "Document control procedure", created by the controller on day 0; revision 1 drafted by him.</summary>
    public static ControlledDocument Created(DocumentSettings? settings = null, params string[] classCodes) =>
        ControlledDocument.Create(
            new Id<Kinds.Document>("DOC-1"),
            DocumentNumberSchemes.Composite.Parse("CX-SMP-001"),
            "Document control procedure",
            "Quality department",
            DocumentLevel.Procedure,
            classCodes,
            "internal public",
            settings ?? DocumentSettings.Default,
            Controller,
            Day(0));

    /// <summary>Created, submitted on day 1 to take effect on day 10, approved by the MR and the GM on day 2.</summary>
    public static ControlledDocument Approved(DocumentSettings? settings = null)
    {
        var document = Created(settings);
        document.Submit(Controller, Day(1), HashA, [], Day(10));
        document.Approve(Mr, Day(2));
        document.Approve(Gm, Day(2, 10));
        return document;
    }

    /// <summary>Approved, then effective on day 10.</summary>
    public static ControlledDocument Effective(DocumentSettings? settings = null)
    {
        var document = Approved(settings);
        document.Advance(Actor.System, Day(10));
        return document;
    }

    /// <summary>Effective, then revision 2 (minor) started by the author on day 20 and submitted with a change summary on day 21.</summary>
    public static ControlledDocument SecondInReview()
    {
        var document = Effective();
        document.StartRevision(Author, Day(20), ChangeKind.Minor);
        document.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Modified, "4.2", "retention of records now three years")], Day(30));
        return document;
    }
}
