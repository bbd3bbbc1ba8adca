using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// What <see cref="MergeRules"/> compares in one report, worked out once per merge: its tokens (word stems, what happened and
/// actors, <see cref="MergeVocabulary"/>) that some other article has too, as ascending ids with their summed weight, its <see cref="AnchorCount"/>
/// heaviest tokens and its classes of happening (two reports can only be one event when they share one of them, which is what lets
/// <see cref="IndexedEventMerger"/> look a report up instead of trying every group), and its classes of happening
/// as bits. <see cref="TryScore"/> rejects without allocating; only the pair that wins a group gets its
/// <see cref="MergeReason"/> built.
/// </summary>
internal sealed class ReportProfile
{
    /// <summary>How many of its heaviest tokens a report is filed and found under.</summary>
    public const int AnchorCount = 8;

    private readonly int[] tokens;
    private readonly int[] anchors;
    private readonly (string Word, int Token)[] words;
    private readonly (string Actor, int Token)[] actors;

    // The tokens it has only as the head of a compound it says (`snelheid` of `maximumsnelheid`), ascending, and
    // their summed weight (part of Total).
    private readonly int[] heads;
    private readonly double headWeight;

    private ReportProfile(MergeOrder.Entry entry, int[] tokens, int[] anchors, (string, int)[] words, (string, int)[] actors,
        double total, int predicates, int[] heads, double headWeight)
    {
        (this.heads, this.headWeight) = (heads, headWeight);
        (Report, Span, Article) = entry;
        Undated = entry.Undated;
        (this.tokens, this.anchors, this.words, this.actors, Total, Predicates) = (tokens, anchors, words, actors, total, predicates);
    }

    public ExtractedEvent Report { get; }

    /// <summary>A report without a date (<see cref="MergeOrder.Entry.Undated"/>): its <see cref="Span"/> means nothing.</summary>
    public bool Undated { get; }

    public TimexPeriod Span { get; }

    /// <summary>The rank of the report's article id (<see cref="MergeOrder.Entry.Article"/>).</summary>
    public int Article { get; }

    /// <summary>The summed weight of the report's tokens.</summary>
    public double Total { get; }

    /// <summary>The classes of happening its text names, as <see cref="MergeVocabulary.Mask"/> bits.</summary>
    public int Predicates { get; }

    /// <summary>The tokens it is filed under, ascending.</summary>
    public ReadOnlySpan<int> Anchors => anchors;

    public bool HasTokens => tokens.Length > 0;

    public static ReportProfile Create(MergeOrder.Entry entry, MergeVocabulary vocabulary)
    {
        var report = entry.Report;
        var words = new List<(string, int)>(report.KeyWords.Count);
        var ids = new List<int>(report.KeyWords.Count + report.ContextActors.Count);
        List<(string Word, int Token)>? compounds = null;
        foreach (var word in MergeVocabulary.WordsOf(report))
        {
            var (token, head, headWord) = vocabulary.WordTokens(word);
            if (headWord is not null) (compounds ??= []).Add((headWord, head));
            if (ids.Contains(token)) continue;
            ids.Add(token);
            words.Add((word, token));
        }
        // A compound also says its head (`maximumsnelheid`: `snelheid`), unless the report says the head itself.
        List<int>? heads = null;
        foreach (var (headWord, head) in compounds ?? [])
        {
            if (ids.Contains(head)) continue;
            ids.Add(head);
            words.Add((headWord, head));
            (heads ??= []).Add(head);
        }
        var actors = new List<(string, int)>();
        foreach (var actor in report.ContextActors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var token = vocabulary.ActorToken(actor);
            if (ids.Contains(token)) continue;
            ids.Add(token);
            actors.Add((actor, token));
        }
        foreach (var said in MergeVocabulary.PredicateTokens(report))
        {
            var token = vocabulary.PredicateToken(said);
            if (!ids.Contains(token)) ids.Add(token);
        }
        if (!entry.Undated)
            foreach (var date in MergeVocabulary.DateTokens(entry.Span))
                ids.Add(vocabulary.DateToken(date));
        // A token of no other article can be shared with no report: it neither weighs nor anchors.
        var tokens = ids.Where(vocabulary.Shareable).ToArray();
        Array.Sort(tokens);
        var total = 0.0;
        // What happened counts when two reports share it, not against the one that names it: a paraphrase that names no
        // class (`is uit de EU gestapt`) must not fall short of a report that does.
        foreach (var t in tokens)
            if (!vocabulary.IsPredicate(t)) total += vocabulary.Weight(t);
        // Heaviest first; equal weights by id, which follows the tokens' ordinal order. Tokens that link to another
        // text first: words only two copies of one text share would crowd out every anchor to a third article. Tokens
        // common in the archive anchor nothing (MergeVocabulary.MaxAnchorTexts): a report with none cannot merge.
        var eligible = tokens.Where(vocabulary.Anchorable).ToArray();
        var linking = eligible.Where(vocabulary.Links).ToArray();
        var heaviest = (linking.Length > 0 ? linking : eligible).OrderByDescending(vocabulary.Weight).ThenBy(t => t).Take(AnchorCount);
        // What happened (`p:leave`, and said of an actor: `p:leave@verenigd-koninkrijk`) anchors too, however much
        // heavier the report's other words are: two reports of one act by one actor find each other when the one is a
        // long paragraph and the other a short line of a month (brexit: the exit of 31 January 2020 was two items). A
        // report names a few classes and actors, so it is filed under a few more tokens at most, each in at most
        // MaxAnchorTexts texts.
        var anchors = heaviest.Concat(eligible.Where(vocabulary.IsPredicate)).Distinct().ToArray();
        Array.Sort(anchors);
        var (headTokens, headWeight) = (Array.Empty<int>(), 0.0);
        if (heads is not null)
        {
            headTokens = [.. heads.Where(vocabulary.Shareable).Order()];
            foreach (var t in headTokens) headWeight += vocabulary.Weight(t);
        }
        return new ReportProfile(entry, tokens, anchors, [.. words], [.. actors], total, vocabulary.Mask(report.Predicates),
            headTokens, headWeight);
    }

    /// <summary>
    /// The score of <paramref name="a"/> and <paramref name="b"/> as one event, false when they cannot be: their dates
    /// are not compatible, they name different happenings, they share fewer than <see cref="MergeRules.MinShared"/>
    /// tokens or none of their anchors, or the shared weight over the smaller report's weight stays under what their
    /// dates need (<see cref="MergeRules.MinScoreFor"/>).
    /// </summary>
    public static bool TryScore(ReportProfile a, ReportProfile b, MergeVocabulary vocabulary, out double score)
    {
        score = 0;
        if (!DatesFit(a, b) || PredicateLexicon.Differ(a.Predicates, b.Predicates)) return false;
        if (!SharesAnchor(a.anchors, b.anchors) || !Overlap(a, b, vocabulary, out score, out _)) return false;
        return score >= MergeRules.MinScoreFor(MergeRules.Weighed(a.Report, a.Span), MergeRules.Weighed(b.Report, b.Span), a.Report.Event.Date == b.Report.Event.Date);
    }

    /// <summary>Whether the two reports' dates can be one happening's (<see cref="MergeRules.DatesFit"/>).</summary>
    public static bool DatesFit(ReportProfile a, ReportProfile b) =>
        MergeRules.DatesFit(a.Report, a.Span, b.Report, b.Span);

    /// <summary>The fewest words or actors an undated opening shares with a report that dates its article.</summary>
    public const int MinSharedToDate = 3;

    /// <summary>
    /// Whether <paramref name="undated"/> (an undated article's opening sentence) reports the happening that
    /// <paramref name="dated"/> reports, clearly enough that <paramref name="dated"/>'s date may date its article: the
    /// tests of <see cref="TryScore"/> without the dates (the undated report has none), at least
    /// <see cref="MinSharedToDate"/> words or actors in common, and the score a report needs to join an item whose
    /// date lies inside its own (<see cref="MergeRules.MinScoreContained"/>): the article's date will lie somewhere in
    /// the report's.
    /// </summary>
    public static bool TryMatchUndated(ReportProfile undated, ReportProfile dated, MergeVocabulary vocabulary, out double score)
    {
        score = 0;
        if (PredicateLexicon.Differ(undated.Predicates, dated.Predicates) || !SharesAnchor(undated.anchors, dated.anchors)) return false;
        return Overlap(undated, dated, vocabulary, out score, out var shared, withHeads: false) && shared >= MinSharedToDate
            && score >= MergeRules.MinScoreContained;
    }

    // What two reports share: at least MinShared words, actors or classes of enough rare weight; the score is the shared weight
    // over the smaller report's, plus the bonus for naming the same class of happening.
    // Without heads, a compound's head (`snelheid` of `maximumsnelheid`) is not shared: two reports of a speed limit
    // are likely one happening once their dates agree, but the head alone is too weak to give a report its date.
    private static bool Overlap(ReportProfile a, ReportProfile b, MergeVocabulary vocabulary, out double score, out int shared, bool withHeads = true)
    {
        score = 0;
        var (i, j, weight, dates) = (0, 0, 0.0, 0.0);
        shared = 0;
        while (i < a.tokens.Length && j < b.tokens.Length)
        {
            if (a.tokens[i] < b.tokens[j]) i++;
            else if (a.tokens[i] > b.tokens[j]) j++;
            else if (SkipsHead(a, b, a.tokens[i], withHeads)) (i, j) = (i + 1, j + 1);
            else
            {
                weight += vocabulary.Weight(a.tokens[i]);
                if (vocabulary.IsDate(a.tokens[i])) dates += vocabulary.Weight(a.tokens[i]);
                else shared++;
                (i, j) = (i + 1, j + 1);
            }
        }
        // Dates add to the score, but what two reports say must be evidence enough on its own.
        if (shared < MergeRules.MinShared || weight - dates < MergeRules.MinRareTokens * vocabulary.PairWeight) return false;
        var smaller = withHeads ? Math.Min(a.Total, b.Total) : Math.Min(a.Total - a.headWeight, b.Total - b.headWeight);
        if (smaller <= 0) return false;
        var same = (a.Predicates & b.Predicates) != 0 ? MergeRules.SamePredicateBonus : 0;
        score = Math.Round(weight / smaller + same, 3);
        return true;
    }

    // A head links a compound to the word said alone (`maximumsnelheid` / `snelheid`). Two reports that both have it
    // only as a head (both say `coalitieakkoord`) share the compounds already: the head would count them twice.
    private static bool SkipsHead(ReportProfile a, ReportProfile b, int token, bool withHeads)
    {
        if (a.heads.Length == 0 && b.heads.Length == 0) return false;
        var (inA, inB) = (Array.BinarySearch(a.heads, token) >= 0, Array.BinarySearch(b.heads, token) >= 0);
        return withHeads ? inA && inB : inA || inB;
    }

    private static bool SharesAnchor(int[] x, int[] y)
    {
        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else return true;
        }
        return false;
    }

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are one event, for a pair <see cref="TryScore"/> accepted.</summary>
    public static MergeReason Reason(ReportProfile a, ReportProfile b, double score)
    {
        var date = a.Undated ? b.Report.Event.Date : b.Undated ? a.Report.Event.Date
            : MergeRules.SharedDate(a.Report.Event.Date, a.Span, b.Report.Event.Date, b.Span);
        var actors = new List<string>();
        foreach (var (actor, token) in a.actors)
            if (Array.BinarySearch(b.tokens, token) >= 0) actors.Add(actor);
        var words = new List<string>();
        foreach (var (word, token) in a.words)
            if (Array.BinarySearch(b.tokens, token) >= 0 && !SkipsHead(a, b, token, withHeads: true)) words.Add(word);
        var predicate = string.Join("/", a.Report.Predicates.Intersect(b.Report.Predicates, StringComparer.Ordinal));
        return new MergeReason(date, actors, words, score) { Predicate = predicate };
    }
}
