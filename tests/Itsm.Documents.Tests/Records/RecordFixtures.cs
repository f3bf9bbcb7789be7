using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents.Tests.Records;

/// <summary>Actors, instants and records in given states for the example tests. Day 0 is Monday 2026-03-02 (UTC).</summary>
internal static class RecordFixtures
{
    public static readonly Actor Dc = new("dc-1", "Document Controller", [Roles.DocumentController]);
    public static readonly Actor Po = new("po-1", "Process Owner", [Roles.ProcessOwner]);
    public static readonly Actor Mr = new("mr-1", "Management Representative", [Roles.ManagementRepresentative]);
    public static readonly Actor Top = new("top-1", "General Manager", [Roles.TopManagement]);
    public static readonly Actor Other = new("other-1", "Someone Else");

    public static readonly string Hash = DocumentRecord.HashContent("incident review of INC-1"u8);

    public static readonly RetentionPolicy ThreeYearsThenDelete = RetentionPolicy.FromDeclaration(Period.FromYears(3), RetentionAction.Delete);
    public static readonly RetentionPolicy OneYearThenReview = RetentionPolicy.FromDeclaration(Period.FromYears(1), RetentionAction.Review);
    public static readonly RetentionPolicy OneYearThenKeep = RetentionPolicy.FromDeclaration(Period.FromYears(1), RetentionAction.Keep);
    public static readonly RetentionPolicy TwoYearsAfterContractEnd = RetentionPolicy.FromEvent(Period.FromYears(2), "contract end", RetentionAction.Delete);

    /// <summary>The start of 2029-03-02 (UTC): three years after day 0.</summary>
    public static readonly Instant ThreeYearsOn = Instant.FromUtc(2029, 3, 2, 0, 0);

    /// <summary>The start of 2027-03-02 (UTC): one year after day 0.</summary>
    public static readonly Instant OneYearOn = Instant.FromUtc(2027, 3, 2, 0, 0);

    public static Instant Day(int day, int hour = 9) => Instant.FromUtc(2026, 3, 2, hour, 0) + Duration.FromDays(day);

    public static LocalDate Date(int day) => new LocalDate(2026, 3, 2).PlusDays(day);

    public static DocumentRecord Declared(string id = "REC-1", RetentionPolicy? retention = null, int day = 0, Actor? owner = null, DocumentRecordSettings? settings = null, string recordClass = "incident report") =>
        DocumentRecord.Declare(new Id<Kinds.Record>(id), "Incident review INC-1", recordClass, owner ?? Po, Hash, "dms://records/inc-1",
            retention ?? ThreeYearsThenDelete, settings ?? DocumentRecordSettings.Default, Dc, Day(day));

    /// <summary>Declared on day 0 with three years then delete, advanced past the end: due for disposal.</summary>
    public static DocumentRecord DueForDisposal(string id = "REC-1")
    {
        var record = Declared(id);
        record.Advance(Actor.System, ThreeYearsOn);
        return record;
    }
}
