using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>Progress updates to the requester: the same mechanism as an incident's, without a management audience.</summary>
public partial class ServiceRequestTests
{
    private static readonly ServiceRequestSettings WithUpdates = Settings with
    {
        ProgressUpdates = ProgressUpdatePolicy.None.Every(UpdateAudience.Customer, Priority.P3, Duration.FromHours(4)),
    };

    private static Instant[] OverdueDeadlines(System.Collections.Generic.IEnumerable<ServiceRequestEvent> events) =>
        [.. events.OfType<ServiceRequestProgressUpdateOverdue>().Select(o => o.DueAt)];

    [Fact]
    public void RecordProgressUpdate_KeepsWhoWhenAndText_AndStartsTheNextInterval()
    {
        var request = Submitted(settings: WithUpdates);
        Assert.Equal(Mon(13), request.ProgressUpdateDueAt(UpdateAudience.Customer));

        request.RecordProgressUpdate(Desk, Mon(12), UpdateAudience.Customer, "ordered; arrives Wednesday");

        Assert.Equal(new ProgressUpdate(UpdateAudience.Customer, "ordered; arrives Wednesday", Mon(12), Desk), Assert.Single(request.ProgressUpdates));
        Assert.Equal(Mon(16), request.ProgressUpdateDueAt(UpdateAudience.Customer));
    }

    [Fact]
    public void Advance_ReportsEveryMissedInterval_InBusinessTime_OnceEach()
    {
        var request = Submitted(settings: WithUpdates);

        // Every 4 business hours from Monday 09:00: Monday 13:00 and 17:00, Tuesday 13:00.
        Assert.Equal([Mon(13), Mon(17), Day(1, 13)], OverdueDeadlines(request.Advance(Actor.System, Day(1, 14))));
        Assert.Empty(OverdueDeadlines(request.Advance(Actor.System, Day(1, 16, 59))));
        Assert.Equal(Day(1, 17), request.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.True(request.NextDueAt(Day(1, 16, 59)) <= Day(1, 17));
    }

    [Fact]
    public void ARequestAwaitingApproval_OwesUpdates_AFulfilledOneDoesNot()
    {
        var awaiting = AwaitingApproval(ApprovalPolicy.All, Manager);
        Assert.Null(awaiting.ProgressUpdateDueAt(UpdateAudience.Customer));
        var request = ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>("SR-2"), Requester.Id, new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"), "a laptop",
            ApprovalPolicy.All, [Manager.Id], WithUpdates, Requester, Mon(9));
        Assert.Equal(ServiceRequestState.AwaitingApproval, request.State);
        Assert.Equal(Mon(13), request.ProgressUpdateDueAt(UpdateAudience.Customer));

        var fulfilled = Submitted(settings: WithUpdates);
        fulfilled.Assign(Desk, Mon(9, 10), new Id<Kinds.Group>("workplace-team"));
        fulfilled.Fulfil(Resolver, Mon(10), "delivered");
        Assert.Null(fulfilled.UpdateIntervalOwed(UpdateAudience.Customer));
        Assert.Empty(OverdueDeadlines(fulfilled.Advance(Actor.System, Day(1, 9))));
        fulfilled.RecordProgressUpdate(Desk, Day(1, 9), UpdateAudience.Customer, "how is the laptop?");
        Assert.Single(fulfilled.ProgressUpdates);
    }

    [Fact]
    public void ARequest_HasNoManagementAudience()
    {
        var request = Submitted(settings: WithUpdates);

        var error = Assert.Throws<ArgumentException>(() => request.RecordProgressUpdate(Desk, Mon(10), UpdateAudience.Management, "told the board"));
        Assert.Equal("audience", error.ParamName);
        Assert.Empty(request.ProgressUpdates);

        var settings = Assert.Throws<ArgumentException>(() => Settings with { ProgressUpdates = ProgressUpdatePolicy.None.Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1)) });
        Assert.Contains("Management", settings.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordProgressUpdate_IsRefused_ByRolePolicyDateAndState_AndChangesNothing()
    {
        var request = Submitted(settings: WithUpdates);
        request.RecordProgressUpdate(Desk, Mon(10), UpdateAudience.Customer, "first");
        long version = request.Version;

        Assert.Throws<CommandNotAuthorizedException>(() => request.RecordProgressUpdate(Requester, Mon(11), UpdateAudience.Customer, "to myself"));
        Assert.Throws<ArgumentOutOfRangeException>(() => request.RecordProgressUpdate(Desk, Mon(9, 59), UpdateAudience.Customer, "back in time"));
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => request.RecordProgressUpdate(Desk, Mon(11), UpdateAudience.Customer, "")).ParamName);
        request.Cancel(Requester, Mon(11), "no longer needed");
        Assert.Throws<InvalidTransitionException>(() => request.RecordProgressUpdate(Desk, Mon(12), UpdateAudience.Customer, "after the cancel"));

        Assert.Equal(version + 1, request.Version);
        Assert.Single(request.ProgressUpdates);
    }
}
