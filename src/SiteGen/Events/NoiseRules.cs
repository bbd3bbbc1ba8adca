using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// Sorts out sentences that report no happening, by their form alone (one rule per <see cref="NoiseKind"/>). The
/// rules look at the sentence, whether it ends its paragraph, and whether the text ends with it.
/// </summary>
internal static partial class NoiseRules
{
    private const int MinWords = 3;

    // Made once: a params argument is a new array on every call.
    private static readonly char[] QuestionClosers = ['\'', '"', '’', '”', ')', ' '];

    public static NoiseKind Classify(string sentence, ClauseMap map, bool endsParagraph, bool endOfText,
        IReadOnlySet<string> stopWords, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var s = sentence.Trim();
        if (s.Length == 0) return NoiseKind.Fragment;
        if (ReadAlso().IsMatch(s)) return NoiseKind.ReadAlso;
        if (PostSignature().IsMatch(s)) return NoiseKind.PostSignature;
        if (Caption().IsMatch(s)) return NoiseKind.Caption;
        if (s.TrimEnd(QuestionClosers).EndsWith('?') || IndirectQuestion().IsMatch(s)) return NoiseKind.Question;
        var words = map.Words;
        if (words.Count(w => !w.Numeric) < MinWords) return NoiseKind.Fragment;
        // A piece of a sentence (`74 procent van de natuur …` cut out of a longer one, `en dinsdag in Kiev`).
        if (char.IsLower(s[0])) return NoiseKind.Fragment;
        // A heading, a title or caption line before the body, a text cut off: no end mark where the paragraph ends.
        var ended = EndMark().IsMatch(s);
        if (!ended && (endsParagraph || endOfText)) return NoiseKind.Fragment;
        if (OnlyQuoted(map) || QuoteTail(s)) return NoiseKind.Quote;
        if (IsEmpty(map, stopWords, syntax, dates)) return NoiseKind.Empty;
        if (IsForeign(map, stopWords)) return NoiseKind.Foreign;
        if (IsComment(s, map, syntax)) return NoiseKind.Comment;
        if (NounPhrase(map, stopWords, syntax)) return NoiseKind.Fragment;
        return NoiseKind.None;
    }

    /// <summary>
    /// A credit line on its own (`© Belga.`, `Foto: ANP`, `Beeld Reuters`): the sentence before it in its paragraph is
    /// the caption it credits.
    /// </summary>
    public static bool IsCredit(string sentence)
    {
        var s = sentence.Trim();
        return Caption().IsMatch(s) && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= CreditWords;
    }

    /// <summary>The most words a credit line on its own has (`Foto: Jan de Vries / ANP`).</summary>
    private const int CreditWords = 6;

    /// <summary>The most words a sentence that is only a noun phrase (`Een reconstructie van de onderhandelingen.`) has.</summary>
    private const int NounPhraseWords = 6;

    // A short line that opens with an article and has no word that could be its verb (a listed or weak past form, or a
    // word ending like a present form or participle) is a heading or teaser, not a sentence.
    private static bool NounPhrase(ClauseMap map, IReadOnlySet<string> stopWords, SyntaxWords syntax)
    {
        var words = map.Words;
        if (words.Count > NounPhraseWords || words.Count == 0 || words[0].Lower is not ("een" or "de" or "het")) return false;
        foreach (var w in words)
        {
            if (syntax.IsFinite(w.Lower)) return false;
            if (!w.Capitalized && !stopWords.Contains(w.Lower) && VerbEnding().IsMatch(w.Lower)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"(?:t|d|en)$")]
    private static partial Regex VerbEnding();

    // `Het is een historische dag.`, `En dat was een zware nederlaag voor de premier.`: a pronoun, a copula and a
    // noun phrase judge what was reported, unless a `dat` clause before any comma (`Het is een jaar geleden dat …`)
    // or what follows a colon (`Het was een grote ergernis: …`) says what;
    // `De datum is niet zomaar gekozen.` explains it; `Het verhaal begint in 2019.` frames what follows.
    private static bool IsComment(string s, ClauseMap map, SyntaxWords syntax)
    {
        var comma = s.IndexOf(',');
        if (Verdict().IsMatch(s) && !s.Contains(':') && !map.Subordinates.Any(c => c.Kind == ClauseKind.Complement && (comma < 0 || c.Start < comma)) || StoryFrame().IsMatch(s)
            || Known().IsMatch(s))
            return true;
        var words = map.Words;
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i].Lower == "niet" && syntax.Is("explained", words[i + 1].Lower) && !map.InQuote(words[i].Start)
                && map.SubordinateAt(words[i].Start) is null)
                return true;
        return DeclinesToComment(map, syntax) || SaysOnlyAState(s, map, syntax);
    }

    // `Plasterk wilde niet ingaan op de inhoud van het gesprek.`, `De NAM wil geen commentaar geven.`, `Hij wilde niets
    // kwijt over …`: someone would not say something, which reports no happening.
    private static bool DeclinesToComment(ClauseMap map, SyntaxWords syntax)
    {
        var words = map.Words;
        var stage = 0;
        foreach (var w in words)
        {
            if (map.InQuote(w.Start) || map.SubordinateAt(w.Start) is not null) continue;
            if (stage == 0 && w.Lower is "wil" or "wilde" or "wilden" or "willen") stage = 1;
            else if (stage == 1 && w.Lower is "niet" or "geen" or "niets") stage = 2;
            else if (stage == 2 && syntax.Is("comment-verb", w.Lower)) return true;
        }
        return false;
    }

    // `De commissie zei klaar te zijn voor de onderhandelingen.`, `Rutte benadrukte dat het kabinet open staat voor
    // overleg.`, `In december werd duidelijk dat er zorgen waren.`: a main clause that only says (a statement verb, or
    // a copula with a vague word) what is the case, in a `te` infinitive or a `dat` clause with only stative verbs and
    // no participle. What follows a colon is a clause of its own. `zei dat de raad het plan aannam` reports a happening.
    private static bool SaysOnlyAState(string s, ClauseMap map, SyntaxWords syntax)
    {
        var colon = s.IndexOfAny([':', ';']);
        var end = colon < 0 ? s.Length : colon;
        var words = map.Words;
        bool says = false, vague = false, copula = false, stativeInfinitive = false;
        for (var i = 0; i < words.Count && words[i].Start < end; i++)
        {
            var w = words[i];
            if (!map.InMainClause(w.Start)) continue;
            var afterTe = i > 0 && words[i - 1].Lower == "te";
            if (afterTe)
            {
                if (!syntax.Is("stative", w.Lower)) return false;
                stativeInfinitive = true;
                continue;
            }
            if (syntax.Is("statement", w.Lower)) says = true;
            else if (syntax.Is("copula", w.Lower)) copula = true;
            else if (!w.Capitalized && !StateClause.AfterArticle(words, i) && (syntax.IsFinite(w.Lower) || StateClause.LooksLikeParticiple(w.Lower)))
                return false;
            if (syntax.Is("vague", w.Lower)) vague = true;
        }
        if (!says && !(copula && vague)) return false;
        if (stativeInfinitive) return true;
        var complements = map.Subordinates.Where(c => c.Kind == ClauseKind.Complement && c.Start < end).ToList();
        return complements.Count > 0 && complements.All(c => StateClause.Holds(map, syntax, w => w.Start >= c.Start && w.End <= c.End
            && map.SubordinateAt(w.Start) == c, "stative"));
    }

    /// <summary>A sentence this long says something in any language; below it the share of function words is chance.</summary>
    private const int ForeignMinWords = 7;

    // A sentence of the site's language is about a third function words (its stop words); one with hardly any is in
    // another language (`The council has agreed that it will …`), whatever dates it holds.
    private static bool IsForeign(ClauseMap map, IReadOnlySet<string> stopWords)
    {
        int words = 0, hits = 0;
        foreach (var w in map.Words)
        {
            if (w.Numeric) continue;
            words++;
            if (stopWords.Contains(w.Lower)) hits++;
        }
        return words >= ForeignMinWords && hits * 12 < words;
    }

    // Everything but punctuation lies inside quotes: no one in the sentence says it.
    private static bool OnlyQuoted(ClauseMap map)
    {
        foreach (var w in map.Words)
            if (!map.InQuote(w.Start)) return false;
        return map.Words.Count > 0;
    }

    /// <summary>The most words after a quotation that only say who spoke it (`, aldus staatssecretaris Van Veldhoven.`).</summary>
    private const int SpeakerWords = 8;

    /// <summary>
    /// `"We nemen de zaak heel serieus", aldus de staatssecretaris.`: a quotation and only who said it, with no date
    /// of its own. After the lead it is a reaction to the news, no lead itself (<see cref="LeadChooser"/>); an article
    /// may open with one when its first lines were not scraped, and dated (`…", zei de minister dinsdag.`) it reports.
    /// </summary>
    public static bool SpokenQuote(ClauseMap map, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var words = map.Words;
        if (dates.Count > 0 || words.Count == 0 || !map.InQuote(words[0].Start)) return false;
        var first = 0;
        while (first < words.Count && map.InQuote(words[first].Start)) first++;
        if (first == words.Count || words.Count - first > SpeakerWords) return false;
        for (var i = first; i < words.Count; i++)
            if (map.InQuote(words[i].Start)) return false;
        return words[first].Lower == "aldus" || syntax.Is("statement", words[first].Lower);
    }

    /// <summary>
    /// A quotation with its speaker (`„Het zal lang duren”, zei Rutte woensdag.`, also when the quotation opened in an
    /// earlier sentence): what someone said about the news, dated by when it was said, not the news itself.
    /// </summary>
    public static bool QuotedWithSpeaker(ClauseMap map, SyntaxWords syntax)
    {
        var words = map.Words;
        if (words.Count > 0 && map.InQuote(words[0].Start)) return true;
        foreach (Match m in SpeakerAfterQuote().Matches(map.Text))
        {
            var verb = m.Groups[1].Value.ToLowerInvariant();
            if (verb == "aldus" || syntax.Is("statement", verb)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"[""”’]\s*,\s*(\p{L}+)")]
    private static partial Regex SpeakerAfterQuote();

    // The last sentence of a quotation opened in an earlier one (`Het zal echt lang duren.”`): its one quote mark
    // closes the sentence, so no one in it says it. `…”, zegt Remkes.` has its speaker after the mark.
    public static bool QuoteTail(string s)
    {
        var marks = 0;
        foreach (var c in s)
            if (c is '"' or '“' or '”' or '„') marks++;
        return marks == 1 && QuoteAtEnd().IsMatch(s);
    }

    [GeneratedRegex(@"[""”][.!]?$|[.!][""”]$")]
    private static partial Regex QuoteAtEnd();

    // No content word (four letters or more, no stop word, no vague word, no date) beyond one, no name, no number.
    private static bool IsEmpty(ClauseMap map, IReadOnlySet<string> stopWords, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var content = 0;
        var nounPhrases = 0;
        var demonstrative = 0;
        var adverbs = 0;
        for (var i = 0; i < map.Words.Count; i++)
        {
            var w = map.Words[i];
            if (InDate(w.Start, dates)) continue;
            if (w.Lower is "de" or "het" or "een") nounPhrases++;
            if (w.Numeric || w.Capitalized && i > 0) return false;
            if (w.Lower.Length < 4 || stopWords.Contains(w.Lower) || syntax.Is("vague", w.Lower) || syntax.Is("modal", w.Lower)) continue;
            if (syntax.Is("adverb", w.Lower))
            {
                adverbs++;
                continue;
            }
            // `Woensdag vervloog die hoop weer.`: a noun after a demonstrative names what an earlier sentence said; with
            // no other noun phrase in the sentence (`Dat besluit nam het kabinet in juni.` has one) it adds nothing,
            // and neither do the adverbs around it (`weer`, `alsnog`).
            if (i > 0 && map.Words[i - 1].Lower is "die" or "deze" or "dat" or "dit")
            {
                demonstrative++;
                continue;
            }
            content++;
        }
        return content + (nounPhrases > 0 || demonstrative == 0 ? demonstrative + adverbs : 0) <= 1;
    }

    private static bool InDate(int at, IReadOnlyList<(int Start, int End)> dates)
    {
        foreach (var (start, end) in dates)
            if (at >= start && at < end) return true;
        return false;
    }

    [GeneratedRegex(@"^(?:(?:En|Maar) )?(?:[Hh]et|[Dd]at|[Dd]it) (?:is|was) (?:een|geen) ")]
    private static partial Regex Verdict();

    // `Het is niemand ontgaan dat …`, `Het is geen geheim dat …`: what the `dat` clause says is presented as known, the
    // background the article starts from, not its news.
    [GeneratedRegex(@"^(?:(?:En|Maar) )?(?:Het|Dat) (?:is|was) (?:(?:ook|inmiddels|al lang|allang) )?(?:niemand (?:\p{L}+ )?ontgaan|geen geheim|algemeen bekend)\b")]
    private static partial Regex Known();

    // `Het verhaal begint in 2019.`, `Het begon allemaal met een brief.`: a reconstruction announces its first step.
    [GeneratedRegex(@"^(?:(?:Het|Dit|Ons) verhaal (?:begint|begon|start|startte)|Het (?:begint|begon) allemaal)\b")]
    private static partial Regex StoryFrame();

    // `Hoe het zover kwam, is te lezen in …`, `Waarom de minister aftrad, blijft onduidelijk.`: the sentence is about a
    // question, not a happening. Not `Hoe dan ook, …`.
    [GeneratedRegex(@"^(?:Hoe|Waarom|Wanneer) (?!dan ook\b|het ook zij\b)[^,.!?]{3,}, \p{Ll}")]
    private static partial Regex IndirectQuestion();

    [GeneratedRegex(@"^(?:Lees|Luister|Kijk|Bekijk|Zie|Volg|Download|Abonneer)\b(?:\s+(?:ook|meer|hier|terug|verder|het|de|ons|onze|alles|mee|live)\b|\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"\(@\w+\)|pic\.twitter\.com|^[—–]\s*\p{Lu}[^.!?]{0,60}\d{4}\.?$")]
    private static partial Regex PostSignature();

    [GeneratedRegex(@"(?:^(?:Foto|Foto's|Beeld|Video|Illustratie)\s*[:|]|\b(?:Foto|Foto's|Beeld|Video|Bron)\s*:?\s*(?:ANP|AFP|AP|EPA|Reuters|Belga|BELGA|Getty(?: Images)?|Hollandse Hoogte|Photo News|ImageSelect|\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){0,3})(?:\s*/\s*[\p{L} ]+)?\.?$|©)")]
    private static partial Regex Caption();

    [GeneratedRegex(@"[.!?…][\s'""’”)»]*$|[.!?…]['""’”»]\s*[,]?\s*$|['""’”»]$")]
    private static partial Regex EndMark();
}
