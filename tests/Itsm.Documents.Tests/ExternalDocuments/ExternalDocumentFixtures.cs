using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>Actors, dates and external documents in given states for the example tests. Day 0 is Monday 2026-03-02 (UTC).</summary>
internal static class ExternalDocumentFixtures
{
    public static readonly Actor Dc = new("dc-1", "Document Controller", [Roles.DocumentController]);
    public static readonly Actor Owner = new("owner-1", "Service Owner");
    public static readonly Actor Po = new("po-1", "Process Owner", [Roles.ProcessOwner]);
    public static readonly Actor Mr = new("mr-1", "Management Representative", [Roles.ManagementRepresentative]);
    public static readonly Actor Other = new("other-1", "Someone Else");

    public static Instant Day(int day, int hour = 9) => Instant.FromUtc(2026, 3, 2, hour, 0) + Duration.FromDays(day);

    public static LocalDate Date(int day) => new LocalDate(2026, 3, 2).PlusDays(day);

    public static ExternalDocument Identified(string id = "EXT-1", Actor? owner = null, ExternalDocumentSettings? settings = null, int day = 0) =>
        ExternalDocument.Identify(new Id<Kinds.ExternalDocument>(id), ExternalDocumentKind.Standard, "ISO", "ISO/IEC 20000-1", "2018",
            "Service management system requirements", owner ?? Owner, "all services", settings ?? ExternalDocumentSettings.Default, Dc, Day(day));

    /// <summary>Identified on <paramref name="day"/>, accepted by its owner an hour later, first check due on day + 90.</summary>
    public static ExternalDocument Accepted(string id = "EXT-1", int day = 0)
    {
        var document = Identified(id, day: day);
        document.AcceptForUse(Owner, Day(day, 10), Date(day + 90));
        return document;
    }
}
