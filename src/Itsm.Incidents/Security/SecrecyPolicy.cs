using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Itsm.Incidents;

/// <summary>A grade of secrecy of information; a higher <paramref name="Rank"/> is more secret.</summary>
/// <param name="Name">The grade's name, such as <c>enterprise confidential</c>.</param>
/// <param name="Rank">Its rank among the grades of a <see cref="SecrecyPolicy"/>.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record SecrecyGrade(string Name, int Rank)
{
    /// <summary>Gets the lowest of the source documents' grades, 企业秘密.</summary>
    public static SecrecyGrade EnterpriseSecret { get; } = new("enterprise secret", 1);

    /// <summary>Gets the source documents' middle grade, 企业机密.</summary>
    public static SecrecyGrade EnterpriseConfidential { get; } = new("enterprise confidential", 2);

    /// <summary>Gets the highest of the source documents' grades, 国家秘密.</summary>
    public static SecrecyGrade StateSecret { get; } = new("state secret", 3);

    /// <summary>The grade's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

/// <summary>What happened to the information.</summary>
public enum InformationExposure
{
    /// <summary>Not said; refused by the classifier.</summary>
    None = 0,

    /// <summary>It was lost (no longer available, not known to have reached anyone).</summary>
    Lost = 1,

    /// <summary>It leaked to someone not entitled to it.</summary>
    Leaked = 2,
}

/// <summary>Information of a grade of secrecy that leaked or was lost.</summary>
/// <param name="Grade">Its grade; one of the classifier's <see cref="SecrecyPolicy.Grades"/>.</param>
/// <param name="Exposure">Leaked or lost.</param>
public sealed record InformationCompromise(SecrecyGrade Grade, InformationExposure Exposure);

/// <summary>
/// The grades of secrecy an organisation uses, and which compromises are an incident or a major incident. The source
/// documents' policy (<see cref="Default"/>): information of any of the three grades (enterprise secret, enterprise
/// confidential, state secret) leaked or lost is an incident; enterprise confidential information or a state secret
/// leaked is a major incident.
/// </summary>
/// <remarks>Validated when built. Immutable and thread-safe.</remarks>
public sealed class SecrecyPolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="grades">The grades, each with its own name and rank.</param>
    /// <param name="incidentFrom">The lowest grade whose leak or loss is an incident.</param>
    /// <param name="majorLeakFrom">The lowest grade whose leak is a major incident; not below <paramref name="incidentFrom"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or a grade is null.</exception>
    /// <exception cref="ArgumentException">No grades, an empty or repeated name, a repeated rank, or a threshold grade that
    /// is not one of the grades or is out of order.</exception>
    public SecrecyPolicy(IEnumerable<SecrecyGrade> grades, SecrecyGrade incidentFrom, SecrecyGrade majorLeakFrom)
    {
        Preconditions.CheckNotNull(grades);
        Preconditions.CheckNotNull(incidentFrom);
        Preconditions.CheckNotNull(majorLeakFrom);
        var list = grades.ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(g => g is not null), nameof(grades), "A secrecy policy has at least one grade, and no null grade.");
        Preconditions.CheckArgument(list.All(g => !string.IsNullOrWhiteSpace(g.Name)), nameof(grades), "A grade of secrecy has a name.");
        Preconditions.CheckArgument(
            list.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() == list.Length && list.Select(g => g.Rank).Distinct().Count() == list.Length,
            nameof(grades),
            $"Grades of secrecy each have their own name and rank: {string.Join(", ", list.Select(g => $"{g.Name} ({g.Rank})"))}.");
        Preconditions.CheckArgument(list.Contains(incidentFrom), nameof(incidentFrom), $"'{incidentFrom}' is not one of the policy's grades.");
        Preconditions.CheckArgument(list.Contains(majorLeakFrom), nameof(majorLeakFrom), $"'{majorLeakFrom}' is not one of the policy's grades.");
        Preconditions.CheckArgument(
            majorLeakFrom.Rank >= incidentFrom.Rank,
            nameof(majorLeakFrom),
            $"A leak that is a major incident ('{majorLeakFrom}' and above) is at least an incident ('{incidentFrom}' and above).");
        Grades = [.. list.OrderBy(g => g.Rank)];
        IncidentFrom = incidentFrom;
        MajorLeakFrom = majorLeakFrom;
    }

    /// <summary>Gets the source documents' policy.</summary>
    public static SecrecyPolicy Default { get; } = new(
        [SecrecyGrade.EnterpriseSecret, SecrecyGrade.EnterpriseConfidential, SecrecyGrade.StateSecret],
        SecrecyGrade.EnterpriseSecret,
        SecrecyGrade.EnterpriseConfidential);

    /// <summary>Gets the grades, lowest first.</summary>
    public ImmutableArray<SecrecyGrade> Grades { get; }

    /// <summary>Gets the lowest grade whose leak or loss is an incident.</summary>
    public SecrecyGrade IncidentFrom { get; }

    /// <summary>Gets the lowest grade whose leak is a major incident.</summary>
    public SecrecyGrade MajorLeakFrom { get; }

    /// <summary>The class a compromise of information makes on its own.</summary>
    /// <param name="compromise">What leaked or was lost.</param>
    /// <returns><see cref="SecurityClass.MajorIncident"/>, <see cref="SecurityClass.Incident"/> or
    /// <see cref="SecurityClass.Event"/> (a grade below the incident grade).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compromise"/> or its grade is null.</exception>
    /// <exception cref="ArgumentException">The grade is not one of the policy's, or the exposure is not said.</exception>
    public SecurityClass ClassOf(InformationCompromise compromise)
    {
        Preconditions.CheckNotNull(compromise);
        Preconditions.CheckNotNull(compromise.Grade, nameof(compromise));
        Preconditions.CheckArgument(
            Grades.Contains(compromise.Grade),
            nameof(compromise),
            $"'{compromise.Grade.Name}' (rank {compromise.Grade.Rank}) is not a grade of secrecy of this policy: {string.Join(", ", Grades)}.");
        Preconditions.CheckArgument(
            compromise.Exposure is InformationExposure.Lost or InformationExposure.Leaked,
            nameof(compromise),
            $"{compromise.Exposure} is not how information is compromised; it was lost or leaked.");
        return compromise.Exposure == InformationExposure.Leaked && compromise.Grade.Rank >= MajorLeakFrom.Rank ? SecurityClass.MajorIncident
            : compromise.Grade.Rank >= IncidentFrom.Rank ? SecurityClass.Incident
            : SecurityClass.Event;
    }
}
