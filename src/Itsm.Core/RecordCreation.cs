using System;

namespace Itsm.Core;

/// <summary>
/// How a kind of record comes into being: the event that creates it, and the words its rules use, so "created once",
/// "the history starts with the creation" and "an empty history" are spelled once, in the kernel, for every record.
/// </summary>
/// <remarks>Immutable and thread-safe; each aggregate type keeps one instance.</remarks>
public sealed class RecordCreation
{
    /// <summary>Initializes the description.</summary>
    /// <param name="eventType">The event that creates the record (its first event, and only that one).</param>
    /// <param name="record">The record with its article, for sentences: <c>an incident</c>.</param>
    /// <param name="createdVerb">The creation's past participle: <c>logged</c>.</param>
    /// <param name="creationNoun">The creation's noun: <c>logging</c>.</param>
    /// <param name="createdOnceRule">The rule that the record is created once, when another command than its own creates it;
    /// by default <c>{record} is {createdVerb} once, by its first event</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A word is empty.</exception>
    public RecordCreation(Type eventType, string record, string createdVerb, string creationNoun, string? createdOnceRule = null)
    {
        EventType = Preconditions.CheckNotNull(eventType);
        Preconditions.CheckText(record, nameof(record), "Name the record, with its article.");
        Preconditions.CheckText(createdVerb, nameof(createdVerb), "Name how the record is created.");
        Preconditions.CheckText(creationNoun, nameof(creationNoun), "Name the creation.");
        CreatedOnceRule = createdOnceRule ?? $"{record} is {createdVerb} once, by its first event";
        StartsWithCreationRule = $"{record}'s history starts with its {creationNoun}";
        EmptyHistoryRule = StartsWithCreationRule + ", and this one is empty";
    }

    /// <summary>Gets the event that creates the record.</summary>
    public Type EventType { get; }

    /// <summary>Gets the rule that the record is created once, by its first event.</summary>
    public string CreatedOnceRule { get; }

    /// <summary>Gets the rule that the record's history starts with its creation.</summary>
    public string StartsWithCreationRule { get; }

    /// <summary>Gets the rule an empty history breaks.</summary>
    public string EmptyHistoryRule { get; }

    /// <summary>Returns whether an event is the creation event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>True when it is of <see cref="EventType"/>.</returns>
    public bool IsCreation(object domainEvent) => domainEvent?.GetType() == EventType;
}
