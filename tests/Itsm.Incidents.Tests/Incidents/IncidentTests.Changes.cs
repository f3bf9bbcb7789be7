using System;
using Itsm.Core;
using Itsm.Core.Ids;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>An incident names changes by id: the change it awaits while on hold, the change that caused it.</summary>
public partial class IncidentTests
{
    private static readonly Id<Kinds.Change> RelayChange = new("CHG-7");

    [Fact]
    public void AwaitingAChange_NamesTheChange_AndOnlyThatHoldDoes()
    {
        var incident = InProgress();

        Assert.Equal("change", Assert.Throws<ArgumentException>(() => incident.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingChange)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentException>(() => incident.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingVendor, RelayChange)).ParamName);
        Assert.Equal(IncidentState.InProgress, incident.State);

        incident.PutOnHold(Resolver, Mon(10), HoldReason.AwaitingChange, RelayChange);
        Assert.Equal(RelayChange, incident.AwaitedChange);
        incident.Resume(Resolver, Mon(12));
        Assert.Null(incident.AwaitedChange);
        Assert.Equal(RelayChange, Incident.FromEvents(incident.Events, Settings).Events[2] is IncidentPutOnHold hold ? hold.Change : null);
    }

    [Fact]
    public void ACausingChange_MayBeNamedEvenOnceClosed_NeverOnceCancelled()
    {
        var closed = InProgress();
        closed.Resolve(Resolver, Mon(11), "rollback", "rolled back the relay change");
        closed.Close(Caller, Mon(12));
        closed.RecordCausingChange(Resolver, Mon(13), RelayChange);
        Assert.Equal((IncidentState.Closed, RelayChange), (closed.State, closed.CausingChange));

        var cancelled = Logged();
        cancelled.Cancel(Desk, Mon(9, 5), CancelReason.LoggedInError);
        Assert.Throws<InvalidTransitionException>(() => cancelled.RecordCausingChange(Resolver, Mon(10), RelayChange));
        Assert.Throws<ArgumentException>(() => closed.RecordCausingChange(Resolver, Mon(14), default));
        Assert.Null(cancelled.CausingChange);
    }
}
