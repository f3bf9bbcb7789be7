using System;
using NodaTime;

namespace Itsm.Core.Commands;

/// <summary>
/// A command as the kernel checks it: which trigger, who acts and when. An aggregate whose rules need more facts (an
/// approval step, a vote, whether children are settled) declares its own command type carrying them; its lifecycle's
/// guards read them through <see cref="Lifecycles.Lifecycle{TSubject, TState, TTrigger, TCommand}.Command"/>.
/// </summary>
/// <typeparam name="TTrigger">The aggregate's trigger enum.</typeparam>
/// <remarks>Implementations are small immutable structs, so checking a command allocates nothing.</remarks>
public interface ICommand<out TTrigger>
    where TTrigger : struct, Enum
{
    /// <summary>Gets the command's trigger.</summary>
    TTrigger Trigger { get; }

    /// <summary>Gets who acts.</summary>
    Actor By { get; }

    /// <summary>Gets when the command is dated.</summary>
    Instant At { get; }
}

/// <summary>A command without facts beyond its trigger, actor and instant.</summary>
/// <typeparam name="TTrigger">The aggregate's trigger enum.</typeparam>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
public readonly record struct Command<TTrigger>(TTrigger Trigger, Actor By, Instant At) : ICommand<TTrigger>
    where TTrigger : struct, Enum;
