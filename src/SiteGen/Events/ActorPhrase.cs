namespace SiteGen.Events;

/// <summary>
/// A phrase naming a known actor. A role phrase (`Amerikaanse president`) names it only for events dated within
/// [<see cref="FromYear"/>, <see cref="ToYear"/>]; a capital, adjective or inhabitants' name names a country only
/// where <see cref="Use"/> allows (see <see cref="ActorMentionUse"/>).
/// </summary>
public sealed record ActorPhrase(string Text, string ActorId, ActorMentionUse Use, int? FromYear, int? ToYear)
{
    public bool IsRole => FromYear is not null;

    public bool IsDemonym => Use is ActorMentionUse.Adjective;

    public bool ValidIn(int? year) =>
        !IsRole || (year is { } y && y >= FromYear && y <= ToYear);
}
