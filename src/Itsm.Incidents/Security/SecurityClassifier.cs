using System;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The information security classes of the source documents' incident procedure.</summary>
public enum SecurityClass
{
    /// <summary>Not a security matter.</summary>
    None = 0,

    /// <summary>A security event: below the incident thresholds (its kind is <see cref="SecurityEventKind"/>).</summary>
    Event = 1,

    /// <summary>A security incident.</summary>
    Incident = 2,

    /// <summary>A major security incident.</summary>
    MajorIncident = 3,
}

/// <summary>The kinds of information security event, below an incident, that the source documents' procedure names.</summary>
public enum SecurityEventKind
{
    /// <summary>Not said.</summary>
    Unspecified = 0,

    /// <summary>A service, device or facility lost without serious effect.</summary>
    LossWithoutSeriousEffect = 1,

    /// <summary>A system fault or overload that caused no incident.</summary>
    FaultOrOverload = 2,

    /// <summary>A human error without bad outcome.</summary>
    HumanError = 3,

    /// <summary>A physical access violation without serious effect.</summary>
    PhysicalAccessViolation = 4,
}

/// <summary>What a fire, flood, lightning or similar disaster did.</summary>
public enum DisasterDamage
{
    /// <summary>No disaster.</summary>
    None = 0,

    /// <summary>It damaged information assets: an incident, whatever the loss.</summary>
    InformationAssetsDamaged = 1,

    /// <summary>It destroyed machine-room equipment: a major incident.</summary>
    MachineRoomEquipmentDestroyed = 2,
}

/// <summary>What is known about a security case, for <see cref="SecurityClassifier"/>.</summary>
/// <param name="Outage">How long the service has been (or was) out; not negative.</param>
/// <param name="Loss">The economic loss, in the host's currency; not negative.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SecurityFacts(Duration Outage, decimal Loss)
{
    /// <summary>Gets the information leaked or lost, if any, with its grade of secrecy.</summary>
    public InformationCompromise? Information { get; init; }

    /// <summary>Gets what a disaster did, if there was one.</summary>
    public DisasterDamage Disaster { get; init; }

    /// <summary>Gets the kind of the case, kept when it classifies as a <see cref="SecurityClass.Event"/>.</summary>
    public SecurityEventKind EventKind { get; init; }
}

/// <summary>
/// Classifies a security case as the source documents' procedure does. A major incident when the outage lasts 8 hours
/// or more, or the loss is 1,000,000 or more, or information of the policy's major grade or above leaks (by default
/// enterprise confidential or a state secret), or a disaster destroys machine-room equipment. Otherwise an incident when
/// the outage lasts 4 hours or more, or the loss is 100,000 or more, or information of the policy's incident grade or
/// above leaks or is lost (by default any of the three grades), or a disaster damages information assets. Otherwise an
/// event, of the kind the facts give. The thresholds and the grades are the host's to set.
/// </summary>
/// <remarks>A pure function of the facts. Immutable and thread-safe.</remarks>
public sealed record SecurityClassifier
{
    /// <summary>Gets the classifier with the source documents' thresholds and grades.</summary>
    public static SecurityClassifier Default { get; } = new();

    /// <summary>Gets the outage from which a case is an incident; 4 hours by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public Duration IncidentOutage
    {
        get;
        init => field = NotNegative(value, nameof(IncidentOutage));
    } = Duration.FromHours(4);

    /// <summary>Gets the loss from which a case is an incident; 100,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public decimal IncidentLoss
    {
        get;
        init => field = NotNegative(value, nameof(IncidentLoss));
    } = 100_000m;

    /// <summary>Gets the outage from which a case is a major incident; 8 hours by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative duration.</exception>
    public Duration MajorOutage
    {
        get;
        init => field = NotNegative(value, nameof(MajorOutage));
    } = Duration.FromHours(8);

    /// <summary>Gets the loss from which a case is a major incident; 1,000,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public decimal MajorLoss
    {
        get;
        init => field = NotNegative(value, nameof(MajorLoss));
    } = 1_000_000m;

    /// <summary>Gets the grades of secrecy and which of them make an incident or a major incident;
    /// <see cref="SecrecyPolicy.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public SecrecyPolicy Secrecy
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = SecrecyPolicy.Default;

    /// <summary>Classifies the facts.</summary>
    /// <param name="facts">What is known.</param>
    /// <returns><see cref="SecurityClass.Event"/>, <see cref="SecurityClass.Incident"/> or <see cref="SecurityClass.MajorIncident"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">The outage or the loss is negative, a value is undefined, or the information's
    /// grade is not one of the policy's.</exception>
    public SecurityClass Classify(SecurityFacts facts)
    {
        Preconditions.CheckNotNull(facts);
        Preconditions.CheckArgument(facts.Outage >= Duration.Zero, nameof(facts), $"The outage {facts.Outage} is negative.");
        Preconditions.CheckArgument(facts.Loss >= 0, nameof(facts), $"The loss {facts.Loss} is negative.");
        Preconditions.CheckArgument(Enum.IsDefined(facts.Disaster), nameof(facts), $"{facts.Disaster} is not a disaster damage.");
        Preconditions.CheckArgument(Enum.IsDefined(facts.EventKind), nameof(facts), $"{facts.EventKind} is not a security event kind.");
        var information = facts.Information is { } compromise ? Secrecy.ClassOf(compromise) : SecurityClass.Event;
        if (facts.Outage >= MajorOutage || facts.Loss >= MajorLoss || information == SecurityClass.MajorIncident || facts.Disaster == DisasterDamage.MachineRoomEquipmentDestroyed)
        {
            return SecurityClass.MajorIncident;
        }

        return facts.Outage >= IncidentOutage || facts.Loss >= IncidentLoss || information == SecurityClass.Incident || facts.Disaster == DisasterDamage.InformationAssetsDamaged
            ? SecurityClass.Incident
            : SecurityClass.Event;
    }

    private static T NotNegative<T>(T value, string name)
        where T : IComparable<T> =>
        value.CompareTo(default) >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; a threshold is not negative.");
}
