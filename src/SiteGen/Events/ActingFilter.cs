namespace SiteGen.Events;

/// <summary>
/// Which mentions act in their clause, and what the back-references of a clause stand for. A mention does not act
/// when it is an attribute (<see cref="ActorMentionUse.Attribute"/>), lies inside quoted speech, follows a place
/// preposition (`in Nederland`, `bij de Raad van State`, also `naar Den Haag en Brussel`), is a country's adjective
/// before anything but an agent noun (`het Nederlandse beleid`), or a metonym (`Brussel`) for an actor the article
/// never names outright.
/// </summary>
internal sealed class ActingFilter(ActorLexicon lexicon, ActorTokens tokens, ActorMention[] mentions, IReadOnlyDictionary<string, ArticleEntity> entities)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "de", "het", "'t", "een", "hun", "zijn", "haar" };

    // Words that may stand between a place preposition and the name: `in heel Nederland`, `in het hele land`.
    private static readonly HashSet<string> PlaceModifiers = new(StringComparer.OrdinalIgnoreCase)
        { "de", "het", "'t", "heel", "hele", "geheel", "gehele", "ons", "onze", "noordelijk", "zuidelijk", "oostelijk", "westelijk" };

    // Photo and source credits: `Beeld ANP`, `Foto: Reuters`.
    private static readonly HashSet<string> Credits = new(StringComparer.OrdinalIgnoreCase) { "beeld", "foto", "foto's", "bron", "video", "illustratie" };

    private const string Head = "head";

    private readonly HashSet<string> bodyHeads = entities.Values
        .Where(e => e.Kind is ActorKind.Organisation or ActorKind.Institution && e.Name.Contains(' '))
        .Select(e => e.Name[..e.Name.IndexOf(' ')].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> namedOutright = [.. mentions.Where(m => m.Use is not ActorMentionUse.Capital).Select(m => m.ActorId)];

    public IEnumerable<ActorMention> Filter(IReadOnlyList<ActorMention> selected, bool countOnly)
    {
        var allQuoted = !countOnly && selected.Count > 0 && selected.All(m => Token(m) is { } k && tokens.Tokens[k].Quoted);
        ActorMention? previousPlace = null;
        foreach (var m in selected)
        {
            if (Token(m) is not { } k) continue;
            if (m.Use is ActorMentionUse.Attribute && !OpensSubjectCompound(m, k) || AfterCredit(k)) continue;
            if (tokens.Tokens[k].Quoted && !allQuoted) continue;
            if (AfterPlacePreposition(k) || (previousPlace is not null && CoordinatedWith(previousPlace, k)))
            {
                previousPlace = m;
                continue;
            }
            if (m.Use is ActorMentionUse.Adjective && !BeforeAgent(m)) continue;
            // `het Verdrag van Lissabon`, `de premier van Ierland`: a country after `van` belongs to something else.
            if (k > 0 && tokens.Adjacent(k) && tokens.Value(k - 1) == "van" && entities.TryGetValue(m.ActorId, out var owner) && owner.Kind == ActorKind.Country)
                continue;
            if (m.Use is ActorMentionUse.Capital && !namedOutright.Contains(m.ActorId) && entities.TryGetValue(m.ActorId, out var e) && e.Kind != ActorKind.Country)
                continue;
            yield return m;
        }
    }

    /// <summary>`hij`, `zij`, `de minister` … in [start, end), each resolved to the one fitting actor named before it in its paragraph.</summary>
    public IEnumerable<ActorMention> References(int start, int end)
    {
        var t = tokens.Tokens;
        for (var k = tokens.IndexAt(start); k < t.Length && t[k].End <= end; k++)
        {
            if (t[k].Quoted) continue;
            var word = tokens.Value(k).ToLowerInvariant();
            var last = k;
            if (!lexicon.References.TryGetValue(word, out var fits))
            {
                if (k + 1 >= t.Length || !tokens.Adjacent(k + 1) || !Determiners.Contains(word)) continue;
                // `het EU-agentschap` refers as `het agentschap` does.
                var noun = tokens.Value(k + 1).ToLowerInvariant();
                if (!lexicon.References.TryGetValue(word + " " + noun, out fits)
                    && !lexicon.References.TryGetValue(word + " " + noun[(noun.LastIndexOf('-') + 1)..], out fits))
                {
                    // `de omgevingsdienst` after `de Omgevingsdienst Noordzeekanaalgebied`: the first word of a body's name.
                    if (!bodyHeads.Contains(noun)) continue;
                    fits = Head;
                }
                last = k + 1;
                // `de minister van Landbouw Henk Staghouwer` names its person: no reference.
                if (last + 1 < t.Length && tokens.Adjacent(last + 1) && (t[last + 1].Capital || tokens.Value(last + 1) is "van" or "voor")) continue;
            }
            if (k > 0 && tokens.Adjacent(k) && lexicon.PlacePrepositions.Contains(tokens.Value(k - 1))) continue;
            // `Zij ontvingen`, `zij hebben`: a plural verb after `zij` makes it `they`.
            if (word == "zij" && k + 1 < t.Length && tokens.Adjacent(k + 1) && tokens.Span(k + 1).EndsWith("en", StringComparison.Ordinal)) continue;
            var head = tokens.Value(last).ToLowerInvariant();
            if (Resolve(k, fits, head[(head.LastIndexOf('-') + 1)..]) is { } id)
                yield return new ActorMention(t[k].Start, t[last].End, id, null, ActorMentionUse.Reference);
            k = last;
        }
    }

    private string? Resolve(int reference, string fits, string noun)
    {
        var t = tokens.Tokens;
        var paragraph = t[reference].Paragraph;
        var at = t[reference].Start;
        // Walk back through the paragraph sentence by sentence; the nearest sentence with fitting actors decides.
        var sentence = -1;
        var candidates = new List<string>();
        for (var i = LastBefore(at); i >= 0; i--)
        {
            var m = mentions[i];
            if (Token(m) is not { } k || t[k].Paragraph != paragraph) break;
            if (sentence >= 0 && t[k].Sentence != sentence) break;
            if (m.Use is ActorMentionUse.Attribute || t[k].Quoted || !entities.TryGetValue(m.ActorId, out var e) || !e.Confirmed) continue;
            if (!Fits(e, fits, noun)) continue;
            sentence = t[k].Sentence;
            if (!candidates.Contains(m.ActorId)) candidates.Add(m.ActorId);
        }
        // Several of the kind: the one whose name holds the noun (`het agentschap`: the Geneesmiddelenagentschap).
        if (candidates.Count > 1 && fits is not ("person" or "person:m" or "person:f" or "role" or Head))
            candidates = [.. candidates.Where(c => entities[c].Name.Contains(noun, StringComparison.OrdinalIgnoreCase))];
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool Fits(ArticleEntity e, string fits, string noun) => fits switch
    {
        "person" => e.Kind == ActorKind.Person,
        "person:m" => e.Kind == ActorKind.Person && e.Gender != 'f',
        "person:f" => e.Kind == ActorKind.Person && e.Gender != 'm',
        "role" => e.Kind == ActorKind.Person && e.Roles.Any(r => r.Contains(noun, StringComparison.OrdinalIgnoreCase)),
        Head => e.Name.StartsWith(noun + " ", StringComparison.OrdinalIgnoreCase),
        _ => Enum.TryParse<ActorKind>(fits, out var kind) && e.Kind == kind
             && (kind != ActorKind.Institution || noun is not ("ministerie" or "departement") || e.Name.StartsWith("ministerie", StringComparison.OrdinalIgnoreCase)),
    };

    private int LastBefore(int position) => SortedSpans.FirstAtOrAfter(mentions, position, static m => m.Start) - 1;

    private int? Token(ActorMention m)
    {
        var k = tokens.IndexAt(m.Start);
        if (k < tokens.Tokens.Length && tokens.Tokens[k].Start == m.Start) return k;
        // A mention inside a hyphenated token (`kabinet-Rutte`): the token that holds it.
        return k > 0 && tokens.Tokens[k - 1].End > m.Start ? k - 1 : null;
    }

    // `in Nederland`, `bij de Raad van State`, `naar het Binnenhof`: a preposition, maybe a determiner, then the name.
    // `tussen` after a noun of an agreement, talks or a conflict (`het verdrag tussen Japan en …`) names its parties.
    private bool AfterPlacePreposition(int k)
    {
        var j = k - 1;
        for (var n = 0; n < 2 && j >= 0 && tokens.Adjacent(j + 1) && PlaceModifiers.Contains(tokens.Value(j)); n++) j--;
        if (j < 0 || !tokens.Adjacent(j + 1) || !lexicon.PlacePrepositions.Contains(tokens.Value(j))) return false;
        return !(tokens.Value(j).Equals("tussen", StringComparison.OrdinalIgnoreCase) && j > 0 && tokens.Adjacent(j)
                 && lexicon.Relations.Matches(tokens.Span(j - 1)));
    }

    // `De NAVO-top werd in Madrid gehouden`, `In 2021 werd het Aukus-pact gesloten`: a body or country opening a
    // compound that is the clause's subject acts through it, unless the compound names a person (`D66-Kamerlid`,
    // `NAVO-chef`). Subject here: the compound (after its article) opens the sentence or a subordinate clause, or
    // follows the finite verb of a sentence whose opening adverbial names nobody (`Vorig jaar werd het …`).
    private bool OpensSubjectCompound(ActorMention m, int k)
    {
        var t = tokens.Tokens;
        if (m.Start != t[k].Start || m.End + 1 >= t[k].End || tokens.Text[m.End] != '-' || !char.IsLower(tokens.Text[m.End + 1])) return false;
        if (!entities.TryGetValue(m.ActorId, out var e) || e.Kind is ActorKind.Person or ActorKind.Other) return false;
        if (lexicon.IsRoleCue(tokens.Text.AsSpan(m.End + 1, t[k].End - m.End - 1))) return false;
        var j = k - 1;
        if (j >= 0 && t[j].Sentence == t[k].Sentence && tokens.Adjacent(k) && Determiners.Contains(tokens.Value(j))) j--;
        if (j < 0 || t[j].Sentence != t[k].Sentence) return true;
        if (!tokens.Adjacent(j + 1) || t[j].Capital) return false;
        var word = tokens.Value(j);
        if (lexicon.Syntax.Is("subordinator", word)) return true;
        if (!lexicon.Syntax.IsFinite(word) || lexicon.Syntax.Is("preposition", word)) return false;
        // Before the verb only a fronted adverbial: no name, no noun phrase or pronoun that would be the subject.
        for (var i = j - 1; i >= 0 && t[i].Sentence == t[k].Sentence; i--)
        {
            var before = tokens.Value(i).ToLowerInvariant();
            if (t[i].Capital && !t[i].SentenceStart || lexicon.Syntax.Is("subject", before) && !char.IsDigit(before[0])) return false;
            if (LastBefore(t[i].End) is var n and >= 0 && mentions[n].End > t[i].Start
                && (!entities.TryGetValue(mentions[n].ActorId, out var named) || named.Confirmed)) return false;
        }
        return true;
    }

    // `Beeld ANP`, `Foto: Reuters`, `Beeld Raymond Rutting / de Volkskrant`: a credit, counting back over the names
    // and slashes of the credit line.
    private bool AfterCredit(int k)
    {
        var t = tokens.Tokens;
        // `Gedupeerden bij het Kamergebouw - ANP`, `© Belga`: the last name of a line after a dash, a slash or a copyright sign.
        if (k > 0 && tokens.GapBefore(k).Trim() is "-" or "–" or "©" or "/" && EndsLine(t[k].Start + t[k].Length)) return true;
        for (var j = k - 1; j >= 0 && k - j <= 6 && t[j].Sentence == t[k].Sentence; j--)
        {
            if (Credits.Contains(tokens.Value(j)) && t[j].Capital) return true;
            if (!t[j].Capital && !Determiners.Contains(tokens.Value(j)) && !lexicon.Particles.Contains(tokens.Value(j))) return false;
        }
        return false;
    }

    private bool EndsLine(int end)
    {
        var text = tokens.Text;
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00a0' or '.') i++;
        return i == text.Length || text[i] is '\n' or '\r';
    }

    // `naar Den Haag en Brussel`, `In Londen (60 procent), Schotland (62 procent) en …`: a name joined by `en`, `of`
    // or a comma to a place named just before, a bracket between them left out.
    private bool CoordinatedWith(ActorMention place, int k)
    {
        var gap = tokens.Text[place.End..Math.Max(place.End, tokens.Tokens[k].Start)];
        var open = gap.IndexOf('(');
        var close = gap.IndexOf(')');
        if (open >= 0 && close > open) gap = gap[..open] + gap[(close + 1)..];
        return gap.Trim() is "," or "en" or "of" or "en de" or "en het" or ", de" or ", het";
    }

    // `de Britse regering`, `Russische troepen`, `de Amerikaanse president` (when no name follows the role).
    private bool BeforeAgent(ActorMention m)
    {
        var k = tokens.IndexAt(m.End);
        var t = tokens.Tokens;
        if (k >= t.Length || !tokens.Adjacent(k) || t[k].Capital) return false;
        if (!lexicon.IsAgent(tokens.Span(k))) return false;
        return !(k + 1 < t.Length && tokens.Adjacent(k + 1) && t[k + 1].Capital);
    }
}
