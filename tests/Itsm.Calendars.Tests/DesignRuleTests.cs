using System;
using System.Linq;
using System.Reflection;

namespace Itsm.Calendars.Tests;

/// <summary>Design rules of the style guide, enforced by reflection over the package's public surface.</summary>
public class DesignRuleTests
{
    private static readonly Type[] PublicTypes = typeof(BusinessCalendar).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName);
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_ExceptTheBuilder_HaveNoPublicSetters()
    {
        var mutable = PublicTypes
            .Where(t => t != typeof(BusinessCalendarBuilder))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicExceptions_DeriveFromTheDocumentedBaseTypes()
    {
        Assert.True(typeof(InvalidOperationException).IsAssignableFrom(typeof(BusinessTimeUnreachableException)));
        Assert.True(typeof(ArgumentException).IsAssignableFrom(typeof(InvalidCalendarException)));
    }
}
