using System.Linq;
using Itsm.Audits;
using Itsm.Core.Ids;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.Audits;

/// <summary>
/// Reads and writes <see cref="ManagementReview"/> as its state and its events. Reading rebuilds the review with the
/// review roles of the host's <see cref="AuditSettings"/>; days are ISO dates.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ManagementReviewJsonConverter : RecordJsonConverter<ManagementReview, AuditSettings>
{
    /// <summary>Initializes the converter.</summary>
    /// <param name="settings">The settings reviews are loaded with; null to only write.</param>
    public ManagementReviewJsonConverter(AuditSettings? settings)
        : base(settings)
    {
    }

    private protected override JToken ToJson(ManagementReview review) => RecordDocument(review.Id.Value, review.State.ToString(), review.Version, review.Events, Event);

    private protected override ManagementReview FromJson(JToken token) =>
        ReadRecordDocument<ManagementReview, ManagementReviewState, ManagementReviewEvent, AuditSettings>(
            token, Settings, "a management review", "AuditSettings", "AuditsJsonModule.Audits", ReadEvent, (events, settings) => ManagementReview.FromEvents(events, settings.ReviewRoles), r => r.State, r => r.Version);

    private static JObject Event(ManagementReviewEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ManagementReviewPlanned planned:
                json["id"] = planned.Id.Value;
                json["title"] = planned.Title;
                json["scheduled"] = LocalDatePattern.Iso.Format(planned.Scheduled);
                break;
            case ManagementReviewInputRecorded input:
                json["kind"] = input.Kind.ToString();
                json["evidence"] = input.Evidence;
                json["notApplicableReason"] = input.NotApplicableReason;
                break;
            case ManagementReviewStatusChanged moved:
                json["to"] = moved.To.ToString();
                break;
            case ManagementReviewHeld held:
                json["attendees"] = new JArray(held.Attendance.Attendees);
                json["topManagement"] = new JArray(held.Attendance.TopManagement);
                break;
            case ManagementReviewOutputRecorded output:
                json["text"] = output.Text;
                json["owner"] = output.Owner;
                json["due"] = output.Due is { } due ? LocalDatePattern.Iso.Format(due) : null;
                break;
            case ManagementReviewMinutesApproved approved:
                json["nextReview"] = LocalDatePattern.Iso.Format(approved.NextReview);
                break;
        }

        return json;
    }

    private static ManagementReviewEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        ManagementReviewEvent result = type switch
        {
            "management-review.planned" => new ManagementReviewPlanned(at, actor, ReadId<Kinds.ManagementReview>(e, "id"), String(e, "title"), ReadDate(Required(e, "scheduled"))),
            "management-review.input-recorded" => new ManagementReviewInputRecorded(at, actor, Enum<ReviewInputKind>(Required(e, "kind")), OptionalText(e, "evidence"), OptionalText(e, "notApplicableReason")),
            "management-review.status-changed" => new ManagementReviewStatusChanged(at, actor, Enum<ManagementReviewState>(Required(e, "to"))),
            "management-review.held" => new ManagementReviewHeld(at, actor, new ReviewAttendance([.. Array(e, "attendees").Select(Text)], [.. Array(e, "topManagement").Select(Text)])),
            "management-review.output-recorded" => new ManagementReviewOutputRecorded(at, actor, String(e, "text"), OptionalText(e, "owner"), e["due"] is { Type: not JTokenType.Null } due ? ReadDate(due) : null),
            "management-review.minutes-approved" => new ManagementReviewMinutesApproved(at, actor, ReadDate(Required(e, "nextReview"))),
            _ => throw Error(e["type"], $"'{type}' is not a management review event type"),
        };
        return result with { Version = version };
    }
}
