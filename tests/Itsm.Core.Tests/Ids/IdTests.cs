using System;
using Itsm.Core.Ids;

namespace Itsm.Core.Tests.Ids;

public class IdTests
{
    [Fact]
    public void Ids_OfOneKind_CompareByValueOrdinally()
    {
        var a = new Id<Kinds.Incident>("INC-1");
        Assert.Equal(a, new Id<Kinds.Incident>("INC-1"));
        Assert.NotEqual(a, new Id<Kinds.Incident>("inc-1"));
        Assert.True(new Id<Kinds.Incident>("INC-1") < new Id<Kinds.Incident>("INC-2"));
        Assert.Equal("INC-1", a.ToString());
        Assert.False(a.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" INC-1")]
    [InlineData("INC-1 ")]
    [InlineData("INC\n1")]
    public void Id_InvalidValue_NamesTheValueAndTheKind(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new Id<Kinds.ConfigurationItem>(value));
        Assert.Contains("configuration item id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_TooLong_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Id<Kinds.Service>(new string('x', Id<Kinds.Service>.MaxLength + 1)));

    [Fact]
    public void DefaultId_IsEmpty()
    {
        Id<Kinds.Group> none = default;
        Assert.True(none.IsEmpty);
        Assert.Equal(string.Empty, none.Value);
    }
}
