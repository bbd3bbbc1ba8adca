namespace SiteGen.CorpusGenerator;

/// <summary>
/// A real-world happening that several articles report: one date, the actors involved, a place and the words that
/// name it. Articles about the same story phrase it differently and write its date relative to their own day.
/// </summary>
public sealed record Story(int Index, StoryKind Kind, DateOnly Date, IReadOnlyList<string> Actors, string Place, string Topic)
{
    /// <summary>Story k depends only on the seed and k, so a larger corpus keeps the smaller one's stories.</summary>
    public static Story Create(ulong seed, int index)
    {
        var random = DeterministicRandom.For(seed, 1, index);
        var kind = random.Pick(StoryKind.All);
        var start = new DateOnly(2015, 1, 1).DayNumber;
        var date = DateOnly.FromDayNumber(start + random.Next(10 * 365));
        var actors = new List<string>();
        foreach (var slot in kind.Slots)
        {
            string actor;
            do
            {
                actor = slot switch
                {
                    'P' => random.Pick(Gazetteer.People).Name,
                    'C' => random.Pick(Gazetteer.Countries),
                    _ => random.Pick(Gazetteer.Organisations),
                };
            }
            while (actors.Contains(actor));
            actors.Add(actor);
        }

        return new Story(index, kind, date, actors, random.Pick(Gazetteer.Places), random.Pick(Gazetteer.Topics));
    }

    /// <summary>One way of saying what happened, with the date expression put in at <c>{d}</c>.</summary>
    public string Sentence(DeterministicRandom random, string dateExpression) =>
        Fill(random.Pick(Kind.Sentences), dateExpression);

    public string Headline(DeterministicRandom random) => DutchCalendar.Capitalize(Fill(random.Pick(Kind.Headlines), ""));

    private string Fill(string pattern, string date) => pattern
        .Replace("{a}", Actors[0], StringComparison.Ordinal)
        .Replace("{b}", Actors.Count > 1 ? Actors[1] : Actors[0], StringComparison.Ordinal)
        .Replace("{p}", Place, StringComparison.Ordinal)
        .Replace("{t}", Topic, StringComparison.Ordinal)
        .Replace("{d}", date, StringComparison.Ordinal);
}
