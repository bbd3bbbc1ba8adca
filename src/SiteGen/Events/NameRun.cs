namespace SiteGen.Events;

/// <summary>
/// A run of capitalised tokens [<see cref="First"/>, <see cref="Last"/>] (with the lowercase particles and connectors
/// between them) and what its context says it is: the role word before it (`minister`), the organisation noun before
/// it (`actiegroep`) with the kind it gives, or a noun that stays part of the name (`gemeente`).
/// </summary>
internal sealed record NameRun(int First, int Last)
{
    public string? RoleCue { get; init; }

    public ActorKind? OrganisationCue { get; init; }

    public string? NamedCue { get; init; }
}
