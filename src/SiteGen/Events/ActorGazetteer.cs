using System.Collections.Concurrent;

namespace SiteGen.Events;

/// <summary>
/// The known actors of a language (Resources/&lt;lang&gt;/actors.tsv, actors.netherlands.tsv, actors.belgium.tsv and the countries
/// of actors.countries.tsv) with every phrase that names them: names, capitals, adjectives, inhabitants, and role
/// phrases valid in a span of years (`de Russische president`). Phrases are indexed by their first word (the letters
/// and digits up to the first other character), longest first, so a scan looks up one word per word start.
/// </summary>
public sealed class ActorGazetteer
{
    private static readonly ConcurrentDictionary<string, ActorGazetteer> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ActorPhrase[]> byFirstWord;

    private ActorGazetteer(string language)
    {
        Lexicon = ActorLexicon.For(language);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var phrases = new List<ActorPhrase>();
        void Add(Actor actor, string file)
        {
            if (!actors.TryAdd(actor.Id, actor)) throw new InvalidOperationException($"{file}: duplicate id '{actor.Id}'.");
        }
        foreach (var file in new[] { "actors.tsv", "actors.netherlands.tsv", "actors.belgium.tsv" })
            foreach (var row in ActorData.Rows(language, file, 4))
            {
                Add(new Actor(row[0], row[2], Enum.Parse<ActorKind>(row[1])), file);
                phrases.AddRange(ActorData.Split(row[3]).Select(p => p.StartsWith('@')
                    ? new ActorPhrase(p[1..], row[0], ActorMentionUse.Capital, null, null)
                    : new ActorPhrase(p, row[0], ActorMentionUse.Name, null, null)));
            }
        foreach (var row in ActorData.Rows(language, "actors.countries.tsv", 6))
        {
            Add(new Actor(row[0], row[1], ActorKind.Country), "actors.countries.tsv");
            foreach (var (field, use) in new[] { (2, ActorMentionUse.Name), (3, ActorMentionUse.Capital), (4, ActorMentionUse.Adjective), (5, ActorMentionUse.People) })
                phrases.AddRange(ActorData.Split(row[field]).Select(p => new ActorPhrase(p, row[0], use, null, null)));
        }
        foreach (var row in ActorData.Rows(language, "actors.roles.tsv", 4))
        {
            if (!actors.ContainsKey(row[1]))
                throw new InvalidOperationException($"actors.roles.tsv: unknown actor '{row[1]}'.");
            phrases.Add(new ActorPhrase(row[0], row[1], ActorMentionUse.Role, int.Parse(row[2]), int.Parse(row[3])));
        }
        Actors = actors;
        Phrases = [.. phrases.DistinctBy(p => (p.Text, p.ActorId, p.FromYear))
            .OrderByDescending(p => p.Text.Length).ThenBy(p => p.Text, StringComparer.Ordinal)];
        byFirstWord = Phrases.GroupBy(p => FirstWord(p.Text), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public ActorLexicon Lexicon { get; }

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    /// <summary>Every phrase, longest first.</summary>
    public IReadOnlyList<ActorPhrase> Phrases { get; }

    public static ActorGazetteer For(string language) => Cache.GetOrAdd(language, l => new ActorGazetteer(l));

    /// <summary>The phrases whose first word is the word starting at <paramref name="at"/>, longest first.</summary>
    public ReadOnlySpan<ActorPhrase> PhrasesAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        if (end == at) return [];
        return byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(at, end - at), out var found) ? found : [];
    }

    private static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && char.IsLetterOrDigit(phrase[end])) end++;
        return end > 0 ? phrase[..end] : throw new InvalidOperationException($"Actor phrase '{phrase}' must start with a letter or digit.");
    }
}
