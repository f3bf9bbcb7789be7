using Itsm.Core;
using NodaTime;

namespace Itsm.Documents;

/// <summary>The last currency check of an <see cref="ExternalDocument"/>.</summary>
/// <param name="CheckedAt">When it was checked.</param>
/// <param name="CheckedBy">Who checked it.</param>
/// <param name="Result">Whether the edition is still current.</param>
/// <param name="Note">What was checked (a source, a link), or null.</param>
/// <param name="WasLate">True when the check was recorded after its check date had passed.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record CurrencyCheck(Instant CheckedAt, Actor CheckedBy, CurrencyCheckResult Result, string? Note, bool WasLate);
