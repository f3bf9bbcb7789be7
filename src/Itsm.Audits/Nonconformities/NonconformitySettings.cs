using System;
using Itsm.Calendars;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Audits;

/// <summary>
/// How an organisation runs corrective action: the business calendar escalation and the effectiveness window are
/// measured on, the step between rungs of the escalation ladder, the window after verification before effectiveness is
/// checked, and the role policy. Validated when built.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NonconformitySettings
{
    /// <summary>The shortest escalation step.</summary>
    public static readonly Duration MinStep = Duration.FromMinutes(1);

    /// <summary>The longest escalation step or effectiveness window (366 days of business time).</summary>
    public static readonly Duration MaxDuration = Duration.FromDays(366);

    /// <summary>Initializes the settings.</summary>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="escalationStep">Business time from one rung to the next (the owner is told when the action falls due,
    /// the manager a step later, and so on): 1 minute to 366 days.</param>
    /// <param name="effectivenessWindow">Business time after verification before effectiveness is checked: 0 to 366 days.</param>
    /// <param name="roles">The role policy; <see cref="NonconformityRoles.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of its range; the message names it.</exception>
    public NonconformitySettings(BusinessCalendar calendar, Duration escalationStep, Duration effectivenessWindow, RolePolicy<Nonconformity, NonconformityTrigger>? roles = null)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        if (escalationStep < MinStep || escalationStep > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(escalationStep), escalationStep, $"An escalation step is 1 minute to 366 days of business time, not {escalationStep}.");
        }

        if (effectivenessWindow < Duration.Zero || effectivenessWindow > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(effectivenessWindow), effectivenessWindow, $"An effectiveness window is 0 to 366 days of business time, not {effectivenessWindow}.");
        }

        EscalationStep = escalationStep;
        EffectivenessWindow = effectivenessWindow;
        Roles = roles ?? NonconformityRoles.Default;
    }

    /// <summary>Gets the business calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the business time between rungs of the ladder.</summary>
    public Duration EscalationStep { get; }

    /// <summary>Gets the business time after verification before effectiveness is checked.</summary>
    public Duration EffectivenessWindow { get; }

    /// <summary>Gets the role policy.</summary>
    public RolePolicy<Nonconformity, NonconformityTrigger> Roles { get; }
}

/// <summary>The default role policy of nonconformities.</summary>
public static class NonconformityRoles
{
    /// <summary>The rule that verification and effectiveness are judged by someone who owns none of the actions.</summary>
    public const string IndependentVerifier = "implementation and effectiveness are verified by someone who owns none of the actions";

    /// <summary>Gets the default policy: auditors, process owners, the management representative and incident managers
    /// report; process owners or the management representative accept, reject, contain, analyse and start; the
    /// management representative approves plans; the action's owner or the management representative completes it;
    /// the management representative or an auditor who owns no action verifies and checks effectiveness; the system
    /// advances time.</summary>
    public static RolePolicy<Nonconformity, NonconformityTrigger> Default { get; } = RolePolicy.Builder<Nonconformity, NonconformityTrigger>()
        .Allow(NonconformityTrigger.Report, Roles.Auditor, Roles.ProcessOwner, Roles.ManagementRepresentative, Roles.IncidentManager)
        .Allow(NonconformityTrigger.Accept, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(NonconformityTrigger.Reject, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(NonconformityTrigger.Contain, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(NonconformityTrigger.Analyse, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(NonconformityTrigger.ApprovePlan, Roles.ManagementRepresentative)
        .Allow(NonconformityTrigger.StartImplementation, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .AllowAnyone(NonconformityTrigger.CompleteAction)
        .Allow(NonconformityTrigger.VerifyImplementation, Roles.ManagementRepresentative, Roles.Auditor)
        .Separate(NonconformityTrigger.VerifyImplementation, IndependentVerifier, static (nc, actor) => !nc.OwnsAnAction(actor.Id))
        .Allow(NonconformityTrigger.StartEffectivenessCheck, Roles.ManagementRepresentative, Roles.Auditor)
        .Allow(NonconformityTrigger.ConfirmEffective, Roles.ManagementRepresentative, Roles.Auditor)
        .Separate(NonconformityTrigger.ConfirmEffective, IndependentVerifier, static (nc, actor) => !nc.OwnsAnAction(actor.Id))
        .Allow(NonconformityTrigger.FindIneffective, Roles.ManagementRepresentative, Roles.Auditor)
        .Separate(NonconformityTrigger.FindIneffective, IndependentVerifier, static (nc, actor) => !nc.OwnsAnAction(actor.Id))
        .Allow(NonconformityTrigger.Advance, Roles.System)
        .Build();
}
