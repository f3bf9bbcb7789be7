namespace Itsm.Changes;

/// <summary>The model a change follows, chosen when it is requested.</summary>
public enum ChangeModel
{
    /// <summary>Assessed, planned and authorised by the authority its risk implies, then scheduled and implemented.</summary>
    Normal = 1,

    /// <summary>From a pre-authorised template: submitted, scheduled, implemented, reviewed.</summary>
    Standard = 2,

    /// <summary>Urgent: authorised by the emergency change advisory board (a reduced quorum), or implemented at once
    /// with a retrospective approval due by a deadline; always reviewed after implementation.</summary>
    Emergency = 3,
}

/// <summary>How an implemented change went.</summary>
public enum ChangeOutcome
{
    /// <summary>Implemented as planned.</summary>
    Successful = 1,

    /// <summary>Implemented, with issues that were dealt with.</summary>
    WithIssues = 2,

    /// <summary>Not implemented as planned: backed out or remedied (recorded).</summary>
    Failed = 3,
}

/// <summary>Who authorises a change.</summary>
public enum ChangeAuthority
{
    /// <summary>The change manager alone (low risk, by default).</summary>
    ChangeManager = 1,

    /// <summary>The change advisory board, by vote.</summary>
    Cab = 2,

    /// <summary>The emergency change advisory board, by vote with a reduced quorum.</summary>
    EmergencyCab = 3,
}
