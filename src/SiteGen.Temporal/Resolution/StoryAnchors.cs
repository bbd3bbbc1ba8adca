namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Where the story is when an expression is read: <see cref="Latest"/> is the last calendar period the text talked
/// about (of any precision), <see cref="Day"/> the last day (with its clock time when one was given). Anaphoric
/// expressions (<c>een jaar eerder</c>, <c>die dag</c>, <c>een uur later</c>) resolve against these, not against the
/// document date; both are the document date until the text names another time.
/// </summary>
public sealed record StoryAnchors(Anchor? Latest, Anchor? Day)
{
    public static readonly StoryAnchors None = new(null, null);

    /// <summary>The years of the days the text has named, by month * 100 + day (the last mention wins).</summary>
    public IReadOnlyDictionary<int, int>? NamedDays { get; init; }

    /// <summary>The year in which the text last named this day and month, if it did.</summary>
    public int? NamedYear(int month, int day) => NamedDays is not null && NamedDays.TryGetValue(month * 100 + day, out var year) ? year : null;

    /// <summary>The anchor for a step in <paramref name="unit"/>: a day or finer needs the last day, a month or coarser the last period.</summary>
    public Anchor? For(string unit) => unit is "day" or "week" or "hour" or "minute" ? Day ?? Latest : Latest;
}
