using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// Puts Dutch clauses in main-clause word order, from word lists alone. Two cases: a main clause whose opening date
/// left the text starts with its finite verb (`stelde Peking een vredesplan voor` → `Peking stelde een vredesplan
/// voor`), and a subordinate clause that reports a happening of its own (`nadat de Raad van State in 2019 oordeelde` →
/// `De Raad van State oordeelde`, `beloftes die het Westen in 1991 deed` → `Het Westen deed beloftes`). A subject is
/// a pronoun, a name (with `van`, `de` … and `en` another name), or an article or numeral with the words up to a
/// preposition, adverb, verb or new article. When no subject is found the rewrite gives null and the caller keeps
/// what it had: a wrong order is worse than none.
/// </summary>
internal sealed partial class ClauseRewriter(EventLexicon lexicon)
{
    private const int MaxSubjectWords = 9;

    private SyntaxWords Syntax => lexicon.Syntax;

    /// <summary>`vond het plan al steun` → `Het plan vond al steun`; null when the subject after the verb is not clear.</summary>
    public string? SubjectFirst(string clause)
    {
        var words = SentenceWord.Of(clause);
        if (words.Count < 3 || words[0].Start > 2) return null;
        var verb = words[0];
        if (Syntax.Is("subject", verb.Lower) || Syntax.Is("preposition", verb.Lower) || Syntax.Is("adverb", verb.Lower) || verb.Numeric)
            return null;
        var end = SubjectEnd(words, 1, clause);
        if (end <= 1) return null;
        // `zijn koning X, koningin Y en premier Z aanwezig`: a list the subject rule cannot read whole.
        if (clause.AsSpan(words[end - 1].End).TrimStart(' ').StartsWith(",")) return null;
        var subject = clause[words[1].Start..words[end - 1].End];
        var rest = clause[words[end - 1].End..];
        return Capitalize(subject) + " " + clause[verb.Start..verb.End].ToLowerInvariant() + rest;
    }

    /// <summary>
    /// The subordinate clause <paramref name="clause"/> of <paramref name="map"/> as a main clause, without the date at
    /// <paramref name="date"/>; null when its subject or finite verb cannot be told.
    /// </summary>
    public string? MainClause(ClauseMap map, Clause clause, (int Start, int End) date) => MainClause(map, clause, date, []);

    /// <param name="others">The clause's other dates: written absolutely where the text has them relative.</param>
    public string? MainClause(ClauseMap map, Clause clause, (int Start, int End) date, IReadOnlyList<DateInText> others)
    {
        var s = map.Text;
        var words = map.Words;
        var opener = IndexOf(words, clause.Start);
        if (opener < 0 || opener + 1 >= words.Count || clause.Kind is ClauseKind.Conditional or ClauseKind.Purpose) return null;
        if (clause.Opener.StartsWith("waar", StringComparison.Ordinal)) return null;
        // The subject follows the opener and whatever adverbs and date stand before it (`die vier jaar geleden …`).
        var first = opener + 1;
        while (first < words.Count && words[first].Start < clause.End && (InDate(words[first], date) || Syntax.Is("adverb", words[first].Lower)
            || Syntax.Is("date-preposition", words[first].Lower) && first + 1 < words.Count && InDate(words[first + 1], date)))
            first++;
        if (first >= words.Count || words[first].Start >= clause.End) return null;
        string subject;
        string? obj = null;
        int bodyFrom;
        if (clause.Kind == ClauseKind.Relative)
        {
            var antecedent = Antecedent(map, opener);
            if (antecedent is null) return null;
            var objectRelative = words[first].Lower != "er" && StartsSubject(words, first);
            if (objectRelative)
            {
                var end = BeforeDate(words, first, SubjectEnd(words, first, s), date);
                if (end <= first) return null;
                (subject, obj, bodyFrom) = (s[words[first].Start..words[end - 1].End], antecedent, end);
            }
            else (subject, bodyFrom) = (antecedent, opener + 1);
        }
        else
        {
            var end = BeforeDate(words, first, SubjectEnd(words, first, s), date);
            if (end <= first)
            {
                // `het toestel dat op 17 juli neerstortte`: no subject after `dat`, and a neuter noun before it, so `dat`
                // is the relative pronoun and the noun the subject.
                if (NeuterAntecedent(map, clause, opener) is not { } antecedent) return null;
                (subject, bodyFrom) = (antecedent, opener + 1);
            }
            else (subject, bodyFrom) = (s[words[first].Start..words[end - 1].End], end);
            // `May kondigde aan dat ze ontslag neemt`: the pronoun is the main clause's subject.
            if (end == first + 1 && words[first].Lower is "hij" or "zij" or "ze" && MainSubject(map) is { } main) subject = main;
        }
        // The clause's own words end where a clause nested in it begins; failing a verb there, they run on to the end
        // of the sentence (`die het Westen in 1991, na de val van de Sovjet-Unie, deed`).
        var nested = map.Subordinates.Where(c => c.Start > clause.Start && c.Start < clause.End).Select(c => c.Start).DefaultIfEmpty(clause.End).Min();
        var finite = FiniteIn(words, bodyFrom, nested);
        var tailEnd = clause.End;
        if (finite < 0)
        {
            // Only a verb that ends the sentence closes a clause interrupted by a parenthesis.
            finite = FiniteIn(words, bodyFrom, s.Length);
            tailEnd = s.Length;
            if (finite != words.Count - 1) return null;
        }
        if (finite < 0) return null;
        var body = new List<string>();
        for (var i = bodyFrom; i < words.Count && words[i].End <= tailEnd; i++)
        {
            if (i == finite || InDate(words[i], date)) continue;
            if (Syntax.Is("date-preposition", words[i].Lower) && i + 1 < words.Count && InDate(words[i + 1], date)) continue;
            if (others.FirstOrDefault(d => words[i].Start >= d.Start && words[i].Start < d.End) is { } other
                && !s.AsSpan(other.Start, other.End - other.Start).ContainsAny("0123456789"))
            {
                // `maandag in Moskou … en dinsdag in Kiev`: the other day, written out.
                if (words[i].Start == other.Start || i == 0 || words[i - 1].Start < other.Start)
                {
                    var prepositioned = i > 0 && (Syntax.Is("preposition", words[i - 1].Lower) || Syntax.Is("time-noun", words[i - 1].Lower));
                    if (DatePhrase.Of(other.Value, other.Mod, !prepositioned) is { } phrase) body.Add(phrase + " ");
                    else body.Add(Piece(s, words, i, tailEnd));
                }
                continue;
            }
            body.Add(Piece(s, words, i, tailEnd));
        }
        var verb = s[words[finite].Start..words[finite].End];
        // `dat de raad het plan aannam` → `De raad nam het plan aan`: the particle of a separable verb goes last.
        if (Separable(words[finite]) is { } split)
        {
            verb = split.Verb;
            body.Add(split.Particle);
        }
        var text = Capitalize(subject) + " " + verb + (obj is null ? "" : " " + obj) + " " + string.Concat(body);
        return Spaces().Replace(text, " ").Trim().TrimEnd(',', ';', ':', ' ');
    }

    /// <summary>The subject that opens the sentence, when it opens with one (not a pronoun).</summary>
    private string? MainSubject(ClauseMap map)
    {
        var words = map.Words;
        // `BIRMINGHAM - De Britse premier … zei dat ze …`: the subject comes after the dateline.
        var label = GluedLabel.LengthAt(map.Text);
        var first = 0;
        while (first < words.Count && words[first].Start < label) first++;
        if (first >= words.Count || map.SubordinateAt(words[first].Start) is not null || Syntax.Is("pronoun", words[first].Lower)) return null;
        var end = SubjectEnd(words, first, map.Text);
        return end > first ? map.Text[words[first].Start..words[end - 1].End] : null;
    }

    // A word with the punctuation that follows it up to the next word (commas and brackets stay where they were).
    private static string Piece(string s, IReadOnlyList<SentenceWord> words, int i, int end)
    {
        var next = i + 1 < words.Count ? Math.Min(words[i + 1].Start, end) : end;
        var from = words[i].Start;
        // Punctuation opening this word (`‘onbegrensd`) belongs to it.
        while (from > 0 && (s[from - 1] is '\'' or '‘' or '"' or '“' or '„' or '(')) from--;
        var to = next;
        while (to > words[i].End && (s[to - 1] is '\'' or '‘' or '"' or '“' or '„' or '(')) to--;
        return s[from..Math.Max(from, to)].TrimEnd() + " ";
    }

    private static bool InDate(SentenceWord w, (int Start, int End) date) => w.Start >= date.Start && w.Start < date.End;

    // A subject ends before the clause's date (`die de toezichthouder gisteren oplegde`).
    private static int BeforeDate(IReadOnlyList<SentenceWord> words, int first, int end, (int Start, int End) date)
    {
        for (var k = first; k < end; k++)
            if (InDate(words[k], date)) return k;
        return end;
    }

    /// <summary>
    /// A finite verb written with its particle (`aannam`, `oplegde`, `neerstortte`) as the particle and the finite
    /// form (`nam`, `legde`, `stortte`); null when it is not one. Latinate verbs in -eren (`informeerde`) and the listed
    /// inseparable ones (`voorspelde`) have no particle; the listed separable ones split at a particle that as often
    /// starts an inseparable verb (`overnam`: `nam … over`, but `overleed`).
    /// </summary>
    private (string Verb, string Particle)? Separable(SentenceWord w)
    {
        if (w.Capitalized || Syntax.Is("inseparable", w.Lower)) return null;
        var lower = w.Lower;
        var listed = Syntax.Is("separable", lower);
        for (var n = Math.Min(lower.Length - 3, 7); n >= 2; n--)
        {
            var (particle, rest) = (lower[..n], lower[n..]);
            if (!Syntax.Is("particle", particle) && !listed || rest.Contains("eerd", StringComparison.Ordinal) || rest.EndsWith("eert", StringComparison.Ordinal)) continue;
            if (IsFinite(rest) && !Participle(rest)) return (rest, particle);
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<SentenceWord> words, int start)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i].Start == start) return i;
        return -1;
    }

    /// <summary>
    /// The finite verb of a subordinate clause's words [from, end): of its verb forms, the last listed one that does
    /// not end in -en (`zal` in `zal hebben`, `had` in `gepleegd had`), else the last listed plural (`sloten`,
    /// `werden` in `werden teruggevonden`), else the last regular past form that is no participle; -1 when none.
    /// </summary>
    private int FiniteIn(IReadOnlyList<SentenceWord> words, int from, int end)
    {
        var (listed, pattern, plural) = (-1, -1, -1);
        for (var i = from; i < words.Count && words[i].End <= end; i++)
        {
            var w = words[i];
            if (w.Capitalized || w.Numeric) continue;
            var en = w.Lower.EndsWith("en", StringComparison.Ordinal);
            if (IsFinite(w.Lower, listedOnly: true))
            {
                if (en) plural = i;
                else listed = i;
            }
            else if (IsFinite(w.Lower) && !Participle(w.Lower)) pattern = i;
        }
        return listed >= 0 ? listed : plural >= 0 ? plural : pattern;
    }

    // A listed finite form, or a regular past singular (`maakte`): a plural in -den/-ten is as often a noun (`vluchten`).
    private bool SingularPast(string lower) =>
        IsFinite(lower, listedOnly: true) || IsFinite(lower) && !Participle(lower) && !lower.EndsWith("en", StringComparison.Ordinal);

    // `teruggevonden`, `gepleegd`: `ge` near the start of a word ending like a past form.
    private static bool Participle(string lower)
    {
        var ge = lower.IndexOf("ge", StringComparison.Ordinal);
        return ge is >= 0 and <= 6 && lower.Length > ge + 4;
    }

    public bool IsFinite(string lower, bool listedOnly = false) => Syntax.IsFinite(lower, listedOnly);

    private bool StartsSubject(IReadOnlyList<SentenceWord> words, int i) =>
        Syntax.Is("subject", words[i].Lower) || words[i].Capitalized || words[i].Numeric || TitledName(words, i);

    // `burgemeester Koen Schuiling`: a function before a name.
    private bool TitledName(IReadOnlyList<SentenceWord> words, int i) =>
        i + 1 < words.Count && !words[i].Capitalized && Syntax.Is("title", words[i].Lower) && words[i + 1].Capitalized
        && words[i + 1].Start == words[i].End + 1;

    /// <summary>The index after the subject that starts at <paramref name="i"/>, or -1.</summary>
    public int SubjectEnd(IReadOnlyList<SentenceWord> words, int i, string text)
    {
        if (i >= words.Count) return -1;
        var w = words[i];
        var limit = Math.Min(words.Count, i + MaxSubjectWords);
        int j;
        if (w.Capitalized && !Syntax.Is("subject", w.Lower)) j = Name(words, i, text);
        else if (TitledName(words, i)) j = Name(words, i + 1, text);
        else if (Syntax.Is("pronoun", w.Lower) && (w.Lower != "het" || i + 1 >= words.Count || Ends(words[i + 1]) || Joined(text, w, words[i + 1]) is false))
            j = i + 1;
        else if (Syntax.Is("subject", w.Lower) || w.Numeric)
        {
            j = i + 1;
            var nouns = 0;
            // After its noun a phrase ends at a verb form too (`de burgemeester maakte`).
            while (j < limit && Joined(text, words[j - 1], words[j]) && !Ends(words[j]) && !(nouns > 0 && Syntax.Is("subject", words[j].Lower) && !words[j].Numeric)
                && !(nouns > 0 && !words[j].Capitalized && SingularPast(words[j].Lower)))
            {
                if (words[j].Capitalized) j = Name(words, j, text);
                else
                {
                    nouns++;
                    j++;
                }
                if (words[j - 1].Capitalized) nouns++;
            }
            if (nouns == 0) return -1;
            // `de krimp van Schiphol`, `een nieuwe brief van A4A`: a `van` phrase with a name stays with its noun;
            // so does one with an article after a common noun (`een bericht van de NOS`, `een meerderheid van de Britten`).
            if (j + 1 < words.Count && words[j].Lower == "van" && words[j + 1].Capitalized && Joined(text, words[j - 1], words[j]))
                j = Name(words, j + 1, text);
            else if (j + 2 < words.Count && words[j].Lower == "van" && !words[j - 1].Capitalized && !words[j - 1].Numeric
                && Syntax.Is("subject", words[j + 1].Lower) && !Syntax.Is("pronoun", words[j + 1].Lower) && Joined(text, words[j - 1], words[j])
                && SubjectEnd(words, j + 1, text) is var more && more > j + 1)
                j = more;
        }
        else return -1;
        // `Poetin en Xi`, `de VS en de EU`: one subject of two.
        if (j + 1 < words.Count && words[j].Lower == "en" && Joined(text, words[j - 1], words[j])
            && (words[j + 1].Capitalized || Syntax.Is("subject", words[j + 1].Lower) && !Syntax.Is("pronoun", words[j + 1].Lower)))
        {
            var more = SubjectEnd(words, j + 1, text);
            if (more > j + 1) return more;
        }
        return j;
    }

    // Names run on through capitalised words and name particles, and through `van` before a capitalised word
    // (`de minister van Landbouw`), and over commas in a list of names (`VVD, D66, CDA en ChristenUnie`).
    private int Name(IReadOnlyList<SentenceWord> words, int i, string text)
    {
        var j = i + 1;
        while (j < words.Count)
        {
            var w = words[j];
            var joined = Joined(text, words[j - 1], w);
            var listed = !joined && text.AsSpan(words[j - 1].End, w.Start - words[j - 1].End).Trim() is ", " or "," && w.Capitalized;
            if (w.Capitalized && (joined || listed)) { j++; continue; }
            if (joined && w.Lower is "van" or "de" or "der" or "den" or "ter" or "ten" && j + 1 < words.Count && words[j + 1].Capitalized
                && Joined(text, w, words[j + 1])) { j += 2; continue; }
            break;
        }
        return j;
    }

    private bool Ends(SentenceWord w) =>
        Syntax.Is("preposition", w.Lower) || Syntax.Is("adverb", w.Lower) || w.Lower is "te" or "en" or "of" or "maar"
        || Syntax.Is("relative", w.Lower) || Syntax.Is("subordinator", w.Lower) || IsFinite(w.Lower, listedOnly: true) && !w.Capitalized;

    // Two words belong to one phrase when only spaces (or a hyphen-less apostrophe) separate them.
    private static bool Joined(string text, SentenceWord a, SentenceWord b) =>
        b.Start >= a.End && (text.AsSpan(a.End, b.Start - a.End).Trim(' ').IsEmpty || DecimalComma(text, a, b));

    // `2,75 miljoen`: a number with a decimal comma is one word.
    private static bool DecimalComma(string text, SentenceWord a, SentenceWord b) =>
        b.Start == a.End + 1 && text[a.End] is ',' or '.' && a.Numeric && b.Numeric;

    // The noun phrase before a `dat` read as a conjunction, when it is a neuter one (`het toestel`, `een akkoord`) and
    // no verb ends it: then the `dat` is a relative pronoun.
    private string? NeuterAntecedent(ClauseMap map, Clause clause, int opener)
    {
        var words = map.Words;
        if (clause.Opener != "dat" || opener < 2 || IsFinite(words[opener - 1].Lower) || words[opener - 1].Capitalized) return null;
        if (Antecedent(map, opener) is not { } phrase) return null;
        var first = phrase.AsSpan().TrimStart();
        var space = first.IndexOf(' ');
        var determiner = (space < 0 ? first : first[..space]).ToString().ToLowerInvariant();
        return determiner is "het" or "een" or "dit" or "dat" ? phrase : null;
    }

    /// <summary>The noun phrase a relative pronoun refers to: the words before it up to an article, a preposition or a verb.</summary>
    private string? Antecedent(ClauseMap map, int pronoun)
    {
        var words = map.Words;
        var s = map.Text;
        var i = pronoun - 1;
        if (i < 0) return null;
        var from = i;
        while (i >= 0 && pronoun - i <= 6)
        {
            var w = words[i];
            if (i < pronoun - 1 && !Joined(s, w, words[i + 1]) && !(words[i + 1].Capitalized && w.Capitalized)) break;
            // `het pact tussen de VS, het VK en Australië dat …`: which of the nouns the clause is about is not clear.
            if (w.Lower is "en" or "of") return null;
            // `de boete van 2,75 miljoen euro die …`: a `van` phrase belongs to the article and noun before it.
            if (w.Lower == "van" && i >= 2 && i < pronoun - 1 && Joined(s, words[i - 1], w) && Joined(s, words[i - 2], words[i - 1])
                && Syntax.Is("subject", words[i - 2].Lower) && !Syntax.Is("pronoun", words[i - 2].Lower) && !words[i - 2].Numeric
                && !Syntax.Is("preposition", words[i - 1].Lower) && !IsFinite(words[i - 1].Lower, listedOnly: true))
            {
                from = i - 2;
                break;
            }
            if (Syntax.Is("preposition", w.Lower) || Syntax.Is("adverb", w.Lower) || w.Lower == "te" || IsFinite(w.Lower, listedOnly: true) && !w.Capitalized && i < pronoun - 1)
                break;
            from = i;
            if (Syntax.Is("subject", w.Lower) && !w.Numeric) break;
            i--;
        }
        var phrase = s[words[from].Start..words[pronoun - 1].End];
        return phrase.Length == 0 || IsFinite(words[pronoun - 1].Lower, listedOnly: true) && !words[pronoun - 1].Capitalized ? null : phrase;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
