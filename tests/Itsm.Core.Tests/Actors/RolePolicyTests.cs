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
    public void Allow_WithoutRoles_IsAnArgumentError()
    {
        var error = Assert.Throws<ArgumentException>(() => RolePolicy.Builder<Request, Trigger>().Allow(Trigger.Submit));

        Assert.Equal("anyOf", error.ParamName);
        Assert.StartsWith("Allow(Submit) needs at least one role, none of them empty", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RolePolicy.Builder<Request, Trigger>().Allow(Trigger.Submit, Roles.Customer, default));
        Assert.Equal("anyOf", Assert.Throws<ArgumentNullException>(() => RolePolicy.Builder<Request, Trigger>().Allow(Trigger.Submit, null!)).ParamName);
    }

    [Fact]
    public void Separate_NeedsADescriptionAndARule()
    {
        var builder = RolePolicy.Builder<Request, Trigger>();

        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => builder.Separate(Trigger.Approve, null!, (_, _) => true)).ParamName);
        Assert.Equal("allows", Assert.Throws<ArgumentNullException>(() => builder.Separate(Trigger.Approve, "a rule", null!)).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => builder.Separate(Trigger.Approve, " ", (_, _) => true));
        Assert.Equal("description", blank.ParamName);
        Assert.StartsWith("A segregation rule needs a description that says the rule.", blank.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnmetRules_NamesTheRolesNeededAndHeld()
    {
        var none = new Actor("nobody", "Nobody");

        Assert.Equal(
            ["Approve needs one of the roles incident-manager, and Nobody (nobody) holds none"],
            Policy.UnmetRules(new Request("c-1"), none, Trigger.Approve));
        Assert.Equal(
            ["Approve needs one of the roles incident-manager, and Agent Seven (agent-7) holds service-desk-agent"],
            Policy.UnmetRules(new Request("c-1"), Agent, Trigger.Approve));
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => Policy.UnmetRules(new Request("c-1"), null!, Trigger.Approve)).ParamName);
    }

    [Fact]
    public void Demand_ListsEveryRoleAndEveryRule_InOneMessage()
    {
        var policy = RolePolicy.Builder<Request, Trigger>()
            .Allow(Trigger.Approve, Roles.IncidentManager, Roles.ProcessOwner)
            .Separate(Trigger.Approve, "the approver may not be the requester", (r, a) => r.RequesterId != a.Id)
            .Build();
        var actor = new Actor("agent-7", "Agent Seven", [Roles.ServiceDeskAgent, Roles.Customer]);

        var error = Assert.Throws<CommandNotAuthorizedException>(() => policy.Demand(new Request("agent-7"), actor, Trigger.Approve, "Request", "REQ-4"));

        Assert.Equal(
            "Agent Seven (agent-7) may not Approve Request 'REQ-4': Approve needs one of the roles incident-manager, process-owner, "
            + "and Agent Seven (agent-7) holds customer, service-desk-agent; the approver may not be the requester.",
            error.Message);
    }

    [Fact]
    public void Demand_ATriggerAnyoneMayFire_RefusedBySegregation_NeedsNoRoles()
    {
        var policy = RolePolicy.Builder<Request, Trigger>()
            .AllowAnyone(Trigger.Comment)
            .Separate(Trigger.Comment, "the requester does not comment", (r, a) => r.RequesterId != a.Id)
            .Build();

        var error = Assert.Throws<CommandNotAuthorizedException>(() => policy.Demand(new Request("agent-7"), Agent, Trigger.Comment, "Request", "REQ-3"));

        Assert.Empty(error.RequiredRoles);
        Assert.Equal("Agent Seven (agent-7) may not Comment Request 'REQ-3': the requester does not comment.", error.Message);
    }
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

    [Fact]
    public void Actor_NeedsAnIdAndADisplayName_AndNoEmptyRole()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Actor(null!, "Name")).ParamName);
        Assert.Equal("displayName", Assert.Throws<ArgumentNullException>(() => new Actor("id", null!)).ParamName);
        var blankId = Assert.Throws<ArgumentException>(() => new Actor(" ", "Name"));
        Assert.Equal("id", blankId.ParamName);
        Assert.StartsWith("An actor needs an id that is not empty.", blankId.Message, StringComparison.Ordinal);
        var blankName = Assert.Throws<ArgumentException>(() => new Actor("id", ""));
        Assert.Equal("displayName", blankName.ParamName);
        Assert.StartsWith("An actor needs a display name that is not empty.", blankName.Message, StringComparison.Ordinal);
        var emptyRole = Assert.Throws<ArgumentException>(() => new Actor("id", "Name", [Roles.Customer, default]));
        Assert.Equal("roles", emptyRole.ParamName);
        Assert.StartsWith("A role in the list is the default (empty) role.", emptyRole.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_IsNeverEqualToNull()
    {
        var a = new Actor("u-1", "User One");

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)null));
        Assert.NotEqual(a, new Actor("u-2", "User One"));
    }

    [Fact]
    public void Role_IsMadeFromAValidName_AndComparesOrdinally()
    {
        var role = new Role("change-manager-2");

        Assert.Equal("change-manager-2", role.Name);
        Assert.Equal("change-manager-2", role.ToString());
        Assert.True(role == new Role("change-manager-2"));
        Assert.False(role != new Role("change-manager-2"));
        Assert.True(role != new Role("change-manager"));
        Assert.Equal(new Role("change-manager-2").GetHashCode(), role.GetHashCode());
        Assert.NotEqual(role, default);
        Assert.Equal(string.Empty, default(Role).Name);
        Assert.Equal(0, default(Role).GetHashCode());
        Assert.Equal(default(Role), default(Role));
    }

    [Theory]
    [InlineData("Incident-Manager")]
    [InlineData("incident manager")]
    [InlineData("")]
    public void Role_InvalidName_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new Role(name));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith($"'{name}' is not a role name; role names use lower-case letters, digits and '-'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_NullName_IsRefused() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Role(null!)).ParamName);
}
