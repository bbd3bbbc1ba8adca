using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// Finds people the gazetteer does not know from capitalised word runs (`China-kenner Ryan Hass`). Precision comes
/// first, since every actor gets a page: a run needs two or more capitalised words, none a stop word or adjective,
/// and either a role word right before it (`woordvoerder`) or its first or last word used alone elsewhere in running
/// text (`Jake Sullivan` … `zei Sullivan`). That lone word then names the person too.
/// </summary>
internal sealed partial class PersonNameFinder
{
    public PersonNameFinder(ActorGazetteer gazetteer, string text, IReadOnlyList<ActorMention> known)
    {
        var words = WordPattern().Matches(text).Select(m => (m.Index, End: m.Index + m.Length, m.Value)).ToList();
        // known mentions sorted by start: a word overlaps one if the last mention starting before the word's end reaches into it
        var knownSpans = known.Select(k => (k.Start, k.End)).OrderBy(k => k.Start).ToArray();
        var reach = new int[knownSpans.Length];
        for (var k = 0; k < knownSpans.Length; k++) reach[k] = Math.Max(knownSpans[k].End, k > 0 ? reach[k - 1] : 0);
        bool Known(int start, int end)
        {
            // the mentions starting before `end`: any of them reaching past `start` overlaps
            int lo = 0, hi = knownSpans.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (knownSpans[mid].Start < end) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && reach[lo - 1] > start;
        }
        bool Capital(int i) =>
            char.IsUpper(words[i].Value[0]) && !gazetteer.NameStops.Contains(words[i].Value)
            && !gazetteer.NameStopEndings.Any(e => words[i].Value.EndsWith(e, StringComparison.Ordinal))
            && !Known(words[i].Index, words[i].End);
        bool Adjacent(int i) => i > 0 && text.AsSpan(words[i - 1].End, words[i].Index - words[i - 1].End) is " ";

        // where each word stands, and each word's lone uses once: scanning every word of the text for every capitalised
        // run made this quadratic in a long article (issue 16)
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < words.Count; k++)
        {
            if (!positions.TryGetValue(words[k].Value, out var at)) positions[words[k].Value] = at = [];
            at.Add(k);
        }
        var loneUses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        List<int> LoneUses(string word)
        {
            if (!loneUses.TryGetValue(word, out var uses))
                loneUses[word] = uses = positions.TryGetValue(word, out var at) ? [.. at.Where(k => IsLone(text, words, k))] : [];
            return uses;
        }
        IEnumerable<(int Index, int End, string Value)> Occurrences(string word, int from, int to) =>
            LoneUses(word).Where(k => k < from || k > to).Select(k => words[k]);

        var people = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var mentions = new List<ActorMention>();
        var added = new HashSet<(int, int, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Capital(i) || (Adjacent(i) && Capital(i - 1))) continue;
            var last = i;
            for (var j = i + 1; j < words.Count && Adjacent(j); j++)
            {
                if (Capital(j)) last = j;
                else if (!gazetteer.Particles.Contains(words[j].Value)) break;
            }
            if (last == i) continue;
            var cued = words[i].Index > 0 && text[words[i].Index - 1] == ' ' && IsCue(gazetteer, text, words[i].Index);
            var lone = new[] { words[i].Value, words[last].Value }
                .FirstOrDefault(w => w.Length >= 3 && Occurrences(w, i, last).Any());
            if (!cued && lone is null) continue;
            var name = text[words[i].Index..words[last].End];
            var actor = new Actor(EventSlug.Of(name), name, ActorKind.Person);
            people.TryAdd(actor.Id, actor);
            mentions.Add(new ActorMention(words[i].Index, words[last].End, actor.Id, null));
            // a name met again finds the same lone uses: each is a mention once
            foreach (var alone in Occurrences(lone ?? words[last].Value, i, last))
                if (added.Add((alone.Index, alone.End, actor.Id))) mentions.Add(new ActorMention(alone.Index, alone.End, actor.Id, null));
        }
        People = [.. people.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
        Mentions = mentions;
    }

    public IReadOnlyList<Actor> People { get; }

    public IReadOnlyList<ActorMention> Mentions { get; }

    // The word before the name, up to the previous space, ends in a role word: `VN-topman`, `president`.
    private static bool IsCue(ActorGazetteer gazetteer, string text, int nameStart)
    {
        var end = nameStart - 1;
        var start = text.LastIndexOfAny([' ', '\n', '\r', '\t'], Math.Max(0, end - 1)) + 1;
        if (start >= end) return false;
        var word = text[start..end].TrimEnd(',');
        var tail = word[(word.LastIndexOf('-') + 1)..];
        return gazetteer.RoleCues.Contains(word) || gazetteer.RoleCues.Contains(tail);
    }

    // A lone use in running text: a lowercase word next to it on the same line, no capitalised word glued on.
    private static bool IsLone(string text, List<(int Index, int End, string Value)> words, int k)
    {
        var prev = k > 0 && text.AsSpan(words[k - 1].End, words[k].Index - words[k - 1].End) is " " ? words[k - 1].Value : null;
        var next = k + 1 < words.Count && text.AsSpan(words[k].End, words[k + 1].Index - words[k].End) is " " ? words[k + 1].Value : null;
        if (prev is not null && char.IsUpper(prev[0]) || next is not null && char.IsUpper(next[0])) return false;
        return prev is not null || next is not null;
    }

    [GeneratedRegex(@"[\p{L}\p{M}](?:[\p{L}\p{M}\-]|['’](?=\p{L}))*")]
    private static partial Regex WordPattern();
}
