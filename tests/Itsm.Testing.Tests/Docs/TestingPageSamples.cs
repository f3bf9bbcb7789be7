// sample:testing-usings
using System.Linq;
using FsCheck.Xunit;
using Itsm.Core.Actors;
using Itsm.Incidents;
using Itsm.Testing;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The organisation's own rule of docs/testing.md, as the page shows it, run over 2,000 random histories.</summary>
public class TestingPageSamples
{
    /// <summary>How a compliance engineer tests an organisation's own rule: here "only the incident manager resolves",
    /// played over random histories with the organisation's role policy.</summary>
    // sample:testing-own-rule
    [Property(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 2_000)]
    public void PlayingWithAnOrganisationsOwnPolicy_AppliesIt(IncidentScenario scenario)
    {
        var onlyManagersResolve = IncidentRoles.Default.ToBuilder().Allow(IncidentTrigger.Resolve, Roles.IncidentManager).Build();
        var settings = IncidentScenario.Settings with { Roles = onlyManagersResolve };

        var (incident, _) = scenario.Play(settings);

        Assert.All(incident.Events.OfType<IncidentResolved>(), e => Assert.True(e.Actor.HasRole(Roles.IncidentManager), $"{e.Actor.Id} resolved"));
    }
    // end-sample
}
