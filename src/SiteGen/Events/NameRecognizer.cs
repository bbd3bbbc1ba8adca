namespace SiteGen.Events;

/// <summary>
/// Recognises the actors of one article in a few linear passes over its tokens:
/// <list type="number">
/// <item>known phrases from the gazetteer (names, capitals, adjectives, role phrases);</item>
/// <item>runs of capitalised words, read with their context: a role word before (`minister`), an organisation noun
/// before (`actiegroep`), a word of an organisation inside (`Autoriteit`, `-dienst`), a given name first, an
/// apposition after (`Hans Brug, directeur van …`), a bracket with a party or portfolio after;</item>
/// <item>bodies named after their chair (`commissie-Remkes`), institutions named by a common noun (`het kabinet`),
/// a country's government (`de Britse regering`), acronyms defined in brackets (`… Persoonsgegevens (AP)`);</item>
/// <item>what is left of the runs: a surname or given name of a person named in full, an acronym whose initials
/// spell an organisation of the article, a name the article confirms elsewhere; the rest stays tentative, for the
/// site to confirm or drop (<see cref="ActorDirectory"/>).</item>
/// </list>
/// </summary>
internal sealed class NameRecognizer
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "de", "het", "een", "'t" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
        { "van", "voor", "en", "de", "der", "den", "het", "ter", "ten", "op", "for", "von", "zu", "da", "di", "du", "del", "della", "dos", "la", "le", "al", "el", "bin" };

    // Particles that open a surname written without its given name (`Van der Wal`, `De Groot`, `Ter Horst`).
    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
        { "Van", "De", "Den", "Der", "Ter", "Ten", "Von", "Le", "La", "Da", "Di", "Du", "Del", "El", "Al", "Vander", "Vanden" };

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
        { "demissionair", "demissionaire", "voormalig", "voormalige", "oud", "ex", "toenmalig", "toenmalige", "huidige", "kersverse", "nieuwe", "waarnemend", "scheidend", "vertrekkend", "interim" };

    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal) { "regering", "kabinet", "overheid" };

    private readonly ActorGazetteer gazetteer;
    private readonly ActorLexicon lexicon;
    private readonly ActorTokens t;
    private readonly string text;
    private readonly bool[] covered;
    private readonly Dictionary<string, ArticleEntity> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleEntity> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalisedInside = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> loneUses = new(StringComparer.Ordinal);
    private readonly List<(NameRun Run, ArticleEntity Entity)> tentative = [];
    private readonly HashSet<int> personEnds = [];

    public NameRecognizer(ActorGazetteer gazetteer, ActorTokens tokens)
    {
        this.gazetteer = gazetteer;
        lexicon = gazetteer.Lexicon;
        t = tokens;
        text = tokens.Text;
        covered = new bool[t.Tokens.Length];
        CountCapitals();
        FindKnownPhrases();
        FindPrefixedBodies();
        FindRoleOwners();
        foreach (var run in Runs()) Classify(run);
        FindGenericInstitutions();
        FindAcronymDefinitions();
        ResolveTentative();
        FoldSurnames();
        FindLeaders();
        MarkAttributes();
    }

    public List<RecognisedMention> Mentions { get; } = [];

    /// <summary>Every entity the mentions point at (after folding).</summary>
    public IEnumerable<ArticleEntity> Entities => Mentions.Select(m => m.Entity).Distinct();

    // Words capitalised where a capital proves something (not opening a sentence), and words used alone: with no
    // capitalised word next to them on the same line (`zei Sullivan over`).
    private void CountCapitals()
    {
        var tokens = t.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!tokens[k].Capital) continue;
            var word = t.Value(k);
            if (!tokens[k].SentenceStart) capitalisedInside.Add(word);
            var before = k > 0 && t.Adjacent(k) && tokens[k - 1].Capital;
            var after = k + 1 < tokens.Length && t.Adjacent(k + 1) && tokens[k + 1].Capital;
            var neighbour = (k > 0 && t.Adjacent(k)) || (k + 1 < tokens.Length && t.Adjacent(k + 1));
            // `in Zwijndrecht`, `naar Den Haag`: a place, not a person named by surname.
            var place = k > 0 && t.Adjacent(k) && lexicon.PlacePrepositions.Contains(t.Value(k - 1));
            if (!before && !after && neighbour && !place) loneUses[word] = loneUses.GetValueOrDefault(word) + 1;
        }
    }

    private ArticleEntity Known(string id)
    {
        if (known.TryGetValue(id, out var entity)) return entity;
        var actor = gazetteer.Actors[id];
        return known[id] = new ArticleEntity(actor.Name, actor.Kind, true, id);
    }

    // One entity per slug, so `kabinet` and `regering`, or a name spelt with other capitals, meet.
    private ArticleEntity Named(string name, ActorKind kind, bool confirmed)
    {
        var key = EventSlug.Of(name);
        if (byName.TryGetValue(key, out var entity))
        {
            if (confirmed && !entity.Confirmed)
            {
                entity.Confirmed = true;
                entity.Kind = kind;
            }
            return entity;
        }
        return byName[key] = new ArticleEntity(name, kind, confirmed);
    }

    // 1. Gazetteer phrases at every word start, the parts of hyphenated words included (`NAVO-lidmaatschap`).
    private void FindKnownPhrases()
    {
        var tokens = t.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            for (var at = tokens[k].Start; at >= 0 && at < tokens[k].End; at = NextPart(at, tokens[k].End))
            {
                foreach (var phrase in gazetteer.PhrasesAt(text, at))
                {
                    if (!text.AsSpan(at).StartsWith(phrase.Text, StringComparison.Ordinal)) continue;
                    var end = at + phrase.Text.Length;
                    if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                    if (phrase.Use is ActorMentionUse.Adjective && !StandsAlone(at, end)) continue;
                    var actor = gazetteer.Actors[phrase.ActorId];
                    // `Frans Timmermans`, `Sofia Jansen`: a country's word before a name is a given name.
                    if (actor.Kind == ActorKind.Country && phrase.Use != ActorMentionUse.Role && NameFollows(end, phrase.Use)) continue;
                    // `Tata Steel Nederland`, `Greenpeace Nederland`: a country after a name is part of that name.
                    if (actor.Kind == ActorKind.Country && phrase.Use == ActorMentionUse.Name && NamePrecedes(k, at))
                    {
                        Add(at, end, Known(phrase.ActorId), ActorMentionUse.Attribute, phrase);
                        Cover(at, end);
                        continue;
                    }
                    var use = phrase.Use;
                    if (use is ActorMentionUse.Adjective && GovernmentAfter(end) is { } noun)
                    {
                        var name = text[at..end] + " " + noun;
                        var government = Named(name, ActorKind.Institution, true);
                        government.Name = name;
                        Add(at, end + 1 + noun.Length, government, ActorMentionUse.Name);
                        Cover(at, end + 1 + noun.Length);
                        continue;
                    }
                    Add(at, end, Known(phrase.ActorId), use, phrase);
                    Cover(at, end);
                }
            }
        }
    }

    // Words start again after a hyphen inside a token (`D66-Kamerlid`, `kabinet-Rutte`); -1 when there is none.
    private int NextPart(int at, int end)
    {
        var hyphen = text.IndexOf('-', at, end - at);
        return hyphen < 0 || hyphen + 1 >= end ? -1 : hyphen + 1;
    }

    private bool StandsAlone(int at, int end) =>
        (at == 0 || char.IsWhiteSpace(text[at - 1]) || "('\"‘“„".Contains(text[at - 1])) && (end == text.Length || text[end] != '-');

    // `Frans Timmermans`, `Frans de Wit`: a name follows, maybe after particles. An adjective before a body's
    // name is part of it too (`Nederlandse Voedselbank Federatie`).
    private bool NameFollows(int end, ActorMentionUse use)
    {
        var k = t.IndexAt(end);
        if (k >= t.Tokens.Length || !t.Adjacent(k) || t.Tokens[k].Start != end + 1) return false;
        while (k + 1 < t.Tokens.Length && !t.Tokens[k].Capital && lexicon.Particles.Contains(t.Value(k)) && t.Adjacent(k + 1)) k++;
        return t.Tokens[k].Capital && !t.Tokens[k].Acronym && !lexicon.IsStop(t.Value(k))
               && (use == ActorMentionUse.Adjective || lexicon.OrganisationKindOf(t.Value(k)) is null);
    }

    private bool NamePrecedes(int k, int at) =>
        at == t.Tokens[k].Start && k > 0 && t.Adjacent(k) && t.Tokens[k - 1].Capital && !t.Tokens[k - 1].SentenceStart
        && !lexicon.IsStop(t.Value(k - 1)) && !covered[k - 1];

    private string? GovernmentAfter(int end)
    {
        var k = t.IndexAt(end);
        if (k >= t.Tokens.Length || t.Tokens[k].Start != end + 1 || !t.Adjacent(k)) return null;
        var word = t.Value(k);
        return GovernmentNouns.Contains(word) ? word : null;
    }

    private void Add(int start, int end, ArticleEntity entity, ActorMentionUse use, ActorPhrase? phrase = null) =>
        Mentions.Add(new RecognisedMention(start, end, entity, use, phrase));

    private void Cover(int start, int end)
    {
        for (var k = t.IndexAt(start); k < t.Tokens.Length && t.Tokens[k].Start < end; k++) covered[k] = true;
        // A token that starts before the phrase but overlaps it (`NAVO-lidmaatschap`) is covered too.
        var before = t.IndexAt(start) - 1;
        if (before >= 0 && t.Tokens[before].End > start) covered[before] = true;
    }

    // 3a. `commissie-Remkes`, `fractie-Otten`, `kabinet-Rutte III`: a body named after the person who leads it.
    private void FindPrefixedBodies()
    {
        var tokens = t.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var word = t.Span(k);
            var hyphen = word.IndexOf('-');
            if (hyphen <= 0 || hyphen + 1 >= word.Length || !char.IsUpper(word[hyphen + 1])) continue;
            if (!lexicon.Prefixes.TryGetValue(word[..hyphen].ToString(), out var kind)) continue;
            var last = k;
            while (last + 1 < tokens.Length && t.Adjacent(last + 1) && tokens[last + 1].Capital && !lexicon.IsStop(t.Value(last + 1))
                   && !tokens[last + 1].SentenceStart)
                last++;
            var leader = text[(tokens[k].Start + hyphen + 1)..tokens[last].End];
            var roman = last + 1 < tokens.Length && t.Adjacent(last + 1) && IsRoman(t.Span(last + 1));
            if (roman) last++;
            var surface = text[tokens[k].Start..tokens[last].End];
            var prefix = word[..hyphen].ToString().ToLowerInvariant();
            ArticleEntity entity;
            if (prefix is "kabinet" or "regering")
            {
                entity = Named(ActorLexicon.GovernmentId, ActorKind.Institution, true);
                entity.AddAlias(surface, $"the cabinet led by {leader}");
            }
            else
            {
                entity = Named(surface, kind, true);
                entity.Leader = leader;
                entity.AddRole(LedBy + leader);
            }
            if (prefix is "fractie") entity.Kind = ActorKind.Party;
            Add(tokens[k].Start, tokens[last].End, entity, ActorMentionUse.Name);
            for (var c = k; c <= last; c++) covered[c] = true;
            k = last;
        }
    }

    // `KLM-directeur Marjan Rintel`, `Tata-woordvoerder`: a name glued before a role is the body the role is held at.
    // Not a role's modifier (`Oud-minister`), a portfolio (`Defensie-woordvoerder`) or a given name; a word opening
    // the sentence only when it is an acronym or capitalised elsewhere too.
    private void FindRoleOwners()
    {
        var tokens = t.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (covered[k] || !tokens[k].Capital) continue;
            var word = t.Span(k);
            var hyphen = word.IndexOf('-');
            if (hyphen < 2 || hyphen + 1 >= word.Length || !char.IsLower(word[hyphen + 1]) || !lexicon.IsRoleCue(word[(hyphen + 1)..])) continue;
            var owner = word[..hyphen].ToString();
            if (RoleModifiers.Contains(owner) || lexicon.Departments.Contains(owner) || lexicon.GivenNames.ContainsKey(owner) || lexicon.IsStop(owner)
                || lexicon.IsRoleCue(owner) || !owner.Any(char.IsLetter)) continue;
            var acronym = owner.All(c => char.IsUpper(c) || char.IsDigit(c)) && owner.Any(char.IsLetter);
            if (tokens[k].SentenceStart && !acronym && !capitalisedInside.Contains(owner)) continue;
            Add(tokens[k].Start, tokens[k].Start + hyphen, Named(owner, ActorKind.Organisation, true), ActorMentionUse.Attribute);
            covered[k] = true;
        }
    }

    private static bool IsRoman(ReadOnlySpan<char> s) => s is "I" or "II" or "III" or "IV" or "V" or "VI";

    // 2. Runs of capitalised tokens with particles and connectors between them.
    private IEnumerable<NameRun> Runs()
    {
        var tokens = t.Tokens;
        var k = 0;
        while (k < tokens.Length)
        {
            if (covered[k] || !NameToken(k) && SurnameAfterParticle(k) < 0)
            {
                k++;
                continue;
            }
            int first = k, last = k, j = k + 1;
            while (j < tokens.Length && !covered[j] && !tokens[j].SentenceStart && tokens[j].Quoted == tokens[first].Quoted)
            {
                if (t.Adjacent(j) && NameToken(j)) last = j++;
                else if (t.Adjacent(j) && Connectors.Contains(t.Value(j)) && Continues(j + 1) && JoinsAt(first, j)) j++;
                else if (t.GapBefore(j) is " & " && NameToken(j)) last = j++;
                else break;
            }
            yield return WithCues(first, last);
            k = last + 1;
        }
    }

    // `Van der Wal`, `De Groot`, `Ter Horst`: a capitalised particle opening a surname; the index of the surname's
    // capitalised word, or -1.
    private int SurnameAfterParticle(int k)
    {
        var tokens = t.Tokens;
        if (!tokens[k].Capital || !SurnameParticles.Contains(t.Value(k))) return -1;
        var j = k + 1;
        while (j < tokens.Length && t.Adjacent(j) && !tokens[j].Capital && lexicon.Particles.Contains(t.Value(j)) && j - k < 3) j++;
        return j < tokens.Length && t.Adjacent(j) && !covered[j] && NameToken(j) && !tokens[j].Acronym
               && !lexicon.Particles.Contains(t.Value(j).ToLowerInvariant()) ? j : -1;
    }

    // `en` joins within one name (`Rijksinstituut voor Volksgezondheid en Milieu`, `Inspectie Leefomgeving en
    // Transport`), not two names (`Tata Steel en Harsco`): only after a complement (`voor …`, `van …`) or after a
    // word that does not end a body's name.
    private bool JoinsAt(int first, int j)
    {
        if (t.Value(j) != "en") return true;
        for (var k = first; k < j; k++)
            if (t.Value(k) is "van" or "voor" or "op" or "ter" or "of") return true;
        return lexicon.OrganisationKindOf(t.Value(j - 1)) is null && !lexicon.GivenNames.ContainsKey(t.Value(first));
    }

    // A connector joins only when a name token follows it, directly or after one more connector (`Staatstoezicht op de Mijnen`).
    private bool Continues(int j)
    {
        var tokens = t.Tokens;
        if (j >= tokens.Length || covered[j] || !t.Adjacent(j) || tokens[j].SentenceStart) return false;
        if (NameToken(j)) return true;
        return Connectors.Contains(t.Value(j)) && j + 1 < tokens.Length && !covered[j + 1] && t.Adjacent(j + 1) && NameToken(j + 1)
               && !tokens[j + 1].SentenceStart;
    }

    private bool NameToken(int k)
    {
        var token = t.Tokens[k];
        if (!token.Capital) return false;
        var word = t.Value(k);
        if (char.IsDigit(word[0]) && !token.Acronym) return false;
        return !lexicon.NameStops.Contains(word) || lexicon.OrganisationKindOf(word) is not null || lexicon.GivenNames.ContainsKey(word);
    }

    private NameRun WithCues(int first, int last)
    {
        string? role = null;
        ActorKind? org = null;
        string? named = null;
        if (first > 0 && t.Adjacent(first))
        {
            var before = t.Value(first - 1);
            if (lexicon.IsRoleCue(before)) role = RoleBefore(first - 1);
            else if (lexicon.NamedCues.ContainsKey(before)) named = before;
            else if (lexicon.OrganisationCues.TryMatch(before, out var kind)) org = kind;
        }
        return new NameRun(first, last) { RoleCue = role, OrganisationCue = org, NamedCue = named };
    }

    // The role as the text gives it: the cue word with a modifier before it (`demissionair minister`, `oud-minister`).
    private string RoleBefore(int cue)
    {
        var role = t.Value(cue);
        // `ministers Schouten, Van Nieuwenhuizen en …`: each is a `minister`.
        if (role.EndsWith('s') && lexicon.IsRoleCue(role.AsSpan(0, role.Length - 1))) role = role[..^1];
        if (cue > 0 && t.Adjacent(cue) && RoleModifiers.Contains(t.Value(cue - 1))) role = t.Value(cue - 1).ToLowerInvariant() + " " + role;
        return role;
    }

    private void Classify(NameRun run)
    {
        var tokens = t.Tokens;
        int first = run.First, last = run.Last;
        var role = run.RoleCue;
        var org = run.OrganisationCue;
        var named = run.NamedCue;
        // A capitalised cue opening the run: `Minister Schouten`, `Boerencollectief Agractie`, `Gemeente Utrecht`.
        while (first < last)
        {
            var word = t.Value(first);
            if (RoleModifiers.Contains(word) && lexicon.IsRoleCue(t.Value(first + 1)) && first + 1 < last)
            {
                role = word.ToLowerInvariant() + " " + t.Value(first + 1);
                first += 2;
            }
            else if (lexicon.IsRoleCue(word) && !lexicon.GivenNames.ContainsKey(word)) { role = word; first++; }
            else if (lexicon.NamedCues.ContainsKey(word)) { named = word.ToLowerInvariant(); first++; }
            else if (lexicon.OrganisationKindOf(word) is null && lexicon.OrganisationCues.TryMatch(word, out var cueKind)) { org = cueKind; first++; }
            else break;
        }
        // `Europees Commissievoorzitter Donald Tusk`: everything up to a role word inside the run is the role.
        for (var k = last - 1; k > first; k--)
        {
            if (!lexicon.IsRoleCue(t.Value(k)) || lexicon.GivenNames.ContainsKey(t.Value(k)) || lexicon.OrganisationKindOf(t.Value(k)) is not null) continue;
            role = text[tokens[first].Start..tokens[k].End];
            first = k + 1;
            break;
        }
        // `minister van Buitenlandse Zaken Lavrov`: the portfolio belongs to the role, not the name.
        if (role is not null && first > run.First || run.RoleCue is not null)
        {
            var portfolio = first;
            while (portfolio <= last && lexicon.Departments.Contains(t.Value(portfolio))) portfolio++;
            if (portfolio > first && portfolio <= last) first = portfolio;
        }
        else if (first == run.First && first >= 2 && lexicon.Departments.Contains(t.Value(first)) && t.Value(first - 1) is "van" or "voor"
                 && lexicon.IsRoleCue(t.Value(first - 2)))
        {
            var portfolio = first;
            while (portfolio <= last && lexicon.Departments.Contains(t.Value(portfolio))) portfolio++;
            if (portfolio > last) return;
            role = RoleBefore(first - 2) + " " + t.Value(first - 1) + " " + text[tokens[first].Start..tokens[portfolio - 1].End];
            first = portfolio;
        }
        // `Coalitiepartij VVD`, `Protestpartij BBB`: a noun opening the sentence before a known name is its cue.
        if (first == last && tokens[first].SentenceStart && last + 1 < tokens.Length && t.Adjacent(last + 1) && covered[last + 1]
            && lexicon.OrganisationCues.Matches(t.Span(first)))
            return;
        // A word that only opens a sentence proves nothing: `Zowel BBB`, `Vaststaat dat`.
        // A name of an organisation (`Tata Steel zegt`) keeps its first word. A single word opening a sentence stays
        // tentative: another article may show it is a surname (`Koster kreeg kritiek`).
        if (first == run.First && tokens[first].SentenceStart && !Evidenced(first) && !OrganisationWordAfter(first, last))
        {
            if (first == last && !lexicon.IsStop(t.Value(first)) && lexicon.OrganisationCues.TryMatch(t.Span(first), out _) is false)
            {
                var single = Named(t.Value(first), ActorKind.Other, false);
                tentative.Add((new NameRun(first, first), single));
                Add(tokens[first].Start, tokens[first].End, single, ActorMentionUse.Name);
                return;
            }
            first++;
        }
        while (first <= last && !NameToken(first) && SurnameAfterParticle(first) < 0) first++;
        while (last >= first && !NameToken(last)) last--;
        if (first > last) return;

        // `Nexperia Holding B.V.`: the company form is no part of the name, but shows it is a company.
        var suffix = false;
        while (last > first && CompanySuffix(last))
        {
            last--;
            suffix = true;
        }
        var orgKind = named is not null ? lexicon.NamedCues[named] : org;
        for (var k = first; k <= last && orgKind is null; k++) orgKind = lexicon.OrganisationKindOf(t.Value(k));
        if (suffix) orgKind ??= ActorKind.Organisation;
        if (orgKind is { } kind && !(role is not null && lexicon.GivenNames.ContainsKey(t.Value(first))))
        {
            // `de Farmers Defence Force Jos Ubels`: a given name after the organisation's name opens a person.
            for (var k = first + 1; k < last; k++)
            {
                if (!lexicon.GivenNames.ContainsKey(t.Value(k)) || lexicon.OrganisationKindOf(t.Value(k + 1)) is not null) continue;
                AddOrganisation(first, k - 1, kind, named);
                Classify(new NameRun(k, last));
                return;
            }
            AddOrganisation(first, last, kind, named);
            return;
        }
        var person = PersonSpan(first, last);
        if (person is null) return;
        (first, last) = person.Value;
        var evidence = role is not null || Apposition(last) || Bracketed(last) is not null
                       || (last > first && (lexicon.GivenNames.ContainsKey(t.Value(first)) || tokens[first].Initial))
                       || (last > first && UsedAlone(last) && !UsedAloneAtAll(first) && OnlyParticlesBetween(first, last));
        var name = text[tokens[first].Start..tokens[last].End];
        if (!evidence)
        {
            var entity = Named(name, ActorKind.Other, false);
            tentative.Add((new NameRun(first, last), entity));
            Add(tokens[first].Start, tokens[last].End, entity, ActorMentionUse.Name);
            return;
        }
        var found = Named(name, ActorKind.Person, true);
        found.Kind = ActorKind.Person;
        SetNameParts(found, first, last);
        if (role is not null) role = Lower(role) + Portfolio(last);
        if (role is not null) found.AddRole(Bracketed(last) is { } b ? $"{role} ({b})" : role);
        else if (Bracketed(last) is { } bracket) found.AddRole(bracket);
        if (AppositionRole(last) is { } apposition) found.AddRole(apposition);
        Add(tokens[first].Start, tokens[last].End, found, ActorMentionUse.Name);
    }

    private bool CompanySuffix(int k)
    {
        var word = t.Value(k);
        var dotted = t.Tokens[k].End < text.Length && text[t.Tokens[k].End] == '.' ? word + "." : word;
        return lexicon.CompanySuffixes.Contains(dotted) || lexicon.CompanySuffixes.Contains(word);
    }

    // `Minister` opening a sentence is the role `minister`; `D66-Kamerlid` keeps its capitals.
    private static string Lower(string role) =>
        role.Length > 1 && char.IsUpper(role[0]) && char.IsLower(role[1]) && !role.Split(' ')[0].Contains('-') ? char.ToLowerInvariant(role[0]) + role[1..] : role;

    // `minister Carola Schouten van Landbouw, Natuur en Voedselkwaliteit`: the portfolio after the name.
    private string Portfolio(int last)
    {
        var k = last + 1;
        if (k + 1 >= t.Tokens.Length || !t.Adjacent(k) || t.Value(k) is not ("van" or "voor")) return "";
        var end = -1;
        for (var j = k + 1; j < t.Tokens.Length; j++)
        {
            var word = t.Value(j);
            if (lexicon.Departments.Contains(word)) end = j;
            else if (word != "en" || end < 0) break;
            if (j + 1 < t.Tokens.Length && t.GapBefore(j + 1) is not (" " or ", ")) break;
        }
        return end < 0 ? "" : " " + text[t.Tokens[k].Start..t.Tokens[end].End];
    }

    private void AddOrganisation(int first, int last, ActorKind kind, string? named)
    {
        var tokens = t.Tokens;
        // `De Omgevingsdienst Noordzeekanaalgebied` opening a sentence: the article is no part of the name.
        while (first < last && Articles.Contains(t.Value(first))) first++;
        var name = text[tokens[first].Start..tokens[last].End];
        if (named is not null) name = named + " " + name;
        var entity = Named(name, kind, true);
        entity.Kind = kind;
        // `Groep Otten`, `Lijst Pim Fortuyn`: a group named after its leader.
        if (last > first && LeaderGroups.Contains(t.Value(first)) && lexicon.OrganisationKindOf(t.Value(last)) is null)
        {
            entity.Leader = text[tokens[first + 1].Start..tokens[last].End];
            entity.AddRole(LedBy + entity.Leader);
        }
        var start = named is not null && first > 0 ? tokens[first - 1].Start : tokens[first].Start;
        Add(start, tokens[last].End, entity, ActorMentionUse.Name);
    }

    // The person part of a run: it ends before a portfolio (`Schouten van Landbouw`), before a particle that follows
    // two capitalised words the second of which is no given name, and at adjectives (`Olympische`).
    private (int First, int Last)? PersonSpan(int first, int last)
    {
        var capitals = 0;
        for (var k = first; k <= last; k++)
        {
            var word = t.Value(k);
            if (k == first && SurnameAfterParticle(k) >= 0) continue;
            if (t.Tokens[k].Capital)
            {
                if (lexicon.Departments.Contains(word) || (lexicon.IsStop(word) && !lexicon.GivenNames.ContainsKey(word)))
                {
                    last = k - 1;
                    break;
                }
                capitals++;
                continue;
            }
            var secondIsGiven = capitals >= 2 && lexicon.GivenNames.ContainsKey(t.Value(k - 1));
            if (!lexicon.Particles.Contains(word) || (capitals >= 2 && !secondIsGiven))
            {
                last = k - 1;
                break;
            }
        }
        while (last >= first && !t.Tokens[last].Capital) last--;
        return last >= first && !(last == first && SurnameParticles.Contains(t.Value(first))) ? (first, last) : null;
    }

    private void SetNameParts(ArticleEntity person, int first, int last)
    {
        var tokens = t.Tokens;
        var given = first;
        if (last > first && (lexicon.GivenNames.TryGetValue(t.Value(first), out var gender) || tokens[first].Initial))
        {
            person.GivenName = t.Value(first);
            if (gender != '\0') person.Gender = gender;
            given = first + 1;
            // `Jan Peter Balkenende`, `Gert Jan Brouwer`: more given names before the surname.
            while (given < last && lexicon.GivenNames.ContainsKey(t.Value(given))) given++;
        }
        else if (last > first && !lexicon.Particles.Contains(t.Value(first).ToLowerInvariant()))
        {
            // An unknown given name (`Aleid Wolfsen`): the last word and any particles before it are the surname.
            given = last;
            while (given - 1 > first && lexicon.Particles.Contains(t.Value(given - 1))) given--;
            person.GivenName = text[tokens[first].Start..tokens[given - 1].End];
        }
        var surname = text[tokens[given].Start..tokens[last].End];
        person.Surname = char.ToUpperInvariant(surname[0]) + surname[1..];
    }

    private bool OrganisationWordAfter(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
            if (lexicon.OrganisationKindOf(t.Value(k)) is not null) return true;
        return false;
    }

    private bool Evidenced(int k)
    {
        var word = t.Value(k);
        var tokens = t.Tokens;
        return lexicon.GivenNames.ContainsKey(word) || tokens[k].Acronym || lexicon.OrganisationKindOf(word) is not null
               || capitalisedInside.Contains(word)
               || (SurnameAfterParticle(k) is var s and >= 0 && capitalisedInside.Contains(t.Value(s)));
    }

    private bool OnlyParticlesBetween(int first, int last)
    {
        for (var k = first + 1; k < last; k++)
            if (!t.Tokens[k].Capital && !lexicon.Particles.Contains(t.Value(k))) return false;
        return true;
    }

    // A given name is not used alone elsewhere (`3M Zwijndrecht` is no person when `3M` stands alone too).
    private bool UsedAloneAtAll(int k) => loneUses.GetValueOrDefault(t.Value(k)) > (LoneHere(k) ? 1 : 0) && !lexicon.GivenNames.ContainsKey(t.Value(k));

    private bool UsedAlone(int k) => t.Value(k).Length >= 3 && loneUses.GetValueOrDefault(t.Value(k)) > (LoneHere(k) ? 1 : 0);

    private bool LoneHere(int k)
    {
        var tokens = t.Tokens;
        var before = k > 0 && t.Adjacent(k) && tokens[k - 1].Capital;
        var after = k + 1 < tokens.Length && t.Adjacent(k + 1) && tokens[k + 1].Capital;
        return !before && !after;
    }

    // `Hans Brug, directeur van het RIVM` / `Bart Kemp, een van de organisatoren`: a role right after the name.
    private bool Apposition(int last) => AppositionRole(last) is not null || AppositionOne(last);

    private static readonly HashSet<string> AppositionOpeners = new(StringComparer.Ordinal) { "de", "het", "een", "zijn", "haar", "hun" };

    private string? AppositionRole(int last)
    {
        var k = last + 1;
        if (k >= t.Tokens.Length || !t.GapBefore(k).StartsWith(", ")) return null;
        var start = k;
        for (var n = 0; n < 3 && k < t.Tokens.Length; n++, k++)
        {
            if (n > 0 && !t.Adjacent(k)) return null;
            var word = t.Value(k);
            // Before the role only an article or possessive, then one adjective (`de nieuwe directeur`).
            if (!lexicon.IsRoleCue(word) && !(n == 0 && AppositionOpeners.Contains(word)) && !(n <= 1 && !t.Tokens[k].Capital && word.EndsWith('e'))) return null;
            if (lexicon.IsRoleCue(word) && !t.Tokens[k].Capital)
            {
                var end = k;
                // `directeur van het RIVM`: the role goes on to the body it is held at.
                if (k + 2 < t.Tokens.Length && t.Value(k + 1) is "van" or "bij" && t.Adjacent(k + 1) && t.Adjacent(k + 2))
                {
                    end = k + 2;
                    if (Articles.Contains(t.Value(end)) && end + 1 < t.Tokens.Length && t.Adjacent(end + 1)) end++;
                    if (!t.Tokens[end].Capital) end = k;
                    else
                        while (end + 1 < t.Tokens.Length && t.Adjacent(end + 1) && (t.Tokens[end + 1].Capital
                               || Connectors.Contains(t.Value(end + 1)) && end + 2 < t.Tokens.Length && t.Tokens[end + 2].Capital && t.Adjacent(end + 2)))
                            end++;
                }
                return text[t.Tokens[start].Start..t.Tokens[end].End].Trim();
            }
            if (t.Tokens[k].Capital && n > 0) return null;
        }
        return null;
    }

    private bool AppositionOne(int last)
    {
        var k = last + 1;
        return k + 2 < t.Tokens.Length && t.GapBefore(k).StartsWith(", ") && t.Value(k) == "een" && t.Value(k + 1) == "van" && t.Value(k + 2) == "de";
    }

    // `(Landbouw, ChristenUnie)`, `(VVD)`: a portfolio or party in brackets right after a name.
    private string? Bracketed(int last)
    {
        var end = t.Tokens[last].End;
        if (end + 2 >= text.Length || text[end] != ' ' || text[end + 1] != '(') return null;
        var close = text.IndexOf(')', end + 2);
        if (close < 0 || close - end > 60) return null;
        var inside = text[(end + 2)..close];
        var words = inside.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        foreach (var word in words)
        {
            if (word is "en") continue;
            var isParty = gazetteer.PhrasesAt(word, 0).ToArray().Any(p => p.Text == word && gazetteer.Actors[p.ActorId].Kind is ActorKind.Party);
            if (!isParty && !lexicon.Departments.Contains(word) && !(word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c)))) return null;
        }
        return inside;
    }

    // 3b. `het kabinet`, `de Kamer`, `de senaat`: an institution named by a common noun after an article.
    private void FindGenericInstitutions()
    {
        var tokens = t.Tokens;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (covered[k] || !lexicon.Generic.TryGetValue(t.Value(k), out var generic)) continue;
            if (!t.Adjacent(k) || !Articles.Contains(t.Value(k - 1))) continue;
            if (tokens[k].End < text.Length && text[tokens[k].End] == '-') continue;
            // `de Kamer van Koophandel`: a capitalised noun that goes on is part of a longer name.
            if (tokens[k].Capital && k + 1 < tokens.Length && t.Adjacent(k + 1)
                && (tokens[k + 1].Capital || k + 2 < tokens.Length && t.Value(k + 1) is "van" or "voor" && tokens[k + 2].Capital)) continue;
            // Which institution the noun stands for is decided for the whole site (ActorDirectory); here it keeps
            // the id of the noun (`kamer`, `senaat`), or of the gazetteer actor of the same name (`politie`).
            var entity = gazetteer.Actors.ContainsKey(generic.Id) ? Known(generic.Id)
                : Named(generic.IsGovernment ? ActorLexicon.GovernmentId : generic.Display, generic.Kind, true);
            entity.AddAlias(t.Value(k), "a common noun for it");
            Add(tokens[k].Start, tokens[k].End, entity, ActorMentionUse.Generic);
            covered[k] = true;
        }
    }

    // 3c. `de Autoriteit Persoonsgegevens (AP)`: the acronym names the body everywhere in the article.
    private void FindAcronymDefinitions()
    {
        var acronyms = new Dictionary<string, ArticleEntity>(StringComparer.Ordinal);
        foreach (var m in Mentions.ToList())
        {
            if (m.Entity.Kind is not (ActorKind.Organisation or ActorKind.Institution or ActorKind.Party) || m.End + 3 >= text.Length) continue;
            if (text[m.End] != ' ' || text[m.End + 1] != '(') continue;
            var close = text.IndexOf(')', m.End + 2);
            if (close < 0 || close - m.End > 12) continue;
            var acronym = text[(m.End + 2)..close];
            if (acronym.Length < 2 || !acronym.All(c => char.IsUpper(c) || char.IsDigit(c) || char.IsLower(c) && acronym.Count(char.IsUpper) >= 2)) continue;
            if (m.Entity.KnownId is null || !acronyms.ContainsKey(acronym)) acronyms[acronym] = m.Entity;
            m.Entity.AddAlias(acronym, $"defined in brackets after {text[m.Start..m.End]}");
        }
        if (acronyms.Count == 0) return;
        foreach (var (run, entity) in tentative.ToList())
        {
            if (run.First != run.Last || !acronyms.TryGetValue(t.Value(run.First), out var body)) continue;
            Replace(entity, body, $"defined in brackets after {body.Name}");
            tentative.RemoveAll(x => x.Entity == entity);
        }
        // Acronyms glued to another word (`AP-voorzitter`) are not runs of their own.
        var tokens = t.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var word = t.Span(k);
            var hyphen = word.IndexOf('-');
            if (hyphen < 2 || !acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..hyphen], out var body)) continue;
            if (Mentions.Any(m => m.Start == tokens[k].Start)) continue;
            Add(tokens[k].Start, tokens[k].Start + hyphen, body, ActorMentionUse.Attribute);
        }
    }

    // 4. Runs nothing has shown to be a person or body: a surname or given name of one person named in full, an
    // acronym spelling an organisation of the article, or a name confirmed elsewhere in it.
    private void ResolveTentative()
    {
        var people = Mentions.Select(m => m.Entity).Where(e => e.Kind == ActorKind.Person && e.Confirmed).Distinct().ToList();
        var bodies = Mentions.Select(m => m.Entity).Where(e => e.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.Party).Distinct().ToList();
        foreach (var (run, entity) in tentative)
        {
            if (entity.Confirmed) continue;
            var name = entity.Name;
            var bySurname = people.Where(p => string.Equals(p.Surname, name, StringComparison.Ordinal)).ToList();
            if (bySurname.Count == 1 && bySurname[0].Name != name)
            {
                Replace(entity, bySurname[0], $"surname of {bySurname[0].Name}");
                continue;
            }
            var byGiven = people.Where(p => p.GivenName == name).ToList();
            if (byGiven.Count == 1 && run.First == run.Last)
            {
                Replace(entity, byGiven[0], $"given name of {byGiven[0].Name}");
                continue;
            }
            // `Tata` after `Tata Steel`: the first word of one organisation of the article.
            var byHead = run.First == run.Last ? bodies.Where(b => b.Name.StartsWith(name + " ", StringComparison.Ordinal)).ToList() : [];
            if (byHead.Count == 1)
            {
                Replace(entity, byHead[0], $"short for {byHead[0].Name}");
                continue;
            }
            if (t.Tokens[run.First].Acronym && run.First == run.Last)
            {
                var spelled = bodies.Where(b => AcronymMatch.Spells(name, b.Name)).ToList();
                if (spelled.Count == 1) Replace(entity, spelled[0], $"initials of {spelled[0].Name}");
            }
        }
    }

    // A person first named by surname only (`minister Schouten`) and in full in the same article (`Carola Schouten`)
    // is one person when no other person of the article has that surname.
    private void FoldSurnames()
    {
        var people = Mentions.Select(m => m.Entity).Where(e => e.Kind == ActorKind.Person && e.KnownId is null).Distinct().ToList();
        foreach (var alone in people.Where(p => p.GivenName is null && p.Surname is not null))
        {
            var full = people.Where(p => p.GivenName is not null && string.Equals(p.Surname, alone.Surname, StringComparison.OrdinalIgnoreCase)).ToList();
            if (full.Count == 1) Replace(alone, full[0], $"surname of {full[0].Name}");
        }
    }

    private void Replace(ArticleEntity from, ArticleEntity to, string because)
    {
        if (from == to) return;
        foreach (var m in Mentions)
            if (m.Entity == from)
            {
                m.Entity = to;
                to.AddAlias(text[m.Start..m.End], because);
            }
        foreach (var a in from.Aliases) to.AddAlias(a.Name, a.Because);
        foreach (var r in from.Roles) to.AddRole(r);
    }

    public const string LedBy = "onder leiding van ";

    private static readonly HashSet<string> LeaderGroups = new(StringComparer.Ordinal) { "Groep", "Fractie", "Lijst", "Commissie" };

    private static readonly string[] BodyNouns = ["commissie", "college", "raad", "comité", "team", "groep", "werkgroep"];

    // `het Adviescollege Stikstofproblematiek onder leiding van oud-minister Johan Remkes`, `de stikstofcommissie
    // onder leiding van …`: the body is led by that person, which lets the site fold it with `commissie-Remkes`.
    private void FindLeaders()
    {
        for (var at = text.IndexOf(" onder leiding van ", StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(" onder leiding van ", at + 1, StringComparison.Ordinal))
        {
            var after = at + LedBy.Length + 1;
            var person = Mentions.Where(m => m.Start >= after && m.Start - after <= 40 && m.Entity.Kind == ActorKind.Person)
                .OrderBy(m => m.Start).FirstOrDefault();
            if (person is null) continue;
            var body = Mentions.Where(m => m.End == at && m.Entity.Kind is ActorKind.Organisation or ActorKind.Institution)
                .Select(m => m.Entity).FirstOrDefault();
            if (body is null)
            {
                var k = t.IndexAt(at) - 1;
                if (k < 0 || t.Tokens[k].End != at || t.Tokens[k].Capital) continue;
                var noun = t.Value(k);
                if (!BodyNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal))) continue;
                body = Named(noun, ActorKind.Organisation, true);
                Add(t.Tokens[k].Start, at, body, ActorMentionUse.Name);
            }
            body.Leader ??= person.Entity.Name;
            body.AddRole(LedBy + person.Entity.Name);
        }
    }

    // 5. What describes a person or another word instead of acting: a party in brackets after a name, a name glued
    // to a word by a hyphen (`D66-Kamerlid`, `NAVO-lidmaatschap`, `anti-EU`).
    private void MarkAttributes()
    {
        foreach (var m in Mentions) if (m.Entity.Kind == ActorKind.Person) personEnds.Add(m.End);
        foreach (var m in Mentions)
        {
            var glued = m.End + 1 < text.Length && text[m.End] == '-' && char.IsLetter(text[m.End + 1]);
            var part = m.Start > 1 && text[m.Start - 1] == '-' && char.IsLetter(text[m.Start - 2]);
            var bracket = InBracketAfterName(m.Start);
            // `Sjaak van der Tak van LTO`, `Bart Kemp van Agractie`: the body a person speaks for.
            var affiliation = m.Entity.Kind != ActorKind.Person && m.Start > 5 && text.AsSpan(m.Start - 5, 5) is " van " && personEnds.Contains(m.Start - 5);
            if (glued || part || bracket || affiliation) m.Use = ActorMentionUse.Attribute;
        }
    }

    private bool InBracketAfterName(int at)
    {
        if (at < 3) return false;
        var open = text.LastIndexOfAny(['(', ')'], at - 1, Math.Min(at, 60));
        if (open < 2 || text[open] != '(' || text.IndexOf(')', at) is var close && (close < 0 || close - open > 60)) return false;
        return open >= 2 && text[open - 1] == ' ' && personEnds.Contains(open - 1);
    }
}
