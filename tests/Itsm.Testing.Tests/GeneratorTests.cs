using System;
using System.Linq;
using FsCheck.Fluent;
using Itsm.Core.Actors;
using Itsm.Documents;
using Itsm.Incidents;
using NodaTime;

namespace Itsm.Testing.Tests;

/// <summary>What the published generators promise their users.</summary>
public class GeneratorTests
{
    [Fact]
    public void ActorGen_DrawsOnlyTheGivenRoles_AndReusesPeople()
    {
        Role[] roles = [Roles.Auditor, Roles.DocumentController];

        var actors = ActorArbitraries.ActorGen(roles).Sample(500);

        Assert.All(actors, a => Assert.Subset(roles.ToHashSet(), a.Roles.ToHashSet()));
        Assert.All(actors, a => Assert.False(a.IsSystem));
        Assert.InRange(actors.Select(a => a.Id).Distinct().Count(), 2, 10);
        Assert.Contains(actors, a => a.Roles.Count == 2);
        Assert.Contains(actors, a => a.Roles.Count == 0);
    }

    [Fact]
    public void Actors_IncludeTheSystemSometimes()
    {
        var actors = ActorArbitraries.Actors().Generator.Sample(500);

        Assert.Contains(actors, a => a.IsSystem);
        Assert.Contains(actors, a => a.Roles.Count > 0 && !a.IsSystem);
    }

    [Fact]
    public void Calendars_AreValid_AndSpreadOverTheZones()
    {
        var calendars = CalendarArbitraries.CalendarGen.Sample(300);

        Assert.All(calendars, c => Assert.Contains(c.Zone.Id, CalendarArbitraries.Zones));
        Assert.True(calendars.Select(c => c.Zone.Id).Distinct().Count() >= 5);
        Assert.Contains(calendars, c => c.Holidays.Count > 0);
    }

    [Fact]
    public void CalendarCases_KeepTheirInstantsInTheDocumentedRange()
    {
        var cases = CalendarArbitraries.Cases().Generator.Sample(300);

        Assert.All(cases, c => Assert.InRange(c.A, Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2041, 1, 1, 0, 0)));
        Assert.All(cases, c => Assert.InRange(c.Days, 0, 12));
        Assert.Contains(cases, c => c.B < c.A);
    }

    [Fact]
    public void IncidentScenarios_ReachManyStates()
    {
        var states = IncidentArbitraries.Scenarios().Generator.Sample(400).Select(s => s.Play().Incident.State).ToHashSet();

        Assert.Superset(new[] { IncidentState.New, IncidentState.InProgress, IncidentState.OnHold, IncidentState.Resolved, IncidentState.Closed, IncidentState.Cancelled }.ToHashSet(), states);
    }

    [Fact]
    public void DocumentScenarios_ReachSupersessionsWithdrawalsDisposalsAndReissues()
    {
        var documents = DocumentArbitraries.Scenarios().Generator.Sample(300).Select(s => s.Play().Document).ToList();

        Assert.True(documents.Count(d => d.Revisions.Any(r => r.EffectiveAt is not null)) > 200);
        Assert.Contains(documents, d => d.Events.OfType<CopyRecalled>().Any(r => d.Revision(d.Copy(r.Copy).Revision).SupersededBy is not null));
        Assert.Contains(documents, d => d.Revisions.Any(r => r.SupersededBy is not null && d.Copies.Any(c => c.Revision == r.Number) && d.IsSupersessionComplete(r.Number)));
        Assert.Contains(documents, d => d.Events.OfType<RevisionWithdrawn>().Any());
        Assert.Contains(documents, d => d.Events.OfType<RevisionDisposed>().Any());
        Assert.Contains(documents, d => d.Events.OfType<CopyReissueApproved>().Any());
        Assert.Contains(documents, d => d.Events.OfType<RevisionCancelled>().Any());
        Assert.Contains(documents, d => d.Events.OfType<RevisionDecided>().Any(e => e.Decision == ApprovalDecisionKind.Commented));
        Assert.Contains(documents, d => d.Events.OfType<ReviewCompleted>().Any(e => e.RevisionRequired));
        Assert.All(documents, d => Assert.InRange(d.Version, 2, 2 + (4 * DocumentArbitraries.MaxCommands)));
    }
}
