using System;
using System.Linq;
using Itsm.Core.Actors;

namespace Itsm.Core.Tests.Actors;

public class RolePolicyTests
{
    private enum Trigger
    {
        Submit,
        Approve,
        Archive,
        Comment,
    }

    private sealed record Request(string RequesterId);

    private static readonly Actor Agent = new("agent-7", "Agent Seven", [Roles.ServiceDeskAgent]);
    private static readonly Actor Manager = new("mgr-1", "Manager One", [Roles.IncidentManager, Roles.ProcessOwner]);

    private static readonly RolePolicy<Request, Trigger> Policy = RolePolicy.Builder<Request, Trigger>()
        .Allow(Trigger.Submit, Roles.ServiceDeskAgent, Roles.Customer)
        .Allow(Trigger.Approve, Roles.IncidentManager)
        .Separate(Trigger.Approve, "the approver may not be the requester", (r, a) => r.RequesterId != a.Id)
        .AllowAnyone(Trigger.Comment)
        .Build();

    [Fact]
    public void UnmetRules_ActorWithARequiredRole_IsAllowed()
    {
        Assert.Empty(Policy.UnmetRules(new Request("c-1"), Agent, Trigger.Submit));
        Assert.Empty(Policy.UnmetRules(new Request("c-1"), Manager, Trigger.Approve));
        Assert.Empty(Policy.UnmetRules(new Request("c-1"), new Actor("anyone", "Anyone"), Trigger.Comment));
    }

    [Fact]
    public void Demand_MissingRole_NamesActorRoleAndCommand()
    {
        var error = Assert.Throws<CommandNotAuthorizedException>(() => Policy.Demand(new Request("c-1"), Agent, Trigger.Approve, "Request", "REQ-1"));

        Assert.Equal(Agent, error.Actor);
        Assert.Equal("Approve", error.Command);
        Assert.Equal([Roles.IncidentManager], error.RequiredRoles);
        Assert.Contains("Agent Seven (agent-7) may not Approve Request 'REQ-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("incident-manager", error.Message, StringComparison.Ordinal);
        Assert.Contains("service-desk-agent", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void Demand_SegregationOfDuties_IsARule()
    {
        var error = Assert.Throws<CommandNotAuthorizedException>(() => Policy.Demand(new Request("mgr-1"), Manager, Trigger.Approve, "Request", "REQ-2"));
        Assert.Equal(["the approver may not be the requester"], error.Rules);
    }

    [Fact]
    public void Trigger_NotInThePolicy_IsRefused() =>
        Assert.Contains("does not say who may Archive", Assert.Single(Policy.UnmetRules(new Request("c-1"), Manager, Trigger.Archive)), StringComparison.Ordinal);

    [Fact]
    public void ToBuilder_LetsAHostReplaceRulesWithoutTouchingTheDefault()
    {
        var relaxed = Policy.ToBuilder().Allow(Trigger.Approve, Roles.ProcessOwner, Roles.IncidentManager).WithoutSegregation(Trigger.Approve).Build();

        Assert.Empty(relaxed.UnmetRules(new Request("mgr-1"), Manager, Trigger.Approve));
        Assert.NotEmpty(Policy.UnmetRules(new Request("mgr-1"), Manager, Trigger.Approve));
        Assert.Equal([Roles.ProcessOwner, Roles.IncidentManager], relaxed.RolesFor(Trigger.Approve));
        Assert.Null(relaxed.RolesFor(Trigger.Comment));
        Assert.Empty(relaxed.RolesFor(Trigger.Archive)!);
    }

    [Fact]
    public void Allow_WithoutRoles_IsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => RolePolicy.Builder<Request, Trigger>().Allow(Trigger.Submit));
}

public class ActorTests
{
    [Fact]
    public void Actor_HoldsRoles_AndEqualityIsById()
    {
        var a = new Actor("u-1", "User One", [Roles.Resolver, Roles.Customer]);

        Assert.True(a.HasRole(Roles.Resolver));
        Assert.False(a.HasRole(Roles.Auditor));
        Assert.Equal(["customer", "resolver"], a.Roles.Select(r => r.Name));
        Assert.Equal(a, new Actor("u-1", "Renamed"));
    }

    [Fact]
    public void System_HoldsTheSystemRole()
    {
        Assert.True(Actor.System.IsSystem);
        Assert.True(Actor.System.HasRole(Roles.System));
    }

    [Theory]
    [InlineData("Incident-Manager")]
    [InlineData("incident manager")]
    [InlineData("")]
    public void Role_InvalidName_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new Role(name));
}
