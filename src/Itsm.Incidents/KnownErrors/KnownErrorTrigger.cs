namespace Itsm.Incidents;

/// <summary>The commands of a <see cref="KnownError"/>, as lifecycle triggers and role-policy entries.</summary>
public enum KnownErrorTrigger
{
    /// <summary>Create the known error in draft (by its problem's <see cref="Problem.IdentifyKnownError"/>).</summary>
    Draft,

    /// <summary>Revise the symptom, root cause and workaround of a draft.</summary>
    Revise,

    /// <summary>Publish to incident management; needs a workaround.</summary>
    Publish,

    /// <summary>Retire, with a reason.</summary>
    Retire,

    /// <summary>Mark superseded by another known error.</summary>
    Supersede,
}
