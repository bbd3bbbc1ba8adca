using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>Reads body sentences into <see cref="SentenceReading"/>s: one pass over each sentence's words.</summary>
internal sealed class SentenceReader(EventLexicon lexicon)
{
    private SyntaxWords Syntax => lexicon.Syntax;

    /// <param name="matches">Every expression of the article (calendar or not), in text order.</param>
    public SentenceReading Read(string articleText, Sentence s, IReadOnlyList<TemporalMatch> matches, bool endsParagraph, bool endOfText)
    {
        var text = articleText[s.Start..s.End];
        // Loops rather than LINQ: this runs for every sentence of every article, and each lambda over the map or the
        // lexicon was a closure and a delegate per sentence.
        var inside = new List<TemporalMatch>();
        var spans = new List<(int, int)>();
        var calendarSpans = new List<(int, int)>();
        foreach (var m in DateWindow.Inside(matches, s.Start, s.End))
        {
            inside.Add(m);
            spans.Add((m.Start - s.Start, m.End - s.Start));
            if (m.IsCalendarDate) calendarSpans.Add((m.Start - s.Start, m.End - s.Start));
        }
        var map = ClauseMap.Of(text, Syntax, spans);
        var noise = NoiseRules.Classify(text, map, endsParagraph, endOfText, lexicon.StopWords, Syntax, spans);
        var dates = new List<DatedExpression>(calendarSpans.Count);
        foreach (var m in inside)
        {
            if (!m.IsCalendarDate) continue;
            var span = (m.Start - s.Start, m.End - s.Start);
            var own = DateRoles.Own(map, Syntax, span, m.Text, calendarSpans);
            var role = own == DateRole.Governing && map.SubordinateAt(span.Item1) is not null ? DateRole.Subordinate : own;
            dates.Add(new DatedExpression(m, role, own, map.SubordinateAt(span.Item1)));
        }
        var words = map.Words;
        // Which words are in the main clause, found once: the checks below all ask it.
        var inMain = new bool[words.Count];
        var main = new List<SentenceWord>(words.Count);
        var anaphora = false;
        for (var i = 0; i < words.Count; i++)
        {
            anaphora |= lexicon.Anaphora.Contains(words[i].Lower);
            if (!(inMain[i] = map.InMainClause(words[i].Start))) continue;
            main.Add(words[i]);
        }
        var modal = false;
        var scheduled = true;
        foreach (var w in main)
        {
            if (!Syntax.Is("modal", w.Lower)) continue;
            modal = true;
            scheduled &= Syntax.Is("scheduled", w.Lower);
        }
        // `Het besluit valt naar verwachting in juni.`: a forecast, like one with `zal`, and no announced day. So is a
        // date guessed at (`mogelijk op 6 april`), and a promise or threat (`beloofde in 2022 te besluiten`).
        for (var i = 0; i < words.Count; i++)
        {
            if (!inMain[i]) continue;
            var forecast = i + 1 < words.Count && words[i].Lower == "naar" && words[i + 1].Lower == "verwachting"
                || Syntax.Is("hedge", words[i].Lower) && DateFollows(words, i + 1, spans);
            if (!forecast && !Syntax.Is("intent", words[i].Lower)) continue;
            modal = true;
            scheduled = false;
        }
        if (!anaphora)
            foreach (var a in lexicon.Anaphora)
                if (a.Contains(' ') && text.Contains(a, StringComparison.OrdinalIgnoreCase)) { anaphora = true; break; }
        // `Als het Lagerhuis …, dan …`, `Keurt de Kamer het niet goed, dan dreigt …`: the main clause says what follows
        // if the condition holds, not what happened.
        var irrealis = false;
        foreach (var w in main) irrealis |= Syntax.Is("irrealis", w.Lower);
        foreach (var c in map.Subordinates) irrealis |= c.Kind == ClauseKind.Conditional && words.Count > 0 && c.Start == words[0].Start;
        // `De dienst had de gegevens in 2014 al moeten wissen.`: what should have happened and did not.
        irrealis |= AuxiliaryThen(main, "counterfactual-auxiliary", w => Syntax.Is("counterfactual", w.Lower));
        // `KLM had … een zaak aangespannen`: a pluperfect auxiliary with a participle later in the main clause.
        var pluperfect = AuxiliaryThen(main, "pluperfect", p => p.Lower.StartsWith("ge", StringComparison.Ordinal) && p.Lower.Length > 5
            || p.Lower.Contains("ge", StringComparison.Ordinal) && p.Lower.EndsWith('d') || StateClause.SeparableParticiple(p.Lower));
        var reading = new SentenceReading(s, text, map, noise, dates, BackReference(map), modal, modal && scheduled, Connective(map), anaphora,
            irrealis, pluperfect, StateClause.HoldsForMain(map, Syntax) || StateToCome(main) || Durative(main));
        var perfect = Perfect(main);
        var past = Past(main);
        return reading with
        {
            NewsDay = reading.Governing is { } governing && NewsDayWords(governing.Match.Text),
            NewsWeek = reading.Governing is { } weekday && TimexValue.PrecisionOf(weekday.Match.Value) < DatePrecision.Day
                && lexicon.WeekdayNamed(weekday.Match.Text) is not null,
            Perfect = perfect,
            PresentPassive = perfect && !past && AuxiliaryThen(main, "present-passive", p => !p.Capitalized && StateClause.LooksLikeParticiple(p.Lower))
                && !main.Any(w => Syntax.Is("auxiliary", w.Lower) && !Syntax.Is("present-passive", w.Lower)),
            Past = past,
            Opinion = !past && !perfect && Opinion(main),
            SpokenQuote = NoiseRules.SpokenQuote(map, Syntax, spans),
            Quoted = NoiseRules.QuotedWithSpeaker(map, Syntax),
        };
    }

    /// <summary>
    /// Whether the words (of one clause) hold a past form (`besloot`, `stemde`, `was`). A word after an article is a
    /// noun, whatever its ending (`de gemeente`, `het oude kantoor`).
    /// </summary>
    public bool Past(List<SentenceWord> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            var w = clause[i].Lower;
            if (lexicon.PresentOf.ContainsKey(w) || Syntax.IsFinite(w) && !Syntax.IsFinite(w, listedOnly: true) && !StateClause.AfterArticle(clause, i))
                return true;
        }
        return false;
    }

    // A verb of opinion (in a clause with no past form or perfect, which the caller checks): a stance, not a report.
    private bool Opinion(List<SentenceWord> main)
    {
        foreach (var w in main)
            if (Syntax.Is("opinion", w.Lower)) return true;
        return false;
    }

    /// <summary>Whether the words (of one clause) hold a perfect or passive: an auxiliary, then a participle (`is aangekomen`).</summary>
    public bool Perfect(List<SentenceWord> clause) => AuxiliaryThen(clause, "auxiliary", p => !p.Capitalized && StateClause.LooksLikeParticiple(p.Lower));

    // A date starts at the word, or after a preposition of dates (`mogelijk op 6 april`).
    private bool DateFollows(IReadOnlyList<SentenceWord> words, int at, List<(int, int)> dates)
    {
        if (at < words.Count && Syntax.Is("date-preposition", words[at].Lower) && !dates.Any(d => d.Item1 == words[at].Start)) at++;
        return at < words.Count && dates.Any(d => d.Item1 == words[at].Start);
    }

    // `Het kantoor komt aan de Zuidas te staan.`: `komt`/`komen` with `te` and a verb of position say where something
    // will be, not what happened. `kwam te overlijden` is past, and `komt` with another infinitive is no state.
    private bool StateToCome(List<SentenceWord> main)
    {
        for (var i = 0; i < main.Count; i++)
        {
            if (main[i].Lower is not ("komt" or "komen")) continue;
            for (var j = i + 1; j + 1 < main.Count; j++)
                if (main[j].Lower == "te" && Syntax.Is("position", main[j + 1].Lower)) return true;
        }
        return false;
    }

    // `De dienst discrimineerde jarenlang ouders met een tweede paspoort.`: what went on for years is how things were,
    // not a happening of a day.
    private bool Durative(List<SentenceWord> main) => main.Any(w => Syntax.Is("durative", w.Lower));

    // An auxiliary of the syntax class with a word after it in the main clause that is its participle.
    private bool AuxiliaryThen(List<SentenceWord> main, string auxiliary, Func<SentenceWord, bool> participle)
    {
        for (var i = 0; i < main.Count; i++)
        {
            if (!Syntax.Is(auxiliary, main[i].Lower)) continue;
            for (var j = i + 1; j < main.Count; j++)
                if (participle(main[j])) return true;
        }
        return false;
    }

    private bool NewsDayWords(string date)
    {
        foreach (var word in date.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (Syntax.Is("news-day", word.ToLowerInvariant())) return true;
        return false;
    }

    // `Dat heeft het ministerie zondag bekendgemaakt.`, `Dat zei Rutte …`, `Dat concludeert het instituut …`: `Dat`/`Dit`
    // and then a verb (one of saying among them), not a subject;
    // or a statement noun that names what the sentence before said (`Die verwachting heeft …`).
    private bool BackReference(ClauseMap map)
    {
        var words = map.Words;
        if (words.Count < 3 || map.InQuote(words[0].Start)) return false;
        if (StatementAttribution(map)) return true;
        if (words[0].Lower is not ("dat" or "dit")) return false;
        if (lexicon.LeadAttributions.Any(a => map.Text.StartsWith(a + " ", StringComparison.OrdinalIgnoreCase))) return true;
        return !Syntax.Is("subject", words[1].Lower) && !words[1].Capitalized && !words[1].Numeric
            && (lexicon.EventVerbs.Contains(words[1].Lower) || Syntax.Is("finite", words[1].Lower) || Syntax.Is("statement", words[1].Lower));
    }

    // `Die verwachting heeft de douane uitgesproken.`, `Tot die conclusie komt de commissie in haar rapport.`: a
    // demonstrative and a statement noun, then the perfect's auxiliary or `komen tot`: who said the sentence before.
    private bool StatementAttribution(ClauseMap map)
    {
        var words = map.Words;
        var at = words[0].Lower == "tot" ? 1 : 0;
        if (words.Count < at + 4 || words[at].Lower is not ("die" or "deze" or "dat" or "dit") || !Syntax.Is("statement-noun", words[at + 1].Lower))
            return false;
        var verb = words[at + 2].Lower;
        return at == 1 ? verb is "komt" or "kwam" or "komen" or "kwamen" : verb is "heeft" or "hebben" or "had" or "hadden";
    }

    // A sentence that leans on the one before it (`Wel moet …`, `Die moeten …`, `Hij zei …`) cannot open an article;
    // `Maar liefst` (`no fewer than`) is no `maar`.
    private bool Connective(ClauseMap map) =>
        map.Words.Count > 0 && Syntax.Is("connective", map.Words[0].Lower)
        && !(map.Words[0].Lower == "maar" && map.Words.Count > 1 && map.Words[1].Lower == "liefst");
}
