using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// How a host runs problems and their known errors: the role policies and the observation period. Not persisted: the
/// host passes the same settings when it logs or loads a problem.
/// </summary>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record ProblemSettings
{
    private readonly RolePolicy<Problem, ProblemTrigger> _roles = ProblemRoles.Default;
    private readonly Duration _observationPeriod = Duration.FromDays(30);
    private readonly KnownErrorSettings _knownErrors = KnownErrorSettings.Default;

    /// <summary>Gets the longest observation period: ten years (3,653 days).</summary>
    public static Duration MaxObservationPeriod { get; } = Duration.FromDays(3653);

    /// <summary>Gets the default settings: <see cref="ProblemRoles.Default"/>, 30 days of observation,
    /// <see cref="KnownErrorSettings.Default"/>.</summary>
    public static ProblemSettings Default { get; } = new();

    /// <summary>Gets who may do what; <see cref="ProblemRoles.Default"/> by default.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public RolePolicy<Problem, ProblemTrigger> Roles
    {
        get => _roles;
        init => _roles = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets how long a resolved problem is observed for recurrence before it closes (elapsed time, not business
    /// time: recurrence can happen at any hour); 30 days by default, from zero (closes at the next <see cref="Problem.Advance"/>)
    /// to <see cref="MaxObservationPeriod"/>.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">Set to a negative duration or one longer than <see cref="MaxObservationPeriod"/>.</exception>
    public Duration ObservationPeriod
    {
        get => _observationPeriod;
        init
        {
            if (value < Duration.Zero || value > MaxObservationPeriod)
            {
                throw new System.ArgumentOutOfRangeException(nameof(ObservationPeriod), value, "The observation period of a resolved problem is zero to ten years (3,653 days).");
            }

            _observationPeriod = value;
        }
    }

    /// <summary>Gets the settings of the known errors the problems create; <see cref="KnownErrorSettings.Default"/> by default.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public KnownErrorSettings KnownErrors
    {
        get => _knownErrors;
        init => _knownErrors = Preconditions.CheckNotNull(value);
    }
}
