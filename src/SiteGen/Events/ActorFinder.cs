namespace SiteGen.Events;

/// <summary>
/// Finds the actors one article names. Built once per article: it collects every gazetteer phrase in the text and
/// the people <see cref="PersonNameFinder"/> recognises from capitals; <see cref="Find"/> then picks, at each place,
/// the longest phrase valid for the event's year (so `de Amerikaanse president` is Biden in 2022 and the
/// country `Amerikaanse` where no role fits).
/// </summary>
public sealed class ActorFinder
{
    private readonly SortedDictionary<int, List<ActorMention>> candidates = [];

    public ActorFinder(ActorGazetteer gazetteer, string text)
    {
        Gazetteer = gazetteer;
        Text = text;
        var byFirst = gazetteer.PhrasesByFirstChar;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            if (!byFirst.TryGetValue(text[i], out var phrases)) continue;
            foreach (var phrase in phrases)
            {
                if (Matches(text, i, phrase)) Add(new ActorMention(i, i + phrase.Text.Length, phrase.ActorId, phrase));
            }
        }
        var people = new PersonNameFinder(gazetteer, text, [.. candidates.Values.SelectMany(c => c)]);
        Discovered = people.People;
        foreach (var mention in people.Mentions) Add(mention);
        (starts, lists) = (candidates.Keys.ToArray(), candidates.Values.ToArray());
    }

    // the candidates by start, in order, for a binary search: walking the sorted dictionary from its first entry for
    // every event made finding actors quadratic in a long article (issue 16)
    private readonly int[] starts;
    private readonly List<ActorMention>[] lists;

    public ActorGazetteer Gazetteer { get; }

    public string Text { get; }

    /// <summary>People found from capitals in this article (not in the gazetteer), by id.</summary>
    public IReadOnlyList<Actor> Discovered { get; }

    /// <summary>The actor for an id: from the gazetteer or found in this article.</summary>
    public Actor? Lookup(string id) =>
        Gazetteer.Actors.TryGetValue(id, out var actor) ? actor : Discovered.FirstOrDefault(a => a.Id == id);

    /// <summary>Non-overlapping mentions in [start, end), longest valid phrase first, in text order.</summary>
    public IReadOnlyList<ActorMention> Find(int start, int end, int? year)
    {
        var found = new List<ActorMention>();
        var next = start;
        var first = Array.BinarySearch(starts, start);
        for (var i = first < 0 ? ~first : first; i < starts.Length; i++)
        {
            var (at, list) = (starts[i], lists[i]);
            if (at < next) continue;
            if (at >= end) break;
            var best = list.Where(m => m.End <= end && (m.Phrase is null || m.Phrase.ValidIn(year)))
                .OrderByDescending(m => m.End - m.Start).FirstOrDefault();
            if (best is null) continue;
            found.Add(best);
            next = best.End;
        }
        return found;
    }

    /// <summary>Distinct actor ids in [start, end), in order of first mention.</summary>
    public IReadOnlyList<string> ActorIds(int start, int end, int? year) =>
        [.. Find(start, end, year).Select(m => m.ActorId).Distinct()];

    private void Add(ActorMention mention)
    {
        if (!candidates.TryGetValue(mention.Start, out var list)) candidates[mention.Start] = list = [];
        list.Add(mention);
    }

    private static bool Matches(string text, int at, ActorPhrase phrase)
    {
        if (!text.AsSpan(at).StartsWith(phrase.Text, StringComparison.Ordinal)) return false;
        var end = at + phrase.Text.Length;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        if (!phrase.IsDemonym) return true;
        // A demonym must stand alone: `Zuid-Chinese` and `Sino-Russische` do not name China or Russia.
        var before = at == 0 || char.IsWhiteSpace(text[at - 1]) || "('\"‘“".Contains(text[at - 1]);
        return before && (end == text.Length || text[end] != '-');
    }
}
