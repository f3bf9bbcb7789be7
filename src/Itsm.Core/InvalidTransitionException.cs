using System;

namespace Itsm.Core;

/// <summary>
/// Thrown when a command is not allowed in a record's current state: names the record, its state, the command
/// (trigger) and the rule that refused it. The record is left exactly as it was.
/// </summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="recordType">The kind of record, for example <c>SlaClock</c>.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="state">The state the record is in.</param>
    /// <param name="trigger">The command that was refused.</param>
    /// <param name="rule">The rule that refused it, as an invariant sentence.</param>
    public InvalidTransitionException(string recordType, string recordId, string state, string trigger, string rule)
        : base(FormattableString.Invariant($"{recordType} '{recordId}' cannot {trigger} while {state}: {rule}"))
    {
        RecordType = recordType;
        RecordId = recordId;
        State = state;
        Trigger = trigger;
        Rule = rule;
    }

    /// <summary>Gets the kind of record.</summary>
    public string RecordType { get; }

    /// <summary>Gets the record's id.</summary>
    public string RecordId { get; }

    /// <summary>Gets the state the record was in.</summary>
    public string State { get; }

    /// <summary>Gets the refused command.</summary>
    public string Trigger { get; }

    /// <summary>Gets the rule that refused it.</summary>
    public string Rule { get; }
}
