using System.Collections.Generic;
using Newtonsoft.Json;

namespace Itsm.Json;

/// <summary>
/// The converters of one domain package, added to <see cref="ItsmJsonOptions.Modules"/>: Itsm.Json itself reads and
/// writes calendars and SLA types; each other domain package has a JSON package with a module (for example
/// <c>IncidentsJsonModule</c> in Itsm.Json.Incidents), so that a host restores only the packages it uses.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe; a module carries the settings its records are loaded with.</remarks>
public interface IItsmJsonModule
{
    /// <summary>Creates the module's converters.</summary>
    /// <param name="options">The options the module is part of (zone provider, calendar registry).</param>
    /// <returns>New converters; the settings of <see cref="ItsmJson.CreateSettings(ItsmJsonOptions)"/> put them after
    /// Itsm.Json's own.</returns>
    IEnumerable<JsonConverter> CreateConverters(ItsmJsonOptions options);
}
