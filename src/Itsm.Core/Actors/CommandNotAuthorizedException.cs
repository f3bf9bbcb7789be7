using System;
using System.Collections.Generic;

namespace Itsm.Core.Actors;

/// <summary>
/// Thrown when an actor may not fire a command on a record under the record's role policy: a role it lacks, or a
/// segregation-of-duties rule. The record is left exactly as it was.
/// </summary>
public sealed class CommandNotAuthorizedException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="actor">Who tried.</param>
    /// <param name="command">The command (trigger).</param>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="requiredRoles">The roles the command needs (any one); empty when anyone may or nobody may.</param>
    /// <param name="rules">Every rule that refused it.</param>
    public CommandNotAuthorizedException(Actor actor, string command, string recordType, string recordId, IReadOnlyList<Role> requiredRoles, IReadOnlyList<string> rules)
        : base($"{actor} may not {command} {recordType} '{recordId}': {string.Join("; ", rules)}.")
    {
        Actor = actor;
        Command = command;
        RecordType = recordType;
        RecordId = recordId;
        RequiredRoles = requiredRoles;
        Rules = rules;
    }

    /// <summary>Gets who tried.</summary>
    public Actor Actor { get; }

    /// <summary>Gets the refused command.</summary>
    public string Command { get; }

    /// <summary>Gets the kind of record.</summary>
    public string RecordType { get; }

    /// <summary>Gets the record's id.</summary>
    public string RecordId { get; }

    /// <summary>Gets the roles the command needs (any one of them).</summary>
    public IReadOnlyList<Role> RequiredRoles { get; }

    /// <summary>Gets every rule that refused the command.</summary>
    public IReadOnlyList<string> Rules { get; }
}
