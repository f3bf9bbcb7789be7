using System;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The information security classes of the source documents' incident procedure.</summary>
public enum SecurityClass
{
    /// <summary>Not a security matter.</summary>
    None = 0,

    /// <summary>A security event: below the incident thresholds.</summary>
    Event = 1,

    /// <summary>A security incident.</summary>
    Incident = 2,

    /// <summary>A major security incident.</summary>
    MajorIncident = 3,
}

/// <summary>What is known about a security case, for <see cref="SecurityClassifier"/>.</summary>
/// <param name="Outage">How long the service has been (or was) out.</param>
/// <param name="Loss">The economic loss, in the host's currency.</param>
/// <param name="ConfidentialInformationLost">Whether confidential information was lost.</param>
/// <param name="SecretsLeaked">Whether secrets (classified information) leaked.</param>
/// <param name="EquipmentDestroyedByDisaster">Whether a disaster destroyed equipment.</param>
public sealed record SecurityFacts(
    Duration Outage,
    decimal Loss,
    bool ConfidentialInformationLost = false,
    bool SecretsLeaked = false,
    bool EquipmentDestroyedByDisaster = false);

/// <summary>
/// Classifies a security case as the source documents' procedure does: an incident when the outage lasts 4 hours or
/// more, or the loss is 100,000 or more, or confidential information is lost; a major incident when the outage lasts
/// 8 hours or more, or the loss is 1,000,000 or more, or secrets leak, or a disaster destroys equipment; otherwise an
/// event. The thresholds are configurable.
/// </summary>
/// <remarks>A pure function of the facts. Immutable and thread-safe.</remarks>
public sealed record SecurityClassifier
{
    /// <summary>Gets the classifier with the source documents' thresholds.</summary>
    public static SecurityClassifier Default { get; } = new();

    /// <summary>Gets the outage from which a case is an incident; 4 hours by default.</summary>
    public Duration IncidentOutage { get; init; } = Duration.FromHours(4);

    /// <summary>Gets the loss from which a case is an incident; 100,000 by default.</summary>
    public decimal IncidentLoss { get; init; } = 100_000m;

    /// <summary>Gets the outage from which a case is a major incident; 8 hours by default.</summary>
    public Duration MajorOutage { get; init; } = Duration.FromHours(8);

    /// <summary>Gets the loss from which a case is a major incident; 1,000,000 by default.</summary>
    public decimal MajorLoss { get; init; } = 1_000_000m;

    /// <summary>Classifies the facts.</summary>
    /// <param name="facts">What is known.</param>
    /// <returns><see cref="SecurityClass.Event"/>, <see cref="SecurityClass.Incident"/> or <see cref="SecurityClass.MajorIncident"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">The outage or the loss is negative.</exception>
    public SecurityClass Classify(SecurityFacts facts)
    {
        Preconditions.CheckNotNull(facts);
        Preconditions.CheckArgument(facts.Outage >= Duration.Zero, nameof(facts), $"The outage {facts.Outage} is negative.");
        Preconditions.CheckArgument(facts.Loss >= 0, nameof(facts), $"The loss {facts.Loss} is negative.");
        if (facts.Outage >= MajorOutage || facts.Loss >= MajorLoss || facts.SecretsLeaked || facts.EquipmentDestroyedByDisaster)
        {
            return SecurityClass.MajorIncident;
        }

        return facts.Outage >= IncidentOutage || facts.Loss >= IncidentLoss || facts.ConfidentialInformationLost
            ? SecurityClass.Incident
            : SecurityClass.Event;
    }
}
