using System;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>What the laws read of one step of a random history: which trigger it fires, and when.</summary>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
public interface IHistoryStep<out TTrigger>
    where TTrigger : struct, Enum
{
    /// <summary>Gets the trigger the step fires.</summary>
    TTrigger Trigger { get; }

    /// <summary>Gets how long after the previous step it happens (zero: at the same instant).</summary>
    Duration After { get; }
}

/// <summary>One step of a random history: a command by one of the scenario's cast, some time after the previous step,
/// with a number that picks its arguments.</summary>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
/// <param name="Trigger">The command.</param>
/// <param name="ActorIndex">Who issues it, as an index into the scenario's cast.</param>
/// <param name="After">How long after the previous step (zero: at the same instant).</param>
/// <param name="Choice">A number from 0 to 99 that picks the command's arguments and target; some choices give arguments
/// the record refuses.</param>
public sealed record HistoryStep<TTrigger>(TTrigger Trigger, int ActorIndex, Duration After, int Choice) : IHistoryStep<TTrigger>
    where TTrigger : struct, Enum
{
    /// <summary>The step as C# (<c>new(IncidentTrigger.Assign, 0, Duration.FromMinutes(10), 1)</c>), so that a failing
    /// history can be pasted into an example test.</summary>
    /// <returns>The C# expression, target-typed.</returns>
    public override string ToString() => CSharp.New(Trigger, ActorIndex, After, Choice);
}
