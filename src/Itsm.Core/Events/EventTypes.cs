using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Itsm.Core.Events;

/// <summary>
/// Looks up the stable names of domain event types, both ways, for serializers and event stores.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class EventTypes
{
    private static readonly ConcurrentDictionary<Type, EventTypeAttribute> ByType = new();

    /// <summary>Gets the stable name and schema version of an event type.</summary>
    /// <param name="eventType">A concrete domain event type.</param>
    /// <returns>Its <see cref="EventTypeAttribute"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is null.</exception>
    /// <exception cref="ArgumentException">The type is not a domain event with an <see cref="EventTypeAttribute"/>.</exception>
    public static EventTypeAttribute Of(Type eventType)
    {
        Preconditions.CheckNotNull(eventType);
        return ByType.GetOrAdd(eventType, static type =>
        {
            Preconditions.CheckArgument(
                typeof(DomainEvent).IsAssignableFrom(type) && type.GetCustomAttribute<EventTypeAttribute>() is not null,
                nameof(eventType),
                $"{type.FullName} is not a domain event with an [EventType] name; every persisted event needs one.");
            return type.GetCustomAttribute<EventTypeAttribute>()!;
        });
    }

    /// <summary>Maps stable names to the event types declared in an assembly.</summary>
    /// <param name="assembly">The assembly holding the events, for example <c>typeof(SlaClock).Assembly</c>.</param>
    /// <returns>Every concrete event type of the assembly by its stable name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    /// <exception cref="ArgumentException">A concrete event type of the assembly has no <see cref="EventTypeAttribute"/>.</exception>
    /// <exception cref="InvalidOperationException">Two event types share a name.</exception>
    public static IReadOnlyDictionary<string, Type> In(Assembly assembly)
    {
        Preconditions.CheckNotNull(assembly);
        return ByName(assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DomainEvent).IsAssignableFrom(t)));
    }

    /// <summary>Maps stable names to event types; two types sharing a name are refused.</summary>
    internal static Dictionary<string, Type> ByName(IEnumerable<Type> types)
    {
        var result = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var name = Of(type).Name;
            if (!result.TryAdd(name, type))
            {
                throw new InvalidOperationException($"Event types {result[name].FullName} and {type.FullName} share the name '{name}'; names must be unique.");
            }
        }

        return result;
    }
}
