using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Json;

/// <summary>
/// What reading and writing need from the host: where zone ids and calendar ids are resolved, and the modules of the
/// domain packages whose records are read and written (each with the settings its records are loaded with).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ItsmJsonOptions
{
    private readonly IReadOnlyList<IItsmJsonModule> _modules = [];

    /// <summary>Gets the limits a document must keep to be read; <see cref="JsonReadLimits.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public JsonReadLimits Limits
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Limits), "ItsmJsonOptions.Limits is null; leave it unset for JsonReadLimits.Default.");
    } = JsonReadLimits.Default;

    /// <summary>Gets where zone ids are resolved; NodaTime's TZDB provider by default.</summary>
    public IDateTimeZoneProvider ZoneProvider { get; init; } = DateTimeZoneProviders.Tzdb;

    /// <summary>Gets where calendar ids are resolved (SLA targets, policies, clocks, agreements, incidents); reading one of
    /// those fails without it.</summary>
    public BusinessCalendarRegistry? Calendars { get; init; }

    /// <summary>Gets the modules of the domain packages whose records are read and written, for example
    /// <c>new IncidentsJsonModule { Incidents = settings }</c> from Itsm.Json.Incidents; none by default (calendars and
    /// SLA types need none).</summary>
    /// <exception cref="ArgumentNullException">The list, or one of its modules, is null (when set).</exception>
    /// <exception cref="ArgumentException">Two modules are of the same type (when set).</exception>
    public IReadOnlyList<IItsmJsonModule> Modules
    {
        get => _modules;
        init
        {
            Preconditions.CheckNotNull(value);
            var modules = value.ToArray();
            for (int i = 0; i < modules.Length; i++)
            {
                if (modules[i] is null)
                {
                    throw new ArgumentNullException(nameof(Modules), "A module of ItsmJsonOptions.Modules is null.");
                }
            }

            var twice = modules.GroupBy(m => m.GetType()).FirstOrDefault(g => g.Count() > 1);
            Preconditions.CheckArgument(
                twice is null,
                nameof(Modules),
                $"ItsmJsonOptions.Modules has two modules of type {twice?.Key.Name}; give each module once, with all its settings.");
            _modules = modules;
        }
    }
}
