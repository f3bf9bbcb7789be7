using System;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Changes;

/// <summary>
/// How a host runs change management: the change calendar, the boards, the risk model and the authority each risk level
/// implies, the deadline of a retrospective approval and the role policy. Not persisted: the host passes the same
/// settings when it requests or loads a change (a change records the board, the risk and the authority it was decided
/// under, so loading does not depend on them).
/// </summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed record ChangeSettings
{
    /// <summary>Initializes settings.</summary>
    /// <param name="calendar">The change calendar: business time for retrospective approval deadlines.</param>
    /// <param name="cab">The change advisory board.</param>
    /// <param name="emergencyCab">The emergency change advisory board (normally a reduced quorum).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChangeSettings(BusinessCalendar calendar, CabRule cab, CabRule emergencyCab)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Cab = Preconditions.CheckNotNull(cab);
        EmergencyCab = Preconditions.CheckNotNull(emergencyCab);
    }

    /// <summary>Gets the change calendar.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the change advisory board.</summary>
    public CabRule Cab { get; }

    /// <summary>Gets the emergency change advisory board.</summary>
    public CabRule EmergencyCab { get; }

    /// <summary>Gets who may do what; <see cref="ChangeRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<Change, ChangeTrigger> Roles
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ChangeRoles.Default;

    /// <summary>Gets who may do what with standard change templates; <see cref="ChangeTemplateRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<ChangeTemplate, ChangeTemplateTrigger> TemplateRoles
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ChangeTemplateRoles.Default;

    /// <summary>Gets the risk model; <see cref="RiskQuestionnaire.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IRiskModel RiskModel
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = RiskQuestionnaire.Default;

    /// <summary>Gets who authorises a normal change of each risk level: by default the change manager a low risk, the
    /// board a medium or high one.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a map that leaves a level out, or names the emergency board (which
    /// decides emergency changes only).</exception>
    public ImmutableDictionary<RiskLevel, ChangeAuthority> AuthorityByRisk
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value);
            var missing = Enum.GetValues<RiskLevel>().Where(l => !value.ContainsKey(l)).ToList();
            Preconditions.CheckArgument(missing.Count == 0, nameof(AuthorityByRisk), $"The authority of every risk level is given; {string.Join(", ", missing)} has none.");
            var wrong = value.FirstOrDefault(e => e.Value is not (ChangeAuthority.ChangeManager or ChangeAuthority.Cab) || !Enum.IsDefined(e.Key));
            Preconditions.CheckArgument(
                wrong.Equals(default(System.Collections.Generic.KeyValuePair<RiskLevel, ChangeAuthority>)),
                nameof(AuthorityByRisk),
                $"{wrong.Key} risk cannot be decided by {wrong.Value}: a normal change is authorised by the change manager or the board.");
            field = value;
        }
    } = ImmutableDictionary<RiskLevel, ChangeAuthority>.Empty
        .Add(RiskLevel.Low, ChangeAuthority.ChangeManager)
        .Add(RiskLevel.Medium, ChangeAuthority.Cab)
        .Add(RiskLevel.High, ChangeAuthority.Cab);

    /// <summary>Gets the business time on <see cref="Calendar"/> within which an emergency change implemented at once is
    /// approved retrospectively; 8 hours (a business day on a 9-to-5 calendar) by default; from one minute to 366 days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside its range.</exception>
    public Duration RetrospectiveApprovalWithin
    {
        get;
        init
        {
            if (value < Duration.FromMinutes(1) || value > Duration.FromDays(366))
            {
                throw new ArgumentOutOfRangeException(nameof(RetrospectiveApprovalWithin), value, $"A retrospective approval deadline of {value} is outside one minute to 366 days of business time.");
            }

            field = value;
        }
    } = Duration.FromHours(8);

    /// <summary>The authority of a change: the emergency board for an emergency change, otherwise the one its risk level
    /// implies.</summary>
    /// <param name="model">The change's model.</param>
    /// <param name="risk">The change's risk level.</param>
    /// <returns>The authority.</returns>
    public ChangeAuthority AuthorityFor(ChangeModel model, RiskLevel risk) =>
        model == ChangeModel.Emergency ? ChangeAuthority.EmergencyCab : AuthorityByRisk[risk];

    /// <summary>The board of an authority; null for the change manager.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The board, or null.</returns>
    public CabRule? BoardOf(ChangeAuthority authority) => authority switch
    {
        ChangeAuthority.Cab => Cab,
        ChangeAuthority.EmergencyCab => EmergencyCab,
        _ => null,
    };
}
