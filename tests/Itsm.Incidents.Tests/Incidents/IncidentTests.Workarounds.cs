using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Incidents.Tests.Problems;

namespace Itsm.Incidents.Tests.Incidents;

public partial class IncidentTests
{
    [Fact]
    public void ApplyWorkaround_OfAPublishedKnownError_IsRecordedOnTheIncident()
    {
        var (_, knownError) = ProblemFixtures.Identified(workaround: "flush the queue");
        knownError.Publish(ProblemFixtures.Pm, ProblemFixtures.Day(1, 10));
        var incident = InProgress();

        incident.ApplyWorkaround(Resolver, Day(1, 11), knownError);

        var applied = Assert.Single(incident.Workarounds);
        Assert.Equal((knownError.Id, "flush the queue", Day(1, 11)), (applied.KnownError, applied.Workaround, applied.At));
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(incident.Workarounds, Incident.FromEvents(incident.Events, Settings).Workarounds);
    }

    [Fact]
    public void ApplyWorkaround_OfADraftKnownError_IsRefused_AndChangesNothing()
    {
        var (_, draft) = ProblemFixtures.Identified();
        var incident = InProgress();
        long version = incident.Version;

        var e = Assert.Throws<ArgumentException>(() => incident.ApplyWorkaround(Resolver, Day(1, 11), draft));

        Assert.Contains("only a published known error's workaround is applied", e.Message, StringComparison.Ordinal);
        Assert.Equal(version, incident.Version);
        Assert.Empty(incident.Workarounds);
    }

    [Fact]
    public void ApplyWorkaround_ToAResolvedIncident_OrByTheCaller_IsRefused()
    {
        var (_, knownError) = ProblemFixtures.Identified();
        knownError.Publish(ProblemFixtures.Pm, ProblemFixtures.Day(1, 10));
        var incident = InProgress();

        Assert.Throws<CommandNotAuthorizedException>(() => incident.ApplyWorkaround(Caller, Day(1, 11), knownError));
        incident.Resolve(Resolver, Day(1, 12), "fixed", "fixed it");
        Assert.Throws<InvalidTransitionException>(() => incident.ApplyWorkaround(Resolver, Day(1, 13), knownError));
        Assert.Empty(incident.Workarounds);
    }
}
