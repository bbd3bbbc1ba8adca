namespace SiteGen.Events;

/// <summary>What a subordinate clause does in its sentence.</summary>
internal enum ClauseKind
{
    /// <summary>`nadat …`, `omdat …`, `toen …`: a clause of time, cause or concession.</summary>
    Adverbial,

    /// <summary>`(zegt) dat …`: what is said or thought.</summary>
    Complement,

    /// <summary>`die …`, `waarbij …`: says more about a noun.</summary>
    Relative,

    /// <summary>`Als …,`, `Keurt het Lagerhuis …,`: a condition; nothing in it happened.</summary>
    Conditional,

    /// <summary>`om … te …`: a purpose; nothing in it happened yet.</summary>
    Purpose,
}
