namespace SiteGen.Events;

/// <summary>Everything the articles say about one per-article actor id: in which articles, under which names, kinds and roles.</summary>
internal sealed class ActorGroup(string id, Actor? known)
{
    public string Id { get; } = id;

    /// <summary>The gazetteer's actor when the id is one of its ids.</summary>
    public Actor? Known { get; } = known;

    public Dictionary<ActorKind, int> Kinds { get; } = [];

    /// <summary>Names by the articles that use them as the actor's name.</summary>
    public Dictionary<string, HashSet<string>> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>The articles where the actor is named as an actor (not only as a place, attribute or in a quote).</summary>
    public HashSet<string> ActingArticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Why this group was folded into another one (null while it stands alone or heads its set).</summary>
    public string? Because { get; set; }

    public bool Confirmed => Known is not null || Kinds.Keys.Any(k => k != ActorKind.Other);

    public ActorKind Kind => Known?.Kind
        ?? Kinds.Where(k => k.Key != ActorKind.Other).OrderByDescending(k => k.Value).ThenBy(k => k.Key).Select(k => (ActorKind?)k.Key).FirstOrDefault()
        ?? ActorKind.Other;

    public string Name => name ??= Known?.Name ?? Names.OrderByDescending(n => n.Value.Count).ThenByDescending(n => n.Key.Length)
        .ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;

    private string? name;

    public bool IsAcronym => Name.Length >= 2 && Name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&') && Name.Any(char.IsLetter);

    /// <summary>A capitalised name that is not an acronym or a prefixed form (`commissie-Remkes`).</summary>
    public bool ProperName => char.IsUpper(Name[0]) && !IsAcronym && !IsGroupName;

    /// <summary>A body named after its leader: `Groep Otten`, `fractie-Otten`, `commissie-Remkes`.</summary>
    public bool IsGroupName => Leader is not null && Name.Contains(LastWord(Leader), StringComparison.Ordinal);

    public string? Leader => Roles.Keys.Where(r => r.StartsWith(NameRecognizer.LedBy, StringComparison.Ordinal))
        .Select(r => r[NameRecognizer.LedBy.Length..]).OrderByDescending(r => r.Length).FirstOrDefault();

    public void Add(string article, Actor actor)
    {
        name = null;
        Kinds[actor.Kind] = Kinds.GetValueOrDefault(actor.Kind) + 1;
        if (!Names.TryGetValue(actor.Name, out var articles)) Names[actor.Name] = articles = new(StringComparer.Ordinal);
        articles.Add(article);
        foreach (var alias in actor.Aliases) Aliases.TryAdd(alias.Name, alias.Because);
        foreach (var role in actor.Roles) Roles[role] = Roles.GetValueOrDefault(role) + 1;
        Articles.Add(article);
        if (actor.Mentions > 0) ActingArticles.Add(article);
    }

    public IEnumerable<PersonName> PersonNames(ActorLexicon lexicon) => Names.Keys.Select(n => PersonName.Of(n, lexicon));

    public string? GivenName(ActorLexicon lexicon) => PersonNames(lexicon).Select(n => n.Given).FirstOrDefault(g => g is not null);

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
