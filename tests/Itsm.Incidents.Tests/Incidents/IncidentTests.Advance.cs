using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>Advance applies whole or not at all.</summary>
public partial class IncidentTests
{
    [Fact]
    public void Advance_WhenTheRolePolicyRefusesTheAutomaticClose_RecordsNoWarningEither()
    {
        // The warnings used to be recorded before the automatic close was authorised, so a role policy that refused the
        // close left them recorded behind the exception.
        var onlyManagersClose = Settings with { Roles = IncidentRoles.Default.ToBuilder().Allow(IncidentTrigger.AutoClose, Roles.IncidentManager).Build() };
        Incident Resolved(IncidentSettings settings)
        {
            var incident = Incident.Log(new Id<Kinds.Incident>("INC-1"), "Caller One", new Id<Kinds.Service>("email"), [], "email/delivery", 2, 2, settings, Desk, Mon(9));
            incident.Assign(Desk, Mon(9, 10), new Id<Kinds.Group>("messaging"), "res-1");
            incident.Resolve(Resolver, Mon(16), "restart", "restarted the MTA");
            return incident;
        }

        var usual = Resolved(Settings);
        Assert.Contains(usual.Advance(Actor.System, Day(3, 16)), e => e is IncidentSlaWarningRaised);
        Assert.Equal(IncidentState.Closed, usual.State);

        var incident = Resolved(onlyManagersClose);
        long version = incident.Version;

        Assert.Throws<CommandNotAuthorizedException>(() => incident.Advance(Actor.System, Day(3, 16)));
        Assert.Equal(version, incident.Version);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }
}
