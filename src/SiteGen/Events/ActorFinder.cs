namespace SiteGen.Events;

/// <summary>
/// Finds the actors one article names (see <see cref="NameRecognizer"/>). Built once per article; then
/// <see cref="Find"/> lists, in any span, every mention at each place the longest phrase valid for the event's year
/// (so `de Amerikaanse president` is Biden in 2022 and the country where no role fits), and <see cref="Acting"/>
/// the actors that act in a clause: not those named as a place, inside quoted speech, as an attribute of someone
/// else (`(VVD)`, `D66-Kamerlid`) or as a mere adjective, and with `hij`, `zij`, `de minister` resolved to the
/// person they stand for when the paragraph leaves no doubt.
/// </summary>
public sealed class ActorFinder
{
    private readonly ActorTokens tokens;
    private readonly ActorMention[] mentions;
    private readonly Dictionary<string, ArticleEntity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly ActingFilter acting;

    public ActorFinder(ActorGazetteer gazetteer, string text)
    {
        Gazetteer = gazetteer;
        Text = text;
        tokens = new ActorTokens(text);
        var recognised = new NameRecognizer(gazetteer, tokens).Mentions;
        foreach (var m in recognised)
        {
            var entity = m.Entity;
            entities.TryAdd(entity.Id, entity);
            var surface = text[m.Start..m.End];
            // A role phrase (`de Russische president`) is a role of the person, not another name.
            if (m.Use == ActorMentionUse.Role) entity.AddRole(surface);
            else if (entity.KnownId is not null && surface != entity.Name && m.Use != ActorMentionUse.Adjective)
                entity.AddAlias(surface, $"a name of {entity.Name} in the gazetteer");
        }
        mentions = [.. recognised.Select(m => new ActorMention(m.Start, m.End, m.Entity.Id, m.Phrase, m.Use))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End - m.Start)];
        acting = new ActingFilter(gazetteer.Lexicon, tokens, mentions, entities);
        var counts = acting.Filter(Select(0, text.Length, null, true), countOnly: true)
            .GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (id, entity) in entities)
        {
            actors[id] = new Actor(id, entity.Name, entity.Confirmed ? entity.Kind : ActorKind.Other)
            {
                Aliases = [.. entity.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal)],
                Roles = [.. entity.Roles],
                Mentions = counts.GetValueOrDefault(id),
            };
        }
        Actors = [.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
        Discovered = [.. Actors.Where(a => !gazetteer.Actors.ContainsKey(a.Id) && a.Kind != ActorKind.Other)];
    }

    public ActorGazetteer Gazetteer { get; }

    public string Text { get; }

    /// <summary>Every actor of the article, tentative names (kind <see cref="ActorKind.Other"/>) included, by id.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Actors found in this article that the gazetteer does not know, tentative names left out.</summary>
    public IReadOnlyList<Actor> Discovered { get; }

    /// <summary>The actor for an id: as this article knows it, else from the gazetteer.</summary>
    public Actor? Lookup(string id) =>
        actors.TryGetValue(id, out var actor) ? actor : Gazetteer.Actors.GetValueOrDefault(id);

    /// <summary>Non-overlapping mentions of recognised actors in [start, end), longest valid phrase first, in text order.</summary>
    public IReadOnlyList<ActorMention> Find(int start, int end, int? year) => Select(start, end, year, false);

    /// <summary>Distinct actor ids in [start, end), in order of first mention.</summary>
    public IReadOnlyList<string> ActorIds(int start, int end, int? year) =>
        [.. Find(start, end, year).Select(m => m.ActorId).Distinct()];

    /// <summary>
    /// The actors acting in [start, end), in order of first mention: named there as actors (see the class summary)
    /// or referred to there (`hij`, `de minister`) when the paragraph names exactly one fitting actor before.
    /// Tentative names are included; the site keeps them only when another article confirms them.
    /// </summary>
    public IReadOnlyList<string> Acting(int start, int end, int? year)
    {
        var found = acting.Filter(Select(start, end, year, true), countOnly: false).ToList();
        found.AddRange(acting.References(start, end));
        return [.. found.OrderBy(m => m.Start).Select(m => m.ActorId).Distinct()];
    }

    private List<ActorMention> Select(int start, int end, int? year, bool withTentative)
    {
        var found = new List<ActorMention>();
        var next = start;
        var i = FirstAt(start);
        while (i < mentions.Length && mentions[i].Start < end)
        {
            var at = mentions[i].Start;
            ActorMention? best = null;
            for (; i < mentions.Length && mentions[i].Start == at; i++)
            {
                var m = mentions[i];
                if (at < next || m.End > end || (m.Phrase is not null && !m.Phrase.ValidIn(year))) continue;
                if (!withTentative && !IsConfirmed(m.ActorId)) continue;
                if (best is null || m.End - m.Start > best.End - best.Start) best = m;
            }
            if (best is null) continue;
            found.Add(best);
            next = best.End;
        }
        return found;
    }

    private bool IsConfirmed(string id) => !entities.TryGetValue(id, out var e) || (e.Confirmed && e.Kind != ActorKind.Other);

    private int FirstAt(int start) => SortedSpans.FirstAtOrAfter(mentions, start, static m => m.Start);
}
