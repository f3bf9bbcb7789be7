using System;
using System.Linq;
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
    public void ClassifySecurity_AsAnEvent_RecordsItsKind_WhichAnIncidentClassLeavesBehind()
    {
        var incident = InProgress();

        incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.FromHours(1), 0) { EventKind = SecurityEventKind.FaultOrOverload });
        Assert.Equal((SecurityClass.Event, SecurityEventKind.FaultOrOverload), (incident.SecurityClass, incident.SecurityEventKind));
        Assert.Equal(SecurityEventKind.FaultOrOverload, Incident.FromEvents(incident.Events, Settings).SecurityEventKind);

        incident.ClassifySecurity(Resolver, Mon(11), new SecurityFacts(Duration.FromHours(1), 0) { Disaster = DisasterDamage.InformationAssetsDamaged });
        Assert.Equal((SecurityClass.Incident, (SecurityEventKind?)null), (incident.SecurityClass, incident.SecurityEventKind));
    }

    [Fact]
    public void ClassifySecurity_WithAGradeTheClassifierDoesNotKnow_IsRefusedAndChangesNothing()
    {
        var incident = InProgress();
        long version = incident.Version;

        var e = Assert.Throws<ArgumentException>(() => incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.Zero, 0) { Information = new(new SecrecyGrade("top secret", 9), InformationExposure.Leaked) }));

        Assert.Contains("'top secret' (rank 9) is not a grade of secrecy", e.Message, StringComparison.Ordinal);
        Assert.Equal((version, SecurityClass.None), (incident.Version, incident.SecurityClass));
    }

    [Fact]
    public void ClassifySecurity_GoesUpByItself_NeverDown()
    {
        var incident = InProgress();

        Assert.Equal(SecurityClass.Incident, incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.FromHours(5), 0)));
        long version = incident.Version;
        Assert.Equal(SecurityClass.Incident, incident.ClassifySecurity(Resolver, Mon(11), new SecurityFacts(Duration.FromHours(1), 0)));
        Assert.Equal(version, incident.Version);
        Assert.Equal(SecurityClass.MajorIncident, incident.ClassifySecurity(Resolver, Mon(12), new SecurityFacts(Duration.FromHours(1), 0) { Information = new(SecrecyGrade.StateSecret, InformationExposure.Leaked) }));
    }

    [Fact]
    public void ClassifySecurity_WithoutAChange_IsStillRefusedOnAClosedIncident()
    {
        var incident = InProgress();
        incident.Resolve(Resolver, Mon(11), "restart", "restarted the MTA");
        incident.Close(Caller, Mon(12));

        Assert.Throws<InvalidTransitionException>(() => incident.ClassifySecurity(Resolver, Mon(13), new SecurityFacts(Duration.Zero, 0)));
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
    [Fact]
    public void MajorIncident_IsDeclaredByTheIncidentManager_WithAnOwner_AndClosesOnlyAfterItsReview()
    {
        var incident = InProgress();
        Assert.Throws<CommandNotAuthorizedException>(() => incident.DeclareMajor(Resolver, Mon(10), "Resolver One"));
        Assert.Throws<ArgumentException>(() => incident.DeclareMajor(IncidentManager, Mon(10), " "));
        Assert.Throws<InvalidTransitionException>(() => incident.RecordMajorReview(IncidentManager, Mon(10), "not major yet"));

        incident.ProposeMajor(Resolver, Mon(10), "whole email service down");
        incident.DeclareMajor(IncidentManager, Mon(10, 5), "Incident Manager");
        incident.RecordTopManagementInformed(IncidentManager, Mon(10, 15), "CIO by phone");
        incident.Resolve(Resolver, Mon(12), "failover", "failed over to the standby MTA");

        var early = Assert.Throws<InvalidTransitionException>(() => incident.Close(Caller, Mon(13)));
        Assert.Contains("review", early.Rule, StringComparison.Ordinal);
        Assert.Empty(incident.Advance(Actor.System, Day(7, 12)).OfType<IncidentClosed>());

        incident.RecordMajorReview(IncidentManager, Day(7, 13), "single MTA; add a second relay");
        incident.Close(Caller, Day(7, 14));

        Assert.True(incident.IsMajor);
        Assert.Equal("Incident Manager", incident.MajorOwner);
        Assert.Equal(Mon(10, 15), incident.TopManagementInformedAt);
        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.Equal(incident.MajorReview, Incident.FromEvents(incident.Events, Settings).MajorReview);
    }

    [Fact]
    public void MajorSecurityClassification_ProposesAMajorIncident_InTheSameCommand()
    {
        var incident = InProgress();

        incident.ClassifySecurity(Resolver, Mon(10), new SecurityFacts(Duration.FromHours(1), 0) { Information = new(SecrecyGrade.StateSecret, InformationExposure.Leaked) });

        Assert.Equal(SecurityClass.MajorIncident, incident.SecurityClass);
        Assert.NotNull(incident.MajorProposalReason);
        Assert.False(incident.IsMajor);
        Assert.IsType<IncidentMajorProposed>(incident.Events[^1]);
    }
}
