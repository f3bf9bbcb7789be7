using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

public partial class IncidentTests
{
    private static readonly Actor IncidentManager = new("im-1", "Incident Manager", [Roles.IncidentManager]);

    [Fact]
    public void Escalate_Functionally_ReassignsToAnotherGroup()
    {
        var incident = InProgress();
        incident.Escalate(Resolver, Mon(10), EscalationKind.Functional, "needs DBA access", new Id<Kinds.Group>("dba"));

        Assert.Equal(new Id<Kinds.Group>("dba"), incident.Group);
        Assert.Null(incident.Assignee);
        Assert.Equal(0, incident.EscalationLevel);
        Assert.Throws<ArgumentException>(() => incident.Escalate(Resolver, Mon(11), EscalationKind.Functional, "again", new Id<Kinds.Group>("dba")));
    }

    [Fact]
    public void Escalate_Hierarchically_RaisesTheLevel_AndIsRecorded()
    {
        var incident = InProgress();
        incident.Escalate(Desk, Mon(10), EscalationKind.Hierarchical, "breach likely");
        incident.Escalate(Desk, Mon(11), EscalationKind.Hierarchical, "breach certain");

        Assert.Equal(2, incident.EscalationLevel);
        Assert.Equal(2, Assert.IsType<IncidentEscalated>(incident.Events[^1]).Level);
        Assert.Throws<ArgumentException>(() => incident.Escalate(Desk, Mon(12), EscalationKind.Hierarchical, "x", new Id<Kinds.Group>("dba")));
    }

    [Fact]
    public void ClassifySecurity_GoesUpByItself_NeverDown()
    {
        var incident = InProgress();

        Assert.Equal(SecurityClass.Incident, incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.FromHours(5), 0)));
        long version = incident.Version;
        Assert.Equal(SecurityClass.Incident, incident.ClassifySecurity(Resolver, Mon(11), new SecurityFacts(Duration.FromHours(1), 0)));
        Assert.Equal(version, incident.Version);
        Assert.Equal(SecurityClass.MajorIncident, incident.ClassifySecurity(Resolver, Mon(12), new SecurityFacts(Duration.FromHours(1), 0, SecretsLeaked: true)));
    }

    [Fact]
    public void DowngradeSecurity_NeedsAReasonAndTheIncidentManager()
    {
        var incident = InProgress();
        incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.FromHours(9), 0));

        Assert.Throws<CommandNotAuthorizedException>(() => incident.DowngradeSecurity(Resolver, Mon(11), SecurityClass.Event, "false alarm"));
        Assert.Throws<ArgumentException>(() => incident.DowngradeSecurity(IncidentManager, Mon(11), SecurityClass.Event, " "));
        Assert.Throws<ArgumentException>(() => incident.DowngradeSecurity(IncidentManager, Mon(11), SecurityClass.MajorIncident, "same"));

        incident.DowngradeSecurity(IncidentManager, Mon(11), SecurityClass.Event, "the outage was a monitoring fault");

        Assert.Equal(SecurityClass.Event, incident.SecurityClass);
        Assert.Equal(SecurityClass.Event, Incident.FromEvents(incident.Events, Settings).SecurityClass);
    }
}
