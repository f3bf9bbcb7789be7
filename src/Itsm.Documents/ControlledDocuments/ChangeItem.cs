using System;

namespace Itsm.Documents;

/// <summary>One line of a revision's change summary: A (added), M (modified) or D (deleted), where, and what.</summary>
/// <remarks>Immutable; value equality.</remarks>
public sealed record ChangeItem
{
    /// <summary>Initializes an item.</summary>
    /// <param name="mark">Added, modified or deleted.</param>
    /// <param name="location">The page or clause; not empty.</param>
    /// <param name="description">What changed; not empty.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The mark is undefined or a text is empty.</exception>
    public ChangeItem(ChangeMark mark, string location, string description)
    {
        Preconditions.CheckArgument(Enum.IsDefined(mark), nameof(mark), $"{mark} is not a change mark; use Added, Modified or Deleted.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(location)), nameof(location), "A change summary item names the page or clause it changes.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(description)), nameof(description), "A change summary item says what changed.");
        Mark = mark;
        Location = location;
        Description = description;
    }

    /// <summary>Gets the mark.</summary>
    public ChangeMark Mark { get; }

    /// <summary>Gets the page or clause.</summary>
    public string Location { get; }

    /// <summary>Gets what changed.</summary>
    public string Description { get; }

    /// <summary>The item as the change history prints it: <c>M 4.2 retention period now 3 years</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{"AMD"[(int)Mark]} {Location} {Description}";
}
