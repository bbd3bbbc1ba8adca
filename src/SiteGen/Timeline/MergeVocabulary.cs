using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// What the reports of one merge have to compare, numbered: every word stem (Dutch Snowball), the head of a closed
/// compound when another report says that head alone (<see cref="HeadOf"/>), actor id and calendar
/// period of a report's date (<see cref="DateTokens"/>) is a token
/// weighted by how rare it is among the merge's articles, idf = ln((N + 1) / (df + 0.5)) with copies of one text
/// counted once (<see cref="ArticleCopies"/>), so `stikstof` in every
/// article of a nitrogen dossier weighs almost nothing and `Stroe` much; every class of happening is a bit. Ids are
/// given in ordinal order of the tokens, so sums and ties do not depend on the order of the input.
/// </summary>
internal sealed class MergeVocabulary
{
    private readonly Dictionary<string, (int Token, int Head, string? HeadWord)> wordTokens;
    private readonly Dictionary<string, int> actorTokens;
    private readonly Dictionary<string, int> dateTokens;
    private readonly Dictionary<string, int> predicateTokens;
    private readonly Dictionary<string, int> predicateBits;
    private readonly double[] weights;
    private readonly bool[] shareable;
    private readonly bool[] linking;
    private readonly bool[] anchorable;
    private readonly bool[] isDate;
    private readonly bool[] isPredicate;

    private MergeVocabulary(Dictionary<string, (int, int, string?)> words, Dictionary<string, int> actors, Dictionary<string, int> dates,
        Dictionary<string, int> said, Dictionary<string, int> predicates, double[] weights, bool[] shareable, bool[] linking, bool[] anchorable, int articles)
    {
        (wordTokens, actorTokens, dateTokens, predicateTokens, predicateBits, this.weights, this.shareable, this.linking, this.anchorable, Articles) =
            (words, actors, dates, said, predicates, weights, shareable, linking, anchorable, articles);
        isDate = new bool[weights.Length];
        foreach (var id in dates.Values) isDate[id] = true;
        isPredicate = new bool[weights.Length];
        foreach (var id in said.Values) isPredicate[id] = true;
    }

    /// <summary>
    /// The most distinct texts a token may occur in and still anchor a report (<see cref="ReportProfile.Anchors"/>).
    /// A token in more texts than this is common in the archive, not evidence that points to one happening: a
    /// happening is reported by tens of articles, not hundreds. The ceiling is a constant, so the reports filed under
    /// one anchor stay bounded however large the archive grows, and the merge stays linear in it (issue 22: without
    /// it, 10,000 generated articles sharing one small vocabulary took 114 s to merge, 3.6 s at 1,000). A dossier
    /// smaller than the ceiling is merged as if there were none.
    /// </summary>
    public const int MaxAnchorTexts = 128;

    /// <summary>How many distinct texts the merge's reports come from (copies of one text count once).</summary>
    public int Articles { get; }

    /// <summary>The weight of a token two articles have: the rarest a shared token can be.</summary>
    public double PairWeight => Math.Log((Articles + 1.0) / 2.5);

    public double Weight(int token) => weights[token];

    /// <summary>Whether the token occurs in more than one article: only such a token can be shared by two reports.</summary>
    public bool Shareable(int token) => shareable[token];

    /// <summary>
    /// Whether the token occurs in more than one distinct text: only such a token links a report to another text's,
    /// so only such tokens anchor a report (<see cref="ReportProfile.Anchors"/>) while it has any.
    /// </summary>
    public bool Links(int token) => linking[token];

    /// <summary>Whether the token occurs in more than one article but in no more than <see cref="MaxAnchorTexts"/> texts.</summary>
    public bool Anchorable(int token) => anchorable[token];

    public int WordToken(string word) => wordTokens[word].Token;

    /// <summary>
    /// A word's token, and its head and the head's token when it is a closed compound (<see cref="HeadOf"/>; -1 and null
    /// otherwise): `maximumsnelheid` also says `snelheid`, so `de snelheid gaat omlaag` and `de maximumsnelheid gaat
    /// omlaag` share it.
    /// </summary>
    public (int Token, int Head, string? HeadWord) WordTokens(string word) => wordTokens[word];

    /// <summary>
    /// The fewest letters a compound's head has, and its first part: four, so that a verb's prefix is no first part
    /// (`verlagen` is no compound of `lagen`, nor `betalen` of `talen`).
    /// </summary>
    public const int MinHeadLetters = 5, MinModifierLetters = 4;

    /// <summary>
    /// The longest word of <paramref name="words"/> that ends <paramref name="word"/> after a first part of at least
    /// <see cref="MinModifierLetters"/> letters (`maximumsnelheid` → `snelheid` when some report says `snelheid`), or
    /// null. Dutch writes compounds closed, head last; a head no report uses alone is no evidence of anything.
    /// </summary>
    public static string? HeadOf(string word, HashSet<string> words)
    {
        // Looked up as spans: a word of the merge is tried at every split, and a substring each made garbage.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = MinModifierLetters; word.Length - start >= MinHeadLetters; start++)
            if (lookup.TryGetValue(word.AsSpan(start), out var head)) return head;
        return null;
    }

    /// <summary>What a report says in words: its key words and the figures its sentence states (<see cref="ReportFigures"/>).</summary>
    public static IEnumerable<string> WordsOf(ExtractedEvent report)
    {
        foreach (var word in report.KeyWords) yield return word;
        foreach (var figure in ReportFigures.Of(report.Sentence)) yield return figure;
    }

    public int ActorToken(string actor) => actorTokens[actor];

    public int DateToken(string token) => dateTokens[token];

    public bool IsDate(int token) => isDate[token];

    /// <summary>
    /// The calendar periods a date lies in, as tokens: its year, its month and its day as far as it is that precise
    /// (`2019-05` gives `d:2019` and `d:2019-05`). Two reports of one month share the month, weighted by how few
    /// articles speak of that month: a date agreement is evidence like a shared rare word.
    /// </summary>
    public static IEnumerable<string> DateTokens(TimexPeriod span)
    {
        var last = span.End.AddDays(-1);
        if (span.Start.Year != last.Year) yield break;
        yield return "d:" + span.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (span.Start.Month != last.Month) yield break;
        yield return "d:" + span.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (span.Start != last) yield break;
        yield return "d:" + span.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What a report says happened, as tokens: each class of happening it names (`p:leave`), and each with each actor
    /// acting in it (`p:leave@verenigd-koninkrijk`). Weighted by rarity like a word, so `kabinet presenteert`, said in
    /// half the dossier, weighs little, and `het VK verlaat` / `het VK is uit de EU gestapt`, said of one happening by
    /// a few articles, weighs like a rare word that two reports worded differently do not share.
    /// </summary>
    public static IEnumerable<string> PredicateTokens(ExtractedEvent report)
    {
        foreach (var p in report.Predicates)
        {
            yield return "p:" + p;
            foreach (var actor in report.Event.ActorIds) yield return "p:" + p + "@" + actor;
        }
    }

    public int PredicateToken(string token) => predicateTokens[token];

    public bool IsPredicate(int token) => isPredicate[token];

    /// <summary>The bits of <paramref name="predicates"/>; at most 32 classes take part (more are ignored).</summary>
    public int Mask(IReadOnlyList<string> predicates)
    {
        var mask = 0;
        foreach (var p in predicates)
            if (predicateBits.TryGetValue(p, out var bit)) mask |= 1 << bit;
        return mask;
    }

    /// <summary>The vocabulary of <paramref name="reports"/>, in any order.</summary>
    public static MergeVocabulary Build(IEnumerable<ExtractedEvent> reports) => Build(MergeOrder.Sort(reports));

    /// <param name="entries">The merge's reports with their article ranks (<see cref="MergeOrder"/>).</param>
    public static MergeVocabulary Build(IReadOnlyList<MergeOrder.Entry> entries)
    {
        // Reports by article (a counting sort on the ranks), so each article counts a token once.
        var articles = 0;
        foreach (var e in entries) articles = Math.Max(articles, e.Article + 1);
        var starts = new int[articles + 1];
        foreach (var e in entries) starts[e.Article + 1]++;
        for (var a = 0; a < articles; a++) starts[a + 1] += starts[a];
        var byArticle = new int[entries.Count];
        var next = (int[])starts.Clone();
        for (var i = 0; i < entries.Count; i++) byArticle[next[entries[i].Article]++] = i;

        // Stem each distinct word once.
        var stemOf = new Dictionary<string, (string Word, string? Head)>(StringComparer.Ordinal);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicates = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A second copy of one text (the same wire report filed twice) is no evidence of how rare a word is, and a word
        // only the copies share links them to each other, not to another report: rarity counts each text once.
        var copies = new ArticleCopies();
        var distinctDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var headOf = Heads(entries);
        for (var a = 0; a < articles; a++)
        {
            seen.Clear();
            for (var k = starts[a]; k < starts[a + 1]; k++)
            {
                var r = entries[byArticle[k]].Report;
                foreach (var word in WordsOf(r))
                {
                    if (!stemOf.TryGetValue(word, out var stem))
                        stemOf[word] = stem = ("w:" + KeyWords.Stem(word), headOf.TryGetValue(word, out var head) ? "w:" + KeyWords.Stem(head) : null);
                    seen.Add(stem.Word);
                    if (stem.Head is not null) seen.Add(stem.Head);
                }
                foreach (var actor in r.ContextActors) seen.Add("a:" + actor);
                foreach (var token in PredicateTokens(r)) seen.Add(token);
                if (!entries[byArticle[k]].Undated)
                    foreach (var date in DateTokens(entries[byArticle[k]].Span)) seen.Add(date);
                foreach (var p in r.Predicates) predicates.Add(p);
            }
            foreach (var token in seen) df[token] = df.GetValueOrDefault(token) + 1;
            if (copies.IsNew(seen))
                foreach (var token in seen) distinctDf[token] = distinctDf.GetValueOrDefault(token) + 1;
        }
        var tokens = df.Keys.ToArray();
        Array.Sort(tokens, StringComparer.Ordinal);
        var id = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        var weights = new double[tokens.Length];
        var shareable = new bool[tokens.Length];
        var linking = new bool[tokens.Length];
        var anchorable = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            id[tokens[i]] = i;
            var texts = distinctDf.GetValueOrDefault(tokens[i]);
            weights[i] = Math.Log((copies.Distinct + 1.0) / (Math.Max(1, texts) + 0.5));
            shareable[i] = df[tokens[i]] > 1;
            linking[i] = texts > 1;
            anchorable[i] = shareable[i] && texts <= MaxAnchorTexts;
        }
        var words = stemOf.ToDictionary(x => x.Key,
            x => x.Value.Head is { } head ? (id[x.Value.Word], id[head], headOf[x.Key]) : (id[x.Value.Word], -1, (string?)null), StringComparer.Ordinal);
        var actors = tokens.Where(t => t.StartsWith("a:", StringComparison.Ordinal)).ToDictionary(t => t[2..], t => id[t], StringComparer.Ordinal);
        var bits = predicates.Take(32).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var dates = tokens.Where(t => t.StartsWith("d:", StringComparison.Ordinal)).ToDictionary(t => t, t => id[t], StringComparer.Ordinal);
        var said = tokens.Where(t => t.StartsWith("p:", StringComparison.Ordinal)).ToDictionary(t => t, t => id[t], StringComparer.Ordinal);
        return new MergeVocabulary(words, actors, dates, said, bits, weights, shareable, linking, anchorable, copies.Distinct);
    }

    // Each compound word of the merge with its head, where another word of the merge is that head.
    private static Dictionary<string, string> Heads(IReadOnlyList<MergeOrder.Entry> entries)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
            foreach (var word in e.Report.KeyWords) words.Add(word);
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
            if (HeadOf(word, words) is { } head) heads[word] = head;
        return heads;
    }
}
