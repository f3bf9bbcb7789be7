using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Actors;

namespace Itsm.Testing;

/// <summary>FsCheck generators of actors with random roles, for <c>[Properties(Arbitrary = [typeof(ActorArbitraries)])]</c>
/// or for composing into scenarios of your own (your own roles included).</summary>
public static class ActorArbitraries
{
    /// <summary>Gets the well-known roles of the source documents (<see cref="Roles"/>), <see cref="Roles.System"/> aside.</summary>
    public static IReadOnlyList<Role> WellKnownRoles { get; } =
    [
        Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager, Roles.ProblemManager, Roles.ChangeManager, Roles.CabMember,
        Roles.ProcessOwner, Roles.ManagementRepresentative, Roles.TopManagement, Roles.DocumentController, Roles.Auditor, Roles.Customer,
    ];

    /// <summary>Random actors: one time in ten <see cref="Actor.System"/>, otherwise one of ten people
    /// (<c>actor-0</c> to <c>actor-9</c>, so the same person turns up again) with zero to three of
    /// <see cref="WellKnownRoles"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Actor> Actors() =>
        Gen.Frequency((9, ActorGen(WellKnownRoles)), (1, Gen.Constant(Actor.System))).ToArbitrary();

    /// <summary>A generator of people (never <see cref="Actor.System"/>) holding zero to three of the given roles.</summary>
    /// <param name="roles">The roles to draw from; may be empty (actors without roles).</param>
    /// <returns>The generator; the actor's id is <c>actor-N</c> with N from 0 to 9.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roles"/> is null.</exception>
    public static Gen<Actor> ActorGen(IReadOnlyList<Role> roles)
    {
        Preconditions.CheckNotNull(roles);
        var pool = roles.ToArray();
        return from n in Gen.Choose(0, 9)
               from count in Gen.Choose(0, System.Math.Min(3, pool.Length))
               from picked in Gen.Shuffle(pool)
               let id = "actor-" + n.ToString(CultureInfo.InvariantCulture)
               select new Actor(id, "Actor " + n.ToString(CultureInfo.InvariantCulture), picked.Take(count));
    }
}
