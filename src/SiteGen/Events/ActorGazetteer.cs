using System.Collections.Concurrent;

namespace SiteGen.Events;

/// <summary>
/// The known actors of a language (Resources/&lt;lang&gt;/actors.tsv) with every phrase that names them: aliases,
/// demonyms (whole words only) and role phrases valid in a span of years (`de Russische president`).
/// Phrases are kept longest first so the longest name wins where names overlap.
/// </summary>
public sealed class ActorGazetteer
{
    private static readonly ConcurrentDictionary<string, ActorGazetteer> Cache = new(StringComparer.Ordinal);

    private ActorGazetteer(string language)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var phrases = new List<ActorPhrase>();
        foreach (var row in EventResources.Rows(language, "actors.tsv", 4))
        {
            var actor = new Actor(row[0], row[2], Enum.Parse<ActorKind>(row[1]));
            if (!actors.TryAdd(actor.Id, actor))
                throw new InvalidOperationException($"actors.tsv: duplicate id '{actor.Id}'.");
            phrases.AddRange(Split(row[3]).Select(p => new ActorPhrase(p, actor.Id, false, null, null)));
            if (row.Length > 4)
                phrases.AddRange(Split(row[4]).Select(p => new ActorPhrase(p, actor.Id, true, null, null)));
        }
        foreach (var row in EventResources.Rows(language, "actors.roles.tsv", 4))
        {
            if (!actors.ContainsKey(row[1]))
                throw new InvalidOperationException($"actors.roles.tsv: unknown actor '{row[1]}'.");
            phrases.Add(new ActorPhrase(row[0], row[1], false, int.Parse(row[2]), int.Parse(row[3])));
        }
        Actors = actors;
        Phrases = [.. phrases.DistinctBy(p => (p.Text, p.ActorId, p.FromYear))
            .OrderByDescending(p => p.Text.Length).ThenBy(p => p.Text, StringComparer.Ordinal)];
        PhrasesByFirstChar = Phrases.GroupBy(p => p.Text[0]).ToDictionary(g => g.Key, g => (IReadOnlyList<ActorPhrase>)[.. g]);
        RoleCues = Words(language, "actors.cues.txt", StringComparer.OrdinalIgnoreCase);
        var stops = Words(language, "actors.stop.txt", StringComparer.Ordinal);
        NameStops = new HashSet<string>(stops.Where(w => !w.StartsWith('-')), StringComparer.Ordinal);
        NameStopEndings = [.. stops.Where(w => w.StartsWith('-')).Select(w => w[1..])];
        Particles = Words(language, "actors.particles.txt", StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    public IReadOnlyList<ActorPhrase> Phrases { get; }

    /// <summary><see cref="Phrases"/> by their first character, longest first: what a scan looks up at each word start.</summary>
    public IReadOnlyDictionary<char, IReadOnlyList<ActorPhrase>> PhrasesByFirstChar { get; }

    /// <summary>Role words that introduce a person's name (`president`, `woordvoerder`).</summary>
    public IReadOnlySet<string> RoleCues { get; }

    /// <summary>Capitalised words that are never part of a name found from capitals alone.</summary>
    public IReadOnlySet<string> NameStops { get; }

    /// <summary>Endings of capitalised adjectives (`Olympische`): a word ending so is no part of a name.</summary>
    public IReadOnlyList<string> NameStopEndings { get; }

    /// <summary>Lowercase words allowed inside a name (`von der`).</summary>
    public IReadOnlySet<string> Particles { get; }

    public static ActorGazetteer For(string language) => Cache.GetOrAdd(language, l => new ActorGazetteer(l));

    private static IEnumerable<string> Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static HashSet<string> Words(string language, string path, StringComparer comparer) =>
        new(EventResources.Lines(language, path).Select(l => l.Trim()), comparer);
}
