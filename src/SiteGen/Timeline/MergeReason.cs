namespace SiteGen.Timeline;

/// <summary>
/// Why several reports became one item, kept so merges are explainable in events.json: the date they share, the
/// actors and words both name, the score (their shared token weight over the smaller report's), and the class of
/// happening both name (`announce`; empty when one names none).
/// </summary>
public sealed record MergeReason(string SharedDate, IReadOnlyList<string> SharedActors, IReadOnlyList<string> SharedWords, double Score)
{
    public string Predicate { get; init; } = "";

    /// <summary>The same reason field for field, lists element by element (the record's own equality compares list references).</summary>
    public bool SameAs(MergeReason other) =>
        SharedDate == other.SharedDate && Score.Equals(other.Score) && Predicate == other.Predicate
        && SharedActors.SequenceEqual(other.SharedActors, StringComparer.Ordinal) && SharedWords.SequenceEqual(other.SharedWords, StringComparer.Ordinal);
}
