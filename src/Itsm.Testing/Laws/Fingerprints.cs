using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Json;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>
/// Everything observable of a record at an instant, as one string: its JSON (every event, as stored), every public
/// property (nested parts such as revisions and copies property by property, clocks by their status), and every query
/// of the form <c>XxxAt(Instant)</c> (<c>NextDueAt</c>, <c>SlaStatusAt</c>, <c>StatusAt</c>...) asked at the instant.
/// Two records with the same fingerprint cannot be told apart through the public API.
/// </summary>
/// <remarks>Settings and calendars are named, not described: they are the history's, not the record's.</remarks>
public static class Fingerprints
{
    private const int MaxDepth = 4;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo[]> Queries = new();

    /// <summary>The fingerprint of a record at an instant.</summary>
    /// <param name="record">The record; one <see cref="ItsmJson"/> can write with <paramref name="json"/>.</param>
    /// <param name="at">The instant its queries are asked at.</param>
    /// <param name="json">The options that write the record (its package's module among them).</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="json"/> is null.</exception>
    public static string Of(object record, Instant at, ItsmJsonOptions json)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(json);
        var text = new StringBuilder(ItsmJson.Serialize(record, json));
        text.Append('\n');
        Describe(text, record, at, 0, isRoot: true);
        return text.ToString();
    }

    private static void Describe(StringBuilder text, object? value, Instant at, int depth, bool isRoot = false)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case IFormattable formattable when value.GetType().IsValueType || value is Enum:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case BusinessCalendar calendar:
                text.Append("calendar ").Append(calendar.Id);
                return;
            case IEventSourcedRecord other when !isRoot:
                text.Append(other.RecordType).Append(' ').Append(other.RecordId).Append(" v").Append(other.Version.ToString(CultureInfo.InvariantCulture));
                if (depth < MaxDepth)
                {
                    text.Append(' ');
                    DescribeMembers(text, value, at, depth);
                }

                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Describe(text, item, at, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
        }

        var type = value.GetType();
        if (type.IsValueType || type.IsPrimitive || depth >= MaxDepth || type.Namespace?.StartsWith("Itsm", StringComparison.Ordinal) != true)
        {
            text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            return;
        }

        DescribeMembers(text, value, at, depth);
    }

    private static void DescribeMembers(StringBuilder text, object value, Instant at, int depth)
    {
        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in Properties.GetOrAdd(type, PropertiesOf))
        {
            text.Append(property.Name).Append('=');
            Describe(text, Read(() => property.GetValue(value)), at, depth + 1);
            text.Append(';');
        }

        foreach (var query in Queries.GetOrAdd(type, QueriesOf))
        {
            text.Append(query.Name).Append('@').Append('=');
            Describe(text, Read(() => query.Invoke(value, [at])), at, depth + 1);
            text.Append(';');
        }

        text.Append('}');
    }

    /// <summary>A property or query's value; an exception it throws is part of what is observed (named by its type).</summary>
    private static object? Read(Func<object?> read)
    {
        try
        {
            return read();
        }
        catch (TargetInvocationException e)
        {
            return "threw " + e.InnerException?.GetType().Name;
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null
                && p.Name is not ("Events" or "UncommittedEvents" or "Settings" or "Document" or "EqualityContract"))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static MethodInfo[] QueriesOf(Type type) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("At", StringComparison.Ordinal) && m.ReturnType != typeof(void) && !m.IsGenericMethod
                && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(Instant))
            .OrderBy(m => m.Name, StringComparer.Ordinal)];
}
