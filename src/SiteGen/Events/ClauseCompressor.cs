using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Cleaning;
using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// Turns a sentence into a short event text. The event's own date leaves the text (the timeline shows it) when it is
/// an adverbial the sentence reads well without: with its preposition (`in oktober`), or with its whole phrase
/// (`in de nacht van zondag op maandag`); a date that opened the sentence takes its place with the subject, so the
/// finite verb stays second (`In 2024 besloot het kabinet …` → `Het kabinet besloot …`). A date that cannot leave
/// without a hole stays, written absolutely when the text had it relative (`vorig jaar` → `2023`); so do other
/// relative dates, and time adverbs that only make sense on the day of writing (`nu`) leave. Then attributions go
/// (`, zo meldden …`, `Volgens …,`), clauses after the date are cut at strong breaks, the text is shortened to about
/// <see cref="MaxLength"/> characters at clause boundaries (never mid-word, never inside quotes or brackets), and past
/// forms of the main clause are put in the present (never in a subordinate clause, where the tense is relative to
/// the main verb, nor in quotes).
/// </summary>
public sealed partial class ClauseCompressor(EventLexicon lexicon)
{
    /// <summary>What a shortened text aims at.</summary>
    public const int MaxLength = 120;

    /// <summary>Texts up to this length are left whole: cutting `en Australië` off to save a few characters loses more than it gains.</summary>
    public const int Tolerance = 130;

    private const int MinWords = 3;

    private readonly ClauseRewriter rewriter = new(lexicon);

    public EventLexicon Lexicon { get; } = lexicon;

    private SyntaxWords Syntax => Lexicon.Syntax;

    /// <summary>Compresses <paramref name="sentence"/>; the date at [timexStart, timexEnd) (relative, -1 for none) is what the text must keep around.</summary>
    public string Compress(string sentence, int timexStart = -1, int timexEnd = -1) =>
        Compress(sentence, timexStart < 0 ? null : new DateInText(timexStart, timexEnd, "", TimexMod.None), []);

    /// <summary>
    /// Compresses <paramref name="sentence"/> around its event date <paramref name="own"/> (null for none); the other
    /// calendar dates in it (<paramref name="others"/>) are written absolutely where the text has them relative.
    /// </summary>
    public string Compress(string sentence, DateInText? own, IReadOnlyList<DateInText> others) =>
        Compress(sentence, own, others, dropOwn: true) ?? Compress(sentence, own, others, dropOwn: false) ?? "";

    // Null when the date opened the sentence and no subject could take its place: then it stays.
    private string? Compress(string sentence, DateInText? own, IReadOnlyList<DateInText> others, bool dropOwn)
    {
        var s = sentence.TrimEnd();
        var edits = new List<(int Start, int End, string With)>();
        var label = GluedLabel.LengthAt(s);
        if (label > 0) edits.Add((0, label, ""));
        var map = ClauseMap.Of(s, Syntax, [.. others.Select(d => (d.Start, d.End)).Concat(own is null ? [] : [(own.Start, own.End)])]);
        var prefield = false;
        var keep = 0;
        if (own is not null && own.Start >= 0 && own.End <= s.Length)
        {
            keep = own.Start;
            // `De toezegging is brisant: in 2019 adviseerde …`: the date's clause is the report, the one before the colon comment.
            var head = label;
            var colon = LastBreakBefore(s, map, own.Start);
            if (colon > 0 && WordCount(s[..colon]) >= MinWords)
            {
                head = colon + 1;
                edits.Add((0, head, ""));
            }
            // `mikte op 31 januari als deadline`: a date that `als` names is what the clause is about and stays.
            var named = s.AsSpan(own.End).TrimStart(' ').StartsWith("als ", StringComparison.Ordinal);
            var drop = !dropOwn || named ? null : s[head..own.Start].Trim().Length == 0 && head > 0 ? own.Start : DatePhraseStart(s, map, own);
            if (drop is { } from)
            {
                // `Al in de nacht van maandag op dinsdag trokken …`: a focus particle before an opening date leaves with it.
                if (from > head && s[head..from].Trim() is { Length: > 0 } lead && !lead.Contains(' ')
                    && Syntax.Is("date-focus", lead.ToLowerInvariant()))
                    from = s.IndexOf(lead, head, StringComparison.Ordinal);
                prefield = s[Math.Min(head, from)..from].Trim().Length == 0;
                var end = own.End;
                while (end < s.Length && s[end] == ' ') end++;
                // `…, in maart 2021, arriveerde …`: a date between commas takes one comma with it.
                if (end < s.Length && s[end] == ',' && s[..from].TrimEnd().EndsWith(','))
                {
                    end++;
                    while (end < s.Length && s[end] == ' ') end++;
                }
                // `Half maart, een dag na het eindrapport, zei de minister …`: an opening date's apposition leaves with it.
                else if (end < s.Length && s[end] == ',' && s[head..from].Trim().Length == 0 && DateApposition(s, map, end + 1) is > 0 and var close)
                {
                    end = close + 1;
                    while (end < s.Length && s[end] == ' ') end++;
                }
                edits.Add((from, end, ""));
                keep = from;
            }
            else if (Relative(s, own) && !AfterCopula(map, own.Start) && DatePhrase.Of(own.Value, own.Mod, NeedsPreposition(s, own.Start)) is { } phrase)
            {
                var phraseStart = ArticleStart(s, map, own.Start);
                edits.Add((phraseStart, own.End, phrase));
            }
        }
        foreach (var d in others)
        {
            if (d.Start < 0 || d.End > s.Length || !Relative(s, d) || map.InQuote(d.Start) || AfterCopula(map, d.Start)) continue;
            if (DatePhrase.Of(d.Value, d.Mod, NeedsPreposition(s, d.Start)) is { } phrase) edits.Add((d.Start, d.End, phrase));
        }
        var words = map.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // `Zo kondigde Rutte zijn vertrek aan.`, `Daarmee is het kabinet gevallen.`: a word that ties the sentence to
            // the one before it, in first position, says nothing on a timeline; it leaves only with the subject put
            // before the verb, and stays where that cannot be done.
            var opener = Syntax.Is("anaphoric-opener", w.Lower) && OpensClause(s, words, i, label) == Opening.Start;
            if (!opener && !Syntax.Is("deictic", w.Lower) || map.InQuote(w.Start) || Overlaps(edits, w.Start, w.End) || InDates(others, own, w.Start)) continue;
            // `de zwaarste beving tot nu toe`: the phrase leaves whole, or it would leave `tot toe`.
            if (i > 0 && i + 1 < words.Count && words[i - 1].Lower == "tot" && words[i + 1].Lower == "toe")
            {
                if (!Overlaps(edits, words[i - 1].Start, words[i + 1].End)) edits.Add((words[i - 1].Start, WithSpaceAfter(s, words[i + 1].End), ""));
                continue;
            }
            // `maar momenteel is er nog sprake van …`: a deictic word before its clause's finite verb leaves only with the
            // subject put before the verb (`maar er is nog sprake van …`); where the subject cannot be told, it stays.
            if (i + 1 < words.Count && OpensClause(s, words, i, label) is var opens and not Opening.None
                && (opens == Opening.Comma ? rewriter.IsFinite(words[i + 1].Lower) : VerbSecond(s, words, i + 1)))
            {
                var end = rewriter.SubjectEnd(words, i + 2, s);
                if (end <= i + 2 || Overlaps(edits, w.Start, words[end - 1].End)) continue;
                var subject = s[words[i + 2].Start..words[end - 1].End];
                if (w.Start == label) subject = char.ToUpperInvariant(subject[0]) + subject[1..];
                else if (!words[i + 2].Capitalized || Syntax.Is("subject", words[i + 2].Lower)) subject = char.ToLowerInvariant(subject[0]) + subject[1..];
                edits.Add((w.Start, words[end - 1].End, subject + " " + s[words[i + 1].Start..words[i + 1].End].ToLowerInvariant()));
                continue;
            }
            if (!opener) edits.Add((w.Start, WithSpaceAfter(s, w.End), ""));
        }
        // `Na langdurig onderzoek, tientallen verhoren en …, komt de commissie met haar conclusies.`: a long sentence
        // whose first position is a phrase of its own before a comma loses that phrase; the subject goes before the verb.
        if (!prefield && s.Length > Tolerance && LongPrefield(s, map, label) is > 0 and var cut && !Overlaps(edits, label, cut))
        {
            edits.Add((label, cut, ""));
            prefield = true;
        }
        (s, keep) = Apply(s, edits, keep);
        if (prefield)
        {
            var reordered = rewriter.SubjectFirst(s);
            if (reordered is null) return null;
            s = reordered;
            keep = 0;
        }
        if (WordCount(s) < MinWords + 1) return dropOwn ? null : "";
        return Finish(s, keep);
    }

    /// <summary>A text already in main-clause order (a rewritten subordinate clause): shortened, put in the present, tidied.</summary>
    public string Polish(string text) => Finish(text, 0);

    private string Finish(string s, int keep)
    {
        (s, keep) = DropAttributions(s, keep);
        // A speaker and a quote (`Zhao zegt: “…”`) is neither cut nor put in the present: the quote is the report.
        if (keep < 0) return Tidy(s);
        if (s.Length > Tolerance) (s, keep) = DropApposition(s, keep);
        var map = ClauseMap.Of(s, Syntax, []);
        s = CutAfter(s, keep, Lexicon.StrongBreaks, map);
        if (s.Length != map.Text.Length) map = ClauseMap.Of(s, Syntax, []);
        s = Shorten(s, keep, map);
        return Tidy(ToPresent(s));
    }

    /// <summary>
    /// A cut at <paramref name="at"/> keeps a sentence: the main clause's finite verb lies before it, and no clause
    /// opened mid-sentence closes there (the main clause would go on after it).
    /// </summary>
    private bool CanCut(ClauseMap map, int at)
    {
        foreach (var c in map.Subordinates)
            if (c.Start > 0 && c.End == at) return false;
        if (StrandsModal(map, at) || StrandsAuxiliary(map, at)) return false;
        var words = map.Words;
        for (var i = 0; i < words.Count && words[i].Start < at; i++)
            // `het doorspitten van …`, `600.000 documenten`: a word after an article, a determiner or a number is a noun,
            // whatever its ending.
            if (map.InMainClause(words[i].Start) && rewriter.IsFinite(words[i].Lower) && !AfterDeterminer(words, i)) return true;
        return false;
    }

    private bool AfterDeterminer(IReadOnlyList<SentenceWord> words, int i) =>
        StateClause.AfterArticle(words, i)
        || i > 0 && (words[i - 1].Numeric || Syntax.Is("subject", words[i - 1].Lower) && !Syntax.Is("pronoun", words[i - 1].Lower));

    // `er moest in 2030 niet 26 procent, maar 50 procent minder stikstof worden uitgestoten`: a cut at `maar` would leave
    // the modal without the verbs it governs, which only come after the cut.
    private bool StrandsModal(ClauseMap map, int at)
    {
        var words = map.Words;
        var modal = -1;
        for (var i = 0; i < words.Count && words[i].Start < at; i++)
            if (map.InMainClause(words[i].Start) && (Syntax.Is("modal", words[i].Lower) || Syntax.Is("modal-past", words[i].Lower)))
                modal = i;
        if (modal < 0) return false;
        var i2 = modal + 1;
        for (; i2 < words.Count && words[i2].Start < at; i2++)
            if (VerbLike(words, i2)) return false;
        for (; i2 < words.Count; i2++)
            if (VerbLike(words, i2)) return true;
        return false;
    }

    // `Vorig jaar zijn wekenlang betrokkenen, gedupeerden, … onder ede gehoord.`: the participle that ends the main
    // clause belongs to the auxiliary before the cut; a cut between them leaves `zijn … oud-ministers`.
    private bool StrandsAuxiliary(ClauseMap map, int at)
    {
        var words = map.Words;
        var last = -1;
        for (var i = words.Count - 1; i >= 0; i--)
            if (map.InMainClause(words[i].Start)) { last = i; break; }
        if (last < 0 || words[last].Start < at || words[last].Capitalized || !StateClause.LooksLikeParticiple(words[last].Lower)) return false;
        for (var i = 0; i < words.Count && words[i].Start < at; i++)
            if (map.InMainClause(words[i].Start) && Syntax.Is("auxiliary", words[i].Lower)) return true;
        return false;
    }

    // An infinitive or a plural form: a word in -en that no article or determiner stands before.
    private bool VerbLike(IReadOnlyList<SentenceWord> words, int i) =>
        !words[i].Capitalized && words[i].Lower.Length > 3 && words[i].Lower.EndsWith("en", StringComparison.Ordinal)
        && !(i > 0 && Syntax.Is("subject", words[i - 1].Lower));

    /// <summary>
    /// Where the event date's phrase starts when it can leave the text, or null: its date preposition (`in oktober`),
    /// or a whole time phrase (`in de nacht van zondag op maandag`), or the date alone after a word that is no
    /// preposition. Never inside quotes or brackets, never right after a comma-less opening of a quote.
    /// </summary>
    private int? DatePhraseStart(string s, ClauseMap map, DateInText own)
    {
        if (map.InQuote(own.Start) || map.InBrackets(own.Start)) return null;
        var words = map.Words;
        var first = -1;
        for (var i = 0; i < words.Count; i++)
            if (words[i].Start >= own.Start) { first = i; break; }
        if (first < 0) return null;
        var start = ArticleStart(s, map, own.Start);
        if (start < own.Start) first--;
        if (first == 0) return start;
        if (AfterCopula(map, own.Start)) return null;
        var before = words[first - 1];
        if (!Joined(s, before.End, start)) return null;
        // `De gewone stemming is donderdagavond.`: the date is what the copula says, and the clause ends with it.
        if (Syntax.Is("copula", before.Lower) && ClauseEndsAt(s, own.End)) return null;
        if (Syntax.Is("date-preposition", before.Lower))
        {
            if (first < 2 || !Joined(s, words[first - 2].End, before.Start)) return before.Start;
            var outer = words[first - 2];
            // `duurde tot in de nacht van …`: a bound; `Diep in de nacht`, `laat op de avond`: the degree goes with the date.
            if (Syntax.Is("range", outer.Lower) || Syntax.Is("preposition", outer.Lower)) return null;
            return Syntax.Is("date-degree", outer.Lower) ? outer.Start : before.Start;
        }
        // `in de (tweede) nacht/helft van <date>`
        if (before.Lower == "van")
        {
            for (var j = first - 2; j >= 0 && j >= first - 5; j--)
            {
                if (!Joined(s, words[j].End, words[j + 1].Start)) break;
                if (Syntax.Is("date-preposition", words[j].Lower)) return words[j].Start;
                if (!(Syntax.Is("time-noun", words[j].Lower) || words[j].Lower is "de" or "het" or "eerste" or "tweede" or "laatste" or "hele")) break;
            }
            return null;
        }
        return Syntax.Is("preposition", before.Lower) ? null : start;
    }

    private static bool ClauseEndsAt(string s, int at)
    {
        var rest = s.AsSpan(at).TrimStart(' ');
        return rest.IsEmpty || rest[0] is '.' or ',' or ';' or ':' or '!' or '?';
    }

    // `De afgelopen nacht brachten …`, `in het afgelopen weekend`: the article goes with its date, whether the date
    // leaves the text or is written out.
    private int ArticleStart(string s, ClauseMap map, int at)
    {
        var words = map.Words;
        for (var i = 1; i < words.Count; i++)
            if (words[i].Start == at)
                return words[i - 1].Lower is "de" or "het" && Joined(s, words[i - 1].End, at)
                    && Syntax.Is("date-article", words[i].Lower)
                    ? words[i - 1].Start : at;
        return at;
    }

    /// <summary>The last colon or semicolon before <paramref name="at"/> outside quotes and brackets, or -1.</summary>
    private static int LastBreakBefore(string s, ClauseMap map, int at)
    {
        for (var i = at - 1; i > 0; i--)
            if (s[i] is ':' or ';' && !map.InQuote(i) && !map.InBrackets(i)) return i;
        return -1;
    }

    // `Het is al drie maanden geleden dat …`: after a copula, a date followed by `geleden`, `dat` or `sinds` is what is
    // said, not when; it stays as written. (`Den Haag is woensdag een stad …` has an adverbial.)
    private bool AfterCopula(ClauseMap map, int at)
    {
        SentenceWord? before = null;
        foreach (var w in map.Words)
        {
            if (w.Start >= at) break;
            if (!Syntax.Is("adverb", w.Lower)) before = w;
        }
        return before is { } b && Syntax.Is("copula", b.Lower) && PredicateDate().IsMatch(map.Text[at..]);
    }

    // Where the main clause starts after a first position that is a phrase led by a preposition and closed by a comma,
    // with the finite verb right after the comma (`Na … documenten, komt de commissie …`); 0 when there is none.
    private int LongPrefield(string s, ClauseMap map, int head)
    {
        var words = map.Words;
        var first = 0;
        while (first < words.Count && words[first].Start < head) first++;
        if (first >= words.Count || !Syntax.Is("preposition", words[first].Lower) || map.InQuote(words[first].Start)) return 0;
        for (var i = first + 1; i + 2 < words.Count; i++)
        {
            // A listed finite verb before the comma makes the first position a clause (`Na wat er gebeurde, …`); a word
            // that only ends like a past form (`maanden`) does not.
            if (map.InMainClause(words[i].Start) && rewriter.IsFinite(words[i].Lower, listedOnly: true) && !AfterDeterminer(words, i)) return 0;
            var gap = s.AsSpan(words[i].End, words[i + 1].Start - words[i].End);
            if (!gap.Contains(',') || Enclosed(s, words[i].End)) continue;
            if (!gap.Trim().SequenceEqual(",") || !VerbSecond(s, words, i + 1) && !rewriter.IsFinite(words[i + 1].Lower)) continue;
            return rewriter.SubjectEnd(words, i + 2, s) > i + 2 ? words[i + 1].Start : 0;
        }
        return 0;
    }

    // `zette Tom van der Lee (GroenLinks), voorzitter van de enquête die maandag begint, woensdag de toon`: in a long
    // text an apposition after a name (a function, up to the next comma) leaves, rather than the text be cut at its
    // comma and lose the rest of the main clause. Not when the text's own date (before `keep`) lies in it.
    private (string Text, int Keep) DropApposition(string s, int keep)
    {
        for (var c = s.IndexOf(", ", StringComparison.Ordinal); c > 0; c = s.IndexOf(", ", c + 2, StringComparison.Ordinal))
        {
            if (Enclosed(s, c) || !(s[c - 1] == ')' || NameEndsAt(s, c))) continue;
            var next = c + 2;
            var wordEnd = next;
            while (wordEnd < s.Length && (char.IsLetter(s[wordEnd]) || s[wordEnd] == '-')) wordEnd++;
            if (wordEnd == next || !char.IsLower(s[next]) || !Syntax.Is("title", s[next..wordEnd])) continue;
            var close = s.IndexOf(", ", wordEnd, StringComparison.Ordinal);
            if (close < 0 || Enclosed(s, close) || WordCount(s[next..close]) > MaxAppositionWords || keep > c && keep < close) continue;
            var removed = close + 1 - c;
            return (s[..c] + s[(close + 1)..], keep >= close ? keep - removed : keep);
        }
        return (s, keep);
    }

    // A capitalised word ends right before the comma at `at` (`Tom van der Lee,`).
    private static bool NameEndsAt(string s, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        return start < at && char.IsUpper(s[start]);
    }

    private enum Opening { None, Start, Coordinator, Comma }

    // Whether the word at i opens its clause: the sentence starts there, a coordinating word (`maar`, `en`) comes
    // before it, or a comma (which may open a subordinate clause as well).
    private Opening OpensClause(string s, IReadOnlyList<SentenceWord> words, int i, int head)
    {
        if (words[i].Start >= head && s.AsSpan(head, words[i].Start - head).Trim().IsEmpty) return Opening.Start;
        if (i == 0) return Opening.None;
        if (Syntax.Is("coordinator", words[i - 1].Lower)) return Opening.Coordinator;
        return s.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(',') ? Opening.Comma : Opening.None;
    }

    // After an adverb that fills a main clause's first position comes its finite verb (`Momenteel onderzoekt de
    // politie …`): a lowercase word right after it that is no article, pronoun, preposition or number.
    private bool VerbSecond(string s, IReadOnlyList<SentenceWord> words, int at) =>
        !words[at].Capitalized && !words[at].Numeric && !Syntax.Is("subject", words[at].Lower) && !Syntax.Is("preposition", words[at].Lower)
        && !Syntax.Is("adverb", words[at].Lower) && s.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim().IsEmpty;

    // Where a removed word ends together with the one space after it.
    private static int WithSpaceAfter(string s, int end) => end < s.Length && s[end] == ' ' ? end + 1 : end;

    private static bool Joined(string s, int from, int to) => from <= to && s.AsSpan(from, to - from).Trim(' ').IsEmpty;

    // A date written without a digit (`vorig jaar`, `maandag`, `gisteren`) means nothing without the day of writing.
    // One that names a day or a week but is known only to the month or year (the article's date is a month) and bounds
    // a period is left as written: `Met ingang van vrijdagavond` must not become `Met ingang van september 2022`, which
    // says from the first of the month. Elsewhere the month is true, if coarse (`in juni 2017 zijn … begonnen`).
    private bool Relative(string s, DateInText d) =>
        !s.AsSpan(d.Start, d.End - d.Start).ContainsAny("0123456789") && !(Bounds(s, d.Start) && CoarserThanSaid(s[d.Start..d.End], d.Value));

    // The words before the date make it a bound (`vanaf`, `met ingang van`, `tot (in)`, `sinds` …) or what a copula
    // says (`De stemming is donderdagavond`).
    private bool Bounds(string s, int at)
    {
        var before = s[..at].TrimEnd().ToLowerInvariant();
        if (before.EndsWith("met ingang van", StringComparison.Ordinal) || before.EndsWith("vanaf", StringComparison.Ordinal)) return true;
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        if (Syntax.Is("range", word) || Syntax.Is("copula", word)) return true;
        if (!Syntax.Is("date-preposition", word) || space < 0) return false;
        var outer = before[..space].TrimEnd();
        return Syntax.Is("range", outer[(outer.LastIndexOf(' ') + 1)..]);
    }

    private static bool CoarserThanSaid(string expression, string value)
    {
        var known = TimexPeriod.Parse(value)?.Precision;
        if (known is null) return false;
        var lower = expression.ToLowerInvariant();
        var names = DaysOrWeeks().IsMatch(lower) ? (lower.Contains("week") ? DatePrecision.Week : DatePrecision.Day) : DatePrecision.Year;
        return known < names;
    }

    [GeneratedRegex(@"dag|week|gister|vandaag|morgen|vanavond|vannacht|nacht|avond|ochtend|middag")]
    private static partial Regex DaysOrWeeks();

    /// <summary>
    /// The comma that closes an apposition to an opening date (`, een dag na het rapport,` before the finite verb):
    /// a few words with a time noun and no verb, then a comma and a finite verb. -1 when there is none.
    /// </summary>
    private int DateApposition(string s, ClauseMap map, int start)
    {
        var words = map.Words;
        var first = 0;
        while (first < words.Count && words[first].Start < start) first++;
        var timeNoun = false;
        for (var i = first; i < words.Count && i - first < MaxAppositionWords; i++)
        {
            var w = words[i];
            if (map.InQuote(w.Start) || map.InBrackets(w.Start) || Syntax.IsFinite(w.Lower, listedOnly: true)) return -1;
            timeNoun |= Syntax.Is("time-noun", w.Lower) || Syntax.Is("time-noun-plural", w.Lower);
            var comma = w.End;
            while (comma < s.Length && s[comma] == ' ') comma++;
            if (comma >= s.Length || s[comma] != ',') continue;
            return timeNoun && i + 1 < words.Count && Syntax.IsFinite(words[i + 1].Lower) ? comma : -1;
        }
        return -1;
    }

    private const int MaxAppositionWords = 16;

    private bool NeedsPreposition(string s, int at)
    {
        var j = at - 1;
        while (j >= 0 && s[j] == ' ') j--;
        var end = j + 1;
        while (j >= 0 && char.IsLetter(s[j])) j--;
        var word = s[(j + 1)..end].ToLowerInvariant();
        return word.Length == 0 || !Syntax.Is("preposition", word) && !Syntax.Is("time-noun", word);
    }

    private static bool Overlaps(List<(int Start, int End, string With)> edits, int start, int end) =>
        edits.Any(e => e.Start < end && start < e.End);

    private static bool InDates(IReadOnlyList<DateInText> others, DateInText? own, int at) =>
        others.Any(d => d.Start <= at && at < d.End) || own is not null && own.Start <= at && at < own.End;

    /// <summary>Applies non-overlapping edits right to left; <paramref name="keep"/> follows the text it pointed at.</summary>
    private static (string, int) Apply(string s, List<(int Start, int End, string With)> edits, int keep)
    {
        var sorted = edits.OrderByDescending(e => e.Start).ToList();
        var sb = new StringBuilder(s);
        var lastStart = int.MaxValue;
        foreach (var (start, end, with) in sorted)
        {
            if (end > lastStart) continue;
            sb.Remove(start, end - start).Insert(start, with);
            if (keep >= end) keep += with.Length - (end - start);
            else if (keep > start) keep = start;
            lastStart = start;
        }
        return (sb.ToString(), keep);
    }

    private (string Text, int Keep) DropAttributions(string s, int keep)
    {
        // A text without any marker has none in the shorter texts the loop cuts it to either.
        IReadOnlyList<string> tails = s.AsSpan().IndexOfAny(Lexicon.AnyTailAttribution) < 0 ? [] : Lexicon.TailAttributions;
        foreach (var marker in tails)
        {
            var at = s.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || QuoteMap.Inside(s, at) || WordCount(s[..at]) < MinWords) continue;
            // `“…”, zei woordvoerder Zhao maandag`: a bare quote needs its speaker, in front (`Woordvoerder Zhao zegt: “…”`).
            if (Speaker(s, at, marker) is { } said) return (said, -1);
            (s, keep) = (s[..at], Math.Min(keep, at));
        }
        foreach (var marker in Lexicon.HeadAttributions)
        {
            if (!s.StartsWith(marker + " ", StringComparison.OrdinalIgnoreCase)) continue;
            var comma = s.IndexOf(',');
            if (comma < 0 || comma > 80 || WordCount(s[(comma + 1)..]) < MinWords) continue;
            var rest = s[(comma + 1)..].TrimStart();
            (s, keep) = (rest, Math.Max(0, keep - (s.Length - rest.Length)));
        }
        return (s, keep);
    }

    private string? Speaker(string s, int at, string marker)
    {
        var quote = s[..at].Trim();
        if (quote.Length < 2 || !"'\"‘“„".Contains(quote[0]) || !"'\"’”".Contains(quote[^1])) return null;
        var verb = marker.Trim(',', ' ').Split(' ')[^1].ToLowerInvariant();
        var speaker = s[(at + marker.Length)..].Trim().TrimEnd('.', '!', ' ');
        // `woordvoerder Zhao Lijian van het ministerie van buitenlandse zaken` → `woordvoerder Zhao Lijian`.
        if (NameThenPreposition().Match(speaker) is { Success: true } m) speaker = speaker[..m.Index];
        // `hij tijdens zijn eerste persconferentie` → `hij`: the speaker is the subject, not what follows it.
        var said = SentenceWord.Of(speaker);
        if (rewriter.SubjectEnd(said, 0, speaker) is var end and > 0 && end < said.Count) speaker = speaker[..said[end - 1].End];
        var words = WordCount(speaker);
        if (words is 0 or > 12 || !Lexicon.PresentOf.TryGetValue(verb, out var present) && !Lexicon.EventVerbs.Contains(verb)) return null;
        return char.ToUpperInvariant(speaker[0]) + speaker[1..] + " " + (present ?? verb) + ": " + quote;
    }

    private string CutAfter(string s, int keep, IReadOnlyList<string> breaks, ClauseMap map)
    {
        var best = -1;
        foreach (var mark in breaks)
        {
            for (var at = s.IndexOf(mark, keep, StringComparison.Ordinal); at >= 0; at = s.IndexOf(mark, at + 1, StringComparison.Ordinal))
            {
                if (Enclosed(s, at) || WordCount(s[..at]) < MinWords || !CanCut(map, at)) continue;
                if (best < 0 || at < best) best = at;
                break;
            }
        }
        return best < 0 ? s : s[..best];
    }

    // Too long: cut a clause after the date; else end at the last clause boundary that fits; else end at the last
    // whole word outside brackets, marked with an ellipsis.
    private string Shorten(string s, int keep, ClauseMap map)
    {
        if (s.Length <= Tolerance) return s;
        var breaks = Breaks(s).Where(b => CanCut(map, b.At)).ToList();
        var after = breaks.Where(b => b.At >= keep && b.At <= MaxLength && WordCount(s[..b.At]) >= MinWords).ToList();
        if (after.Count > 0) return s[..after[^1].At];
        var fits = breaks.Where(b => b.At <= MaxLength && b.At >= 40).ToList();
        if (fits.Count > 0) return s[..fits[^1].At];
        var space = s.LastIndexOf(' ', MaxLength - 1);
        while (space > 0 && Enclosed(s, space)) space = s.LastIndexOf(' ', space - 1);
        return space > 0 ? s[..space].TrimEnd(',', ';', ':') + "…" : s;
    }

    private IEnumerable<(int At, int Length)> Breaks(string s) =>
        Lexicon.WeakBreaks.SelectMany(mark => AllIndexes(s, mark).Select(at => (At: at, mark.Length)))
            .Where(b => !Enclosed(s, b.At)).OrderBy(b => b.At);

    private static bool Enclosed(string s, int at) => QuoteMap.Inside(s, at) || Brackets.Encloses(s, at);

    private static IEnumerable<int> AllIndexes(string s, string mark)
    {
        for (var at = s.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = s.IndexOf(mark, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    // Only the main clause goes in the present: `zei dat de politie te streng optrad` must not become `optreedt`.
    // A main clause that says what would have been (`Het was beter geweest als …`, `De gemeente had eerder moeten
    // ingrijpen`) keeps its tense: in the present it would say that it was so.
    private string ToPresent(string s)
    {
        var map = ClauseMap.Of(s, Syntax, []);
        if (Counterfactual(map)) return s;
        var sb = new StringBuilder(s.Length);
        var at = 0;
        foreach (var w in map.Words)
        {
            sb.Append(s, at, w.Start - at);
            var word = s[w.Start..w.End];
            // A capitalised word after the first (`de Aardoliemaatschappij (Nam)`) is a name, not a verb.
            if (map.InMainClause(w.Start) && !(w.Capitalized && w.Start > 0 && s.AsSpan(0, w.Start).Trim().Length > 0)
                && Lexicon.PresentOf.TryGetValue(w.Lower, out var present))
                word = char.IsUpper(word[0]) ? char.ToUpperInvariant(present[0]) + present[1..] : present;
            sb.Append(word);
            at = w.End;
        }
        sb.Append(s, at, s.Length - at);
        return sb.ToString();
    }

    // A past auxiliary (`was`, `had`) with `geweest`/`gehad` or a modal infinitive (`kunnen`, `moeten`, not `te willen`)
    // in the main clause.
    private bool Counterfactual(ClauseMap map)
    {
        var auxiliary = false;
        var words = map.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!map.InMainClause(w.Start)) continue;
            if (Syntax.Is("pluperfect", w.Lower)) auxiliary = true;
            else if (auxiliary && (w.Lower is "geweest" or "gehad"
                || w.Lower.EndsWith("en", StringComparison.Ordinal) && Syntax.Is("modal", w.Lower) && words[i - 1].Lower != "te"))
                return true;
        }
        return false;
    }

    private static string Tidy(string s)
    {
        var t = string.Join(' ', s.Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
        t = t.Replace(" ,", ",").Replace(" .", ".").Replace(" ;", ";").Replace(" :", ":").Replace(",,", ",").Replace(",.", ".");
        t = t.TrimEnd(TrailingPunctuation);
        if (t.Length == 0) return t;
        t = char.ToUpperInvariant(t[0]) + t[1..];
        var end = t.TrimEnd(ClosingQuotes);
        return end.Length > 0 && ".!?…".Contains(end[^1]) ? t : t + ".";
    }

    // Arrays made once: a params or collection-expression argument is a new array on every call.
    private static readonly char[] Blanks = [' ', '\t', '\r', '\n'];
    private static readonly char[] TrailingPunctuation = [',', ';', ':', ' ', '-', '–', '|'];
    private static readonly char[] ClosingQuotes = ['\'', '"', '’', '”'];

    /// <summary>How many blank-separated runs of <paramref name="s"/> hold a letter.</summary>
    internal static int WordCount(string s)
    {
        var (count, letter) = (0, false);
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (letter) count++;
                letter = false;
            }
            else letter |= char.IsLetter(c);
        }
        return letter ? count + 1 : count;
    }

    [GeneratedRegex(@"(?<=\p{Lu}\p{L}+) (?:van|uit|bij|namens|over|tegen|op|in) ")]
    private static partial Regex NameThenPreposition();

    [GeneratedRegex(@"^[^,.;:]{0,40}?\b(?:geleden|dat|sinds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PredicateDate();
}
