namespace SiteGen.Events;

/// <summary>
/// Folds the actors of every article into the actors of the site: one actor, one page. Each article names its
/// actors by its own ids (<c>carola-schouten</c> where it gives the full name, <c>schouten</c> where only
/// `minister Schouten`); the site joins
/// <list type="bullet">
/// <item>a surname used alone with the one person of the site who has that surname and a given name (never when two
/// do, unless the roles tell them apart);</item>
/// <item>given names that differ by a letter or two, or an initial, with the same surname (`Michel`/`Michael Barnier`);</item>
/// <item>an acronym with the organisation it was defined for (`(AP)`) or whose initials it spells, and names that differ
/// only in spaces, case, accents or a particle (`Forum voor`/`van Democratie`, `50PLUS`/`50Plus`);</item>
/// <item>bodies led by the same person (`commissie-Remkes`, `Adviescollege Stikstofproblematiek onder leiding van …
/// Remkes`, `fractie-Otten`/`Groep Otten`);</item>
/// <item>common nouns with the institution they stand for on this site (`de senaat` → Eerste Kamer, `de regering` →
/// the government the site names most).</item>
/// </list>
/// A name no article confirms as a person or a body (a run of capitals only) is dropped. Every fold keeps its reason
/// in the actor's <see cref="Actor.Aliases"/>. An actor gets a page when it acts in at least one timeline item or is
/// named as an actor in at least <see cref="ArticlesForPage"/> articles (a party: named at all in
/// <see cref="PartyArticlesForPage"/>).
/// </summary>
public static class ActorDirectory
{
    public const int ArticlesForPage = 2;

    private const string AnotherSpelling = "another spelling of ";

    /// <summary>A party named in this many articles has a page even when it never acts itself (only `(N-VA)`).</summary>
    public const int PartyArticlesForPage = 3;

    public static ActorFolding Fold(IEnumerable<ArticleExtraction> extractions, IEnumerable<IReadOnlyList<string>> itemActors, ActorGazetteer gazetteer)
    {
        var lexicon = gazetteer.Lexicon;
        var groups = new Dictionary<string, ActorGroup>(StringComparer.Ordinal);
        foreach (var extraction in extractions)
            foreach (var actor in extraction.Actors)
            {
                if (!groups.TryGetValue(actor.Id, out var group)) groups[actor.Id] = group = new ActorGroup(actor.Id, gazetteer.Actors.GetValueOrDefault(actor.Id));
                group.Add(extraction.ArticleId, actor);
            }
        var sets = new ActorSets(groups);
        FoldPeople(sets, lexicon);
        FoldBodies(sets);
        FoldGenerics(sets, lexicon);

        // Settle each set: its id, name, kind; then which get a page.
        var settled = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var acting = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var members in sets.Sets())
        {
            if (sets.IsDropped(members[0].Id) || !members.Any(m => m.Confirmed)) continue;
            var actor = Settle(members, lexicon);
            var id = actor.Id;
            for (var n = 2; settled.ContainsKey(id); n++) id = $"{actor.Id}-{n}";
            settled[id] = actor with { Id = id };
            foreach (var m in members) canonical[m.Id] = id;
            acting[id] = members.SelectMany(m => m.ActingArticles).Distinct(StringComparer.Ordinal).Count();
        }
        var onItems = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in itemActors)
            foreach (var id in ids.Select(i => canonical.GetValueOrDefault(i)).OfType<string>().Distinct())
                onItems[id] = onItems.GetValueOrDefault(id) + 1;
        // A party is an actor by nature: named as someone's party (`(N-VA)`, `D66-Kamerlid`) in enough articles, it has a page.
        var paged = settled.Values.Where(a => onItems.ContainsKey(a.Id) || acting[a.Id] >= ArticlesForPage
                                              || a.Kind == ActorKind.Party && a.Mentions >= PartyArticlesForPage)
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var keep = paged.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return new ActorFolding(canonical.Where(c => keep.Contains(c.Value)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal), paged);
    }

    private static void FoldPeople(ActorSets sets, ActorLexicon lexicon)
    {
        var people = sets.Groups.Values.Where(g => g.Confirmed && g.Kind == ActorKind.Person).ToList();
        var full = new Dictionary<string, List<ActorGroup>>(StringComparer.Ordinal);
        foreach (var g in people)
        {
            foreach (var name in g.PersonNames(lexicon).Where(n => n.Given is not null).Select(n => PersonName.Key(n.Surname)).Distinct())
            {
                if (!full.TryGetValue(name, out var list)) full[name] = list = [];
                list.Add(g);
            }
        }
        // Given names that differ by a letter or two, or an initial: one person (`Michel`/`Michael Barnier`).
        foreach (var list in full.Values)
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (SameGivenName(list[i].GivenName(lexicon), list[j].GivenName(lexicon)))
                        sets.Union(list[i], list[j], AnotherSpelling + list[i].Name);
        // A surname alone (`Schouten`, `minister Schouten`, or a tentative `Remkes`): the one person with that surname.
        foreach (var g in sets.Groups.Values.Where(g => g.Kind is ActorKind.Person or ActorKind.Other).ToList())
        {
            if (g.Known is not null || PersonName.Of(g.Name, lexicon).Given is not null && g.Confirmed) continue;
            if (g.Name.Contains(' ') && !g.Confirmed && !lexicon.Particles.Contains(g.Name.Split(' ')[0].ToLowerInvariant())) continue;
            if (!full.TryGetValue(PersonName.Key(g.Name), out var candidates)) continue;
            var distinct = candidates.Select(sets.Find).Distinct().ToList();
            if (distinct.Count > 1 && g.Roles.Count > 0)
                distinct = [.. distinct.Where(c => sets.Members(c).Any(m => m.Roles.Keys.Any(r => g.Roles.Keys.Any(q => SameRoleWord(q, r)))))];
            if (distinct.Count == 1) sets.Union(distinct[0], g, $"surname of {distinct[0].Name}, the only person of that name on the site");
            else if (distinct.Count > 1) sets.Drop(g);
        }
    }

    private static void FoldBodies(ActorSets sets)
    {
        var bodies = sets.Groups.Values.Where(g => g.Confirmed && g.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.Party).ToList();
        // The same name but for spaces, case, accents and particles.
        foreach (var same in bodies.GroupBy(b => BodyKey(b.Name)).Where(s => s.Count() > 1))
            foreach (var b in same.Skip(1)) sets.Union(same.First(), b, AnotherSpelling + same.First().Name);
        // An acronym defined for a body in some article names that body everywhere.
        var defined = new Dictionary<string, List<ActorGroup>>(StringComparer.Ordinal);
        foreach (var b in bodies)
            foreach (var alias in b.Aliases.Where(a => a.Value.StartsWith("defined in brackets", StringComparison.Ordinal)).Select(a => a.Key))
            {
                if (!defined.TryGetValue(alias, out var list)) defined[alias] = list = [];
                list.Add(b);
            }
        var acronyms = sets.Groups.Values.Where(g => g.IsAcronym && g.Kind is not ActorKind.Person and not ActorKind.Country).ToList();
        foreach (var a in acronyms)
        {
            if (defined.TryGetValue(a.Name, out var owners) && owners.Select(sets.Find).Distinct().ToList() is [var owner] && sets.Find(a) != owner)
                sets.Union(owner, a, $"the acronym defined for {owner.Name}");
        }
        // Bodies by the first letter and by the first word of their name: what an acronym or a short name is compared
        // with. A name opening with a lowercase word (`gemeente Groningen`) may spell from its second word: always asked.
        var byInitial = bodies.Where(b => !b.IsAcronym).ToLookup(b => char.IsLower(b.Name[0]) ? '\0' : b.Name[0]);
        var byFirstWord = bodies.Where(b => b.Name.Contains(' ')).ToLookup(b => b.Name[..b.Name.IndexOf(' ')], StringComparer.Ordinal);
        foreach (var a in acronyms.Where(a => sets.Find(a) == a && !sets.IsJoined(a)))
        {
            var spelled = byInitial[a.Name[0]].Concat(byInitial['\0']).Where(b => b != a && AcronymMatch.Spells(a.Name, b.Name)).Select(sets.Find).Distinct().ToList();
            if (spelled.Count == 1) sets.Union(spelled[0], a, $"initials of {spelled[0].Name}");
        }
        // `Tata`, `Omgevingsdienst`: the first word of one body's name, used alone.
        foreach (var g in sets.Groups.Values.Where(g => !g.Name.Contains(' ') && g.Kind is ActorKind.Other or ActorKind.Organisation or ActorKind.Institution).ToList())
        {
            if (g.Known is not null || g.IsAcronym) continue;
            var longer = byFirstWord[g.Name].Select(sets.Find).Distinct().ToList();
            if (longer.Count == 1 && sets.Find(g) != longer[0]) sets.Union(longer[0], g, $"short for {longer[0].Name}");
        }
        // Bodies led by the same person.
        foreach (var led in bodies.Where(b => b.Leader is not null).GroupBy(b => PersonName.Key(LastWord(b.Leader!))).Where(l => l.Count() > 1))
        {
            var list = led.ToList();
            var head = list.OrderByDescending(b => b.ProperName).ThenByDescending(b => b.Articles.Count).First();
            foreach (var b in list.Where(b => b != head && (b.Kind == ActorKind.Party) == (head.Kind == ActorKind.Party) || b.Kind == ActorKind.Party && head.Kind != ActorKind.Party && b.IsGroupName || head.Kind == ActorKind.Party && b.IsGroupName))
                sets.Union(head, b, $"led by {head.Leader}, like {head.Name}");
        }
    }

    private static void FoldGenerics(ActorSets sets, ActorLexicon lexicon)
    {
        foreach (var generic in lexicon.Generic.Values.Where(g => g.Targets.Count > 0).DistinctBy(g => g.Id))
        {
            if (!sets.Groups.TryGetValue(generic.Id, out var g) || sets.Groups.ContainsKey(generic.Id) && g.Known is not null) continue;
            var targets = lexicon.Generic.Values.Where(x => x.Id == generic.Id).SelectMany(x => x.Targets).Distinct().ToList();
            var target = targets.Select(t => sets.Groups.GetValueOrDefault(t)).OfType<ActorGroup>().FirstOrDefault(t => t.Confirmed);
            if (target is null) sets.Drop(g);
            else sets.Union(target, g, $"a common noun for the {target.Name} on this site");
        }
        if (!sets.Groups.TryGetValue(ActorLexicon.GovernmentId, out var government)) return;
        var specific = sets.Groups.Values.Where(g => g != government && g.Confirmed && g.Kind == ActorKind.Institution && IsGovernment(g.Name))
            .Select(sets.Find).Distinct().Select(s => (Set: s, Articles: sets.Members(s).SelectMany(m => m.Articles).Distinct().Count()))
            .OrderByDescending(s => s.Articles).ToList();
        if (specific.Count > 0 && specific[0].Articles >= 2 && (specific.Count == 1 || specific[1].Articles < specific[0].Articles))
            sets.Union(specific[0].Set, government, $"the government this site names most ({specific[0].Set.Name})");
    }

    private static bool IsGovernment(string name) =>
        name.EndsWith(" regering", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" kabinet", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(" overheid", StringComparison.OrdinalIgnoreCase);

    private static Actor Settle(IReadOnlyList<ActorGroup> members, ActorLexicon lexicon)
    {
        var known = members.Where(m => m.Known is not null).OrderByDescending(m => m.Articles.Count).FirstOrDefault();
        var kinds = members.Where(m => m.Confirmed).SelectMany(m => m.Kinds).Where(k => k.Key != ActorKind.Other)
            .GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Value));
        var kind = known?.Known!.Kind
            ?? (kinds.ContainsKey(ActorKind.Party) ? ActorKind.Party : kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key).First().Key);
        var names = members.SelectMany(m => m.Names).GroupBy(n => n.Key).Select(g => (Name: g.Key, Articles: g.SelectMany(x => x.Value).Distinct().Count())).ToList();
        string name;
        if (known is not null) name = known.Known!.Name;
        else if (kind == ActorKind.Person)
            name = names.Where(n => PersonName.Of(n.Name, lexicon).Given is { } given && !given.EndsWith('.'))
                .OrderByDescending(n => n.Articles).ThenByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal).Select(n => n.Name).FirstOrDefault()
                ?? names.OrderByDescending(n => n.Articles).ThenByDescending(n => n.Name.Length).First().Name;
        else
            name = names.OrderByDescending(n => IsProper(n.Name)).ThenByDescending(n => n.Name.Any(char.IsUpper))
                .ThenByDescending(n => n.Articles).ThenByDescending(n => n.Name.Length)
                .ThenBy(n => n.Name, StringComparer.Ordinal).First().Name;
        var id = known?.Id ?? EventSlug.Of(name);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        // A fold joins two names both ways: when the name shown is the one that was folded in (`Michael Lambert`),
        // the other (`Michel Lambert`) is explained the same way.
        var spelling = members.Any(m => m.Because?.StartsWith(AnotherSpelling, StringComparison.Ordinal) == true) ? AnotherSpelling + name : null;
        foreach (var m in members)
        {
            foreach (var (alias, because) in m.Aliases) aliases.TryAdd(alias, because);
            foreach (var n in m.Names.Keys)
            {
                var because = m.Because is { } b && !b.EndsWith(" " + n, StringComparison.Ordinal) ? b : spelling;
                if (because is not null) aliases.TryAdd(n, because);
            }
        }
        foreach (var n in names) aliases.TryAdd(n.Name, "the same name in another article");
        aliases.Remove(name);
        var roles = Fullest(members.SelectMany(m => m.Roles).GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(r => r.Sum(x => x.Value)).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key).ToList()).Take(6).ToList();
        return new Actor(id, name, kind)
        {
            Aliases = [.. aliases.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new ActorAlias(a.Key, a.Value))],
            Roles = roles,
            Mentions = members.SelectMany(m => m.Articles).Distinct().Count(),
            ArticleIds = [.. (members.Any(m => m.ActingArticles.Count > 0) ? members.SelectMany(m => m.ActingArticles) : members.SelectMany(m => m.Articles))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    // Roles as the texts give them, without those another one says in full: `minister` and `minister (Landbouw)`
    // go when `demissionair minister (Landbouw, ChristenUnie)` is there.
    private static IEnumerable<string> Fullest(IReadOnlyList<string> roles)
    {
        var words = roles.Select(r => r.ToLowerInvariant().Split([' ', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet()).ToList();
        for (var i = 0; i < roles.Count; i++)
            if (!words.Where((w, j) => j != i && words[i].IsSubsetOf(w) && (!w.SetEquals(words[i]) || j < i)).Any()) yield return roles[i];
    }

    // A name a reader would look for: not an acronym, not `commissie-Remkes`, not a bare common noun.
    private static bool IsProper(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) && !name.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !(name.Contains('-') && char.IsLower(name[0]));

    private static string BodyKey(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("van" or "voor" or "de" or "der" or "het" or "en" or "the" or "of"));
        return EventSlug.Of(string.Concat(words)).Replace("-", "", StringComparison.Ordinal);
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static bool SameRoleWord(string a, string b)
    {
        var (x, y) = (RoleWord(a), RoleWord(b));
        return x.Length > 3 && y.Length > 3 && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal));
    }

    // The role noun: `minister` of `demissionair minister (Landbouw)` and of `minister van Landbouw`.
    private static string RoleWord(string role)
    {
        var head = role.Split('(')[0];
        var of = head.IndexOf(" van ", StringComparison.Ordinal);
        if (of > 0) head = head[..of];
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].ToLowerInvariant();
    }

    private static bool SameGivenName(string? a, string? b)
    {
        if (a is null || b is null || a == b || char.ToUpperInvariant(a[0]) != char.ToUpperInvariant(b[0])) return a is not null && a == b;
        if (a.TrimEnd('.').Length == 1 || b.TrimEnd('.').Length == 1) return true;
        return a.Length >= 4 && b.Length >= 4 && Distance(a, b) <= Math.Min(2, Math.Min(a.Length, b.Length) / 3);
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return d[b.Length];
    }
}
