using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Microsoft.Extensions.Configuration;

namespace Itsm.Samples.WebApi.Domain;

/// <summary>
/// Who may call the API: the users of the configuration section <c>ServiceDesk:Users</c>, each with a name and roles
/// (role names as <see cref="Role"/> spells them, for example <c>service-desk-agent</c>). The sample identifies the
/// caller by the <c>X-Actor</c> header; a real host takes the user from its authentication and maps its claims to roles
/// the same way.
/// </summary>
/// <remarks>Checked once, when built: an empty id, a user without a name or a role that is not a role name stops the
/// host at start with the user named. Immutable and thread-safe.</remarks>
internal sealed class UserDirectory
{
    /// <summary>The header that names the acting user.</summary>
    public const string Header = "X-Actor";

    private readonly Dictionary<string, Actor> _users;

    /// <summary>Initializes the directory.</summary>
    /// <param name="users">The users.</param>
    public UserDirectory(IEnumerable<Actor> users) => _users = users.ToDictionary(u => u.Id, StringComparer.Ordinal);

    /// <summary>Gets the users, by id.</summary>
    public IReadOnlyCollection<Actor> Users => _users.Values;

    /// <summary>Finds a user.</summary>
    /// <param name="id">The user's id, as the header gives it.</param>
    /// <param name="actor">The user.</param>
    /// <returns>Whether the user is known.</returns>
    public bool TryFind(string id, out Actor actor) => _users.TryGetValue(id, out actor!);

    /// <summary>Reads the users from configuration.</summary>
    /// <param name="section">The <c>ServiceDesk:Users</c> section: <c>{ "zhang.min": { "Name": "Zhang Min", "Roles": [ "service-desk-agent" ] } }</c>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="InvalidOperationException">A user has no name, or a role that is not a role name.</exception>
    public static UserDirectory From(IConfigurationSection section)
    {
        var users = new List<Actor>();
        foreach (var user in section.GetChildren())
        {
            string name = user["Name"] is { Length: > 0 } n
                ? n
                : throw new InvalidOperationException($"ServiceDesk:Users:{user.Key} has no Name; every user needs one.");
            var roles = new List<Role>();
            foreach (var role in user.GetSection("Roles").GetChildren())
            {
                try
                {
                    roles.Add(new Role(role.Value ?? string.Empty));
                }
                catch (ArgumentException e)
                {
                    throw new InvalidOperationException($"ServiceDesk:Users:{user.Key}:Roles has '{role.Value}', which is not a role name: {e.Message}", e);
                }
            }

            users.Add(new Actor(user.Key, name, roles));
        }

        return new UserDirectory(users);
    }
}
