using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Itsm.Core.Ids;

namespace Itsm.Core.Tests.Ids;

/// <summary>Every kind of id names itself in words, distinct from every other kind, and a refused id says which kind it
/// was meant to be.</summary>
public class KindTests
{
    public static TheoryData<Type> AllKinds()
    {
        var data = new TheoryData<Type>();
        foreach (var kind in typeof(Kinds).GetNestedTypes().Where(t => typeof(IIdKind).IsAssignableFrom(t)))
        {
            data.Add(kind);
        }

        return data;
    }

    private static string NameOf(Type kind) =>
        (string)kind.GetProperty(nameof(IIdKind.Name), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void KindNames_AreWordsInLowerCase_AndDistinct()
    {
        var names = typeof(Kinds).GetNestedTypes().Where(t => typeof(IIdKind).IsAssignableFrom(t)).Select(NameOf).ToList();

        Assert.True(names.Count >= 20, $"only {names.Count} kinds");
        Assert.All(names, name => Assert.Matches("^[a-z][a-z -]*[a-z]$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void ARefusedId_NamesItsKind(Type kind)
    {
        var constructor = typeof(Id<>).MakeGenericType(kind).GetConstructor([typeof(string)])!;

        var error = Assert.Throws<TargetInvocationException>(() => constructor.Invoke([" x"])).InnerException;

        var refused = Assert.IsType<ArgumentException>(error);
        Assert.StartsWith($"' x' is not a valid {NameOf(kind)} id: ids have 1 to 200 characters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_OrderOrdinally_WithEveryOperator()
    {
        var a = new Id<Kinds.Change>("CHG-1");
        var b = new Id<Kinds.Change>("CHG-2");
        var a2 = new Id<Kinds.Change>("CHG-1");

        Assert.Equal((true, false, true, false), (a < b, b < a, a <= b, b <= a));
        Assert.Equal((false, true, false, true), (a > b, b > a, a >= b, b >= a));
        Assert.Equal((false, true, true, true), (a < a2, a <= a2, a >= a2, a == a2));
        Assert.False(a > a2);
        Assert.Equal((false, true), (a != a2, a != b));
        Assert.Equal(a.GetHashCode(), a2.GetHashCode());
        Assert.Equal(0, default(Id<Kinds.Change>).GetHashCode());
        Assert.True(a.Equals((object)a2));
        Assert.False(a.Equals((object)"CHG-1"));
    }

    [Fact]
    public void TheLongestId_IsAccepted_AndNullIsAnArgumentError()
    {
        var longest = new string('x', Id.MaxLength);

        Assert.Equal(longest, new Id<Kinds.Record>(longest).Value);
        Assert.True(Id.IsValid(longest));
        Assert.False(Id.IsValid(longest + "x"));
        Assert.False(Id.IsValid(null));
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Id<Kinds.Record>(null!)).ParamName);
    }

    [Fact]
    public void ARefusedId_QuotesAnExcerptOfAHugeValue()
    {
        var huge = new string('x', 5_000);

        var error = Assert.Throws<ArgumentException>(() => new Id<Kinds.Audit>(huge));

        Assert.Contains("… (5000 characters)' is not a valid audit id", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void Ids_SortAsTheirValuesSortOrdinally()
    {
        string[] values = ["b", "B", "a-2", "a-10", "Ä"];
        var ids = values.Select(v => new Id<Kinds.Problem>(v)).ToList();

        ids.Sort();

        Assert.Equal(values.Order(StringComparer.Ordinal), ids.Select(i => i.Value));
        Assert.Equal(values.Length, new HashSet<Id<Kinds.Problem>>(ids).Count);
    }
}
