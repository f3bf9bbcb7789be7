using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>A progress update recorded on an incident or a service request.</summary>
/// <param name="Audience">Whom it informed.</param>
/// <param name="Text">What it said.</param>
/// <param name="At">When.</param>
/// <param name="By">Who recorded it.</param>
public sealed record ProgressUpdate(UpdateAudience Audience, string Text, Instant At, Actor By);
