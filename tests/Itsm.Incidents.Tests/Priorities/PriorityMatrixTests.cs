using System;
using System.Linq;
using Itsm.Core;
using Newtonsoft.Json.Linq;

namespace Itsm.Incidents.Tests.Priorities;

public class PriorityMatrixTests
{
    /// <summary>GLPI's shipped default (install/empty_data.php, config "priority_matrix"): urgency -> impact -> priority,
    /// every scale 5 = very high ... 1 = very low.</summary>
    private const string GlpiDefault =
        """{"1":{"1":1,"2":1,"3":2,"4":2,"5":2},"2":{"1":1,"2":2,"3":2,"4":3,"5":3},"3":{"1":2,"2":2,"3":3,"4":4,"5":4},"4":{"1":2,"2":3,"3":4,"4":4,"5":5},"5":{"1":2,"2":3,"3":4,"4":5,"5":5}}""";

    public static TheoryData<PriorityMatrix> Shipped => [PriorityMatrix.ThreeByThree, PriorityMatrix.FiveByFive];

    [Fact]
    public void ThreeByThree_IsServiceNowsDefault()
    {
        var m = PriorityMatrix.ThreeByThree;
        Assert.Equal(3, m.Levels);
        Assert.Equal(Priority.P1, m.PriorityFor(1, 1));
        Assert.Equal(Priority.P3, m.PriorityFor(1, 3));
        Assert.Equal(Priority.P3, m.PriorityFor(2, 2));
        Assert.Equal(Priority.P4, m.PriorityFor(3, 2));
        Assert.Equal(Priority.P5, m.PriorityFor(3, 3));
    }

    [Fact]
    public void FiveByFive_IsGlpisDefaultWithBothScalesTurnedOver()
    {
        var glpi = JObject.Parse(GlpiDefault);
        var m = PriorityMatrix.FiveByFive;
        Assert.Equal(5, m.Levels);
        for (int impact = 1; impact <= 5; impact++)
        {
            for (int urgency = 1; urgency <= 5; urgency++)
            {
                int glpiPriority = (int)glpi[(6 - urgency).ToString(System.Globalization.CultureInfo.InvariantCulture)]![(6 - impact).ToString(System.Globalization.CultureInfo.InvariantCulture)]!;
                Assert.Equal((Priority)(6 - glpiPriority), m.PriorityFor(impact, urgency));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void PriorityFor_NeverLowersWhenImpactOrUrgencyRises(PriorityMatrix m)
    {
        var levels = Enumerable.Range(1, m.Levels).ToArray();
        foreach (int i in levels)
        {
            foreach (int u in levels)
            {
                if (i > 1)
                {
                    Assert.True(m.PriorityFor(i - 1, u) <= m.PriorityFor(i, u), $"{m}: impact {i - 1} vs {i} at urgency {u}");
                }

                if (u > 1)
                {
                    Assert.True(m.PriorityFor(i, u - 1) <= m.PriorityFor(i, u), $"{m}: urgency {u - 1} vs {u} at impact {i}");
                }
            }
        }

        Assert.Equal(Priority.P1, m.PriorityFor(1, 1));
        Assert.Equal(Priority.P5, m.PriorityFor(m.Levels, m.Levels));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 6)]
    [InlineData(-1, 3)]
    public void PriorityFor_OutsideTheLevels_Throws(int impact, int urgency)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PriorityMatrix.FiveByFive.PriorityFor(impact, urgency));
        Assert.Contains(impact is < 1 or > 5 ? "impact" : "urgency", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesNonSquareTablesAndCellsOutsideP1ToP5()
    {
        var notSquare = Assert.Throws<ArgumentException>(() => PriorityMatrix.Create("x", new Priority[2, 3]));
        Assert.Contains("2 x 3", notSquare.Message, StringComparison.Ordinal);

        var none = Assert.Throws<ArgumentException>(() => PriorityMatrix.Create("x", new[,] { { Priority.P1, Priority.None }, { Priority.P2, Priority.P3 } }));
        Assert.Contains("impact 1, urgency 2", none.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => PriorityMatrix.Create(" ", new[,] { { Priority.P1 } }));
    }

    [Fact]
    public void Create_CopiesTheTable()
    {
        var table = new[,] { { Priority.P1, Priority.P2 }, { Priority.P2, Priority.P3 } };
        var m = PriorityMatrix.Create("2x2", table);
        table[0, 0] = Priority.P5;
        Assert.Equal(Priority.P1, m.PriorityFor(1, 1));
        Assert.Equal("2x2", m.ToString());
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Create_AllowsAtMostNineLevels(int levels, bool allowed)
    {
        var table = new Priority[levels, levels];
        for (int i = 0; i < levels; i++)
        {
            for (int j = 0; j < levels; j++)
            {
                table[i, j] = Priority.P3;
            }
        }

        if (allowed)
        {
            Assert.Equal(PriorityMatrix.MaxLevels, PriorityMatrix.Create("nine", table).Levels);
        }
        else
        {
            Assert.Contains("1 to 9 of each", Assert.Throws<ArgumentException>(() => PriorityMatrix.Create("ten", table)).Message, StringComparison.Ordinal);
        }
    }
}
