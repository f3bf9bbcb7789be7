using System;
using System.Globalization;
using Itsm.Core;

namespace Itsm.Incidents;

/// <summary>
/// Derives a priority from impact and urgency. Levels run from 1 (highest) to <see cref="Levels"/> (lowest).
/// </summary>
/// <remarks>
/// <see cref="ThreeByThree"/> is the default: the 3x3 impact x urgency table that gives P1 to P5, as ServiceNow's
/// default; <see cref="FiveByFive"/> is GLPI's default 5x5 table as an alternative. A host defines its own with
/// <see cref="Create"/>. Immutable and thread-safe.
/// </remarks>
public sealed class PriorityMatrix
{
    private readonly Priority[,] _table;

    private PriorityMatrix(string name, Priority[,] table)
    {
        Name = name;
        _table = table;
        var priorities = new System.Collections.Generic.SortedSet<Priority>();
        foreach (var priority in table)
        {
            priorities.Add(priority);
        }

        Priorities = [.. priorities];
    }

    /// <summary>Gets the default matrix: impact (rows) x urgency (columns), 1 = high, 2 = medium, 3 = low.</summary>
    /// <remarks>
    /// | impact \ urgency | 1 | 2 | 3 |
    /// | 1 | P1 | P2 | P3 |
    /// | 2 | P2 | P3 | P4 |
    /// | 3 | P3 | P4 | P5 |
    /// </remarks>
    public static PriorityMatrix ThreeByThree { get; } = Create(
        "3x3",
        new[,]
        {
            { Priority.P1, Priority.P2, Priority.P3 },
            { Priority.P2, Priority.P3, Priority.P4 },
            { Priority.P3, Priority.P4, Priority.P5 },
        });

    /// <summary>
    /// Gets the 5x5 alternative: GLPI's default matrix (1 = very high ... 5 = very low for impact and urgency), its
    /// priorities "very high" to "very low" read as P1 to P5. The table is symmetric in impact and urgency.
    /// </summary>
    /// <remarks>
    /// | impact \ urgency | 1 | 2 | 3 | 4 | 5 |
    /// | 1 | P1 | P1 | P2 | P3 | P4 |
    /// | 2 | P1 | P2 | P2 | P3 | P4 |
    /// | 3 | P2 | P2 | P3 | P4 | P4 |
    /// | 4 | P3 | P3 | P4 | P4 | P5 |
    /// | 5 | P4 | P4 | P4 | P5 | P5 |
    /// GLPI numbers its levels the other way round (5 = very high) and has a sixth priority, "major", that its default
    /// table never gives; this table is GLPI's with both scales turned over.
    /// </remarks>
    public static PriorityMatrix FiveByFive { get; } = Create(
        "5x5",
        new[,]
        {
            { Priority.P1, Priority.P1, Priority.P2, Priority.P3, Priority.P4 },
            { Priority.P1, Priority.P2, Priority.P2, Priority.P3, Priority.P4 },
            { Priority.P2, Priority.P2, Priority.P3, Priority.P4, Priority.P4 },
            { Priority.P3, Priority.P3, Priority.P4, Priority.P4, Priority.P5 },
            { Priority.P4, Priority.P4, Priority.P4, Priority.P5, Priority.P5 },
        });

    /// <summary>Gets the matrix's name.</summary>
    public string Name { get; }

    /// <summary>Gets every priority the matrix gives, highest first: what an SLA policy needs targets for.</summary>
    public System.Collections.Immutable.ImmutableArray<Priority> Priorities { get; }

    /// <summary>Gets the number of impact and urgency levels.</summary>
    public int Levels => _table.GetLength(0);

    /// <summary>The most impact (and urgency) levels a matrix may have: 9. A stored assessment is read against this range,
    /// not against today's matrix, so an incident assessed under a larger matrix still loads after the host changes it.</summary>
    public const int MaxLevels = 9;

    /// <summary>Creates a matrix.</summary>
    /// <param name="name">Its name; not empty.</param>
    /// <param name="table">A square table indexed [impact - 1, urgency - 1], every cell P1 to P5.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, the table is not square, empty or larger than
    /// <see cref="MaxLevels"/> levels, or a cell is not P1 to P5.</exception>
    public static PriorityMatrix Create(string name, Priority[,] table)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(table);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A priority matrix needs a name.");
        int n = table.GetLength(0);
        Preconditions.CheckArgument(
            n > 0 && n <= MaxLevels && table.GetLength(1) == n,
            nameof(table),
            string.Create(CultureInfo.InvariantCulture, $"The table is {n} x {table.GetLength(1)}; a priority matrix is square, with as many urgency levels as impact levels, 1 to {MaxLevels} of each."));
        var copy = (Priority[,])table.Clone();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Preconditions.CheckArgument(
                    copy[i, j] is >= Priority.P1 and <= Priority.P5,
                    nameof(table),
                    string.Create(CultureInfo.InvariantCulture, $"Cell impact {i + 1}, urgency {j + 1} is {copy[i, j]}; every cell is P1 to P5."));
            }
        }

        return new PriorityMatrix(name, copy);
    }

    /// <summary>Derives the priority.</summary>
    /// <param name="impact">1 (highest) to <see cref="Levels"/>.</param>
    /// <param name="urgency">1 (highest) to <see cref="Levels"/>.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside 1 to <see cref="Levels"/>.</exception>
    public Priority PriorityFor(int impact, int urgency)
    {
        Preconditions.CheckArgumentRange(nameof(impact), impact, 1, Levels);
        Preconditions.CheckArgumentRange(nameof(urgency), urgency, 1, Levels);
        return _table[impact - 1, urgency - 1];
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
