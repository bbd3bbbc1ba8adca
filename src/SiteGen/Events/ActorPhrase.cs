namespace SiteGen.Events;

/// <summary>
/// A phrase naming an actor. A demonym (`Russische`) only counts as a whole word; a role phrase
/// (`Amerikaanse president`) only for events dated within [<see cref="FromYear"/>, <see cref="ToYear"/>].
/// </summary>
public sealed record ActorPhrase(string Text, string ActorId, bool IsDemonym, int? FromYear, int? ToYear)
{
    public bool IsRole => FromYear is not null;

    public bool ValidIn(int? year) =>
        !IsRole || (year is { } y && y >= FromYear && y <= ToYear);
}
