using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// What <see cref="MergeRules.Compare"/> looks at in one report, worked out once per merge instead of once per
/// pair. A prolific actor's reports are compared pairwise by the hundred thousand; per pair the plain comparison
/// parses both dates, intersects the actors with LINQ and builds a set of stem substrings, and then nearly every
/// pair is rejected. <see cref="TryScore"/> rejects without allocating; only the pair that wins a group gets its
/// <see cref="MergeReason"/> built, with the lists in the plain comparison's order.
/// </summary>
internal sealed class ReportProfile
{
    /// <summary>The distinct actors in ordinal order: the order of <see cref="MergeReason.SharedActors"/>.</summary>
    private readonly string[] actors;

    /// <summary>The ids of <see cref="actors"/>, position for position.</summary>
    private readonly int[] actorIds;

    /// <summary>Distinct stem ids, ascending, so that shared stems are counted in one walk.</summary>
    private readonly int[] stems;

    /// <summary>The first word of each stem, in the report's order: the order of <see cref="MergeReason.SharedWords"/>.</summary>
    private readonly (string Word, int Stem)[] words;

    private ReportProfile(MergeOrder.Entry entry, string[] actors, int[] actorIds, int[] stems, (string, int)[] words)
    {
        (Report, Span, Article, _) = entry;
        (this.actors, this.actorIds, this.stems, this.words) = (actors, actorIds, stems, words);
    }

    public ExtractedEvent Report { get; }

    public TimexPeriod Span { get; }

    /// <summary>The rank of the report's article id (<see cref="MergeOrder.Entry.Article"/>).</summary>
    public int Article { get; }

    public ReadOnlySpan<string> Actors => actors;

    public static ReportProfile Create(MergeOrder.Entry entry, StringIds ids)
    {
        var actors = DistinctOrdinal(entry.Report.ContextActors);
        var actorIds = new int[actors.Length];
        for (var i = 0; i < actors.Length; i++) actorIds[i] = ids.IdOf(actors[i]);

        // Plain loops: at 150,000 reports LINQ's sets and buffers here made a third of the merge's garbage.
        var keyWords = entry.Report.KeyWords;
        var words = new (string Word, int Stem)[keyWords.Count];
        var stems = new int[keyWords.Count];
        var count = 0;
        foreach (var word in keyWords)
        {
            var stem = ids.StemIdOf(word);
            if (Array.IndexOf(stems, stem, 0, count) >= 0) continue;
            (words[count], stems[count]) = ((word, stem), stem);
            count++;
        }
        Array.Resize(ref words, count);
        Array.Resize(ref stems, count);
        Array.Sort(stems);
        return new ReportProfile(entry, actors, actorIds, stems, words);
    }

    private static string[] DistinctOrdinal(IReadOnlyList<string> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var count = 0;
        foreach (var value in sorted)
            if (count == 0 || sorted[count - 1] != value) sorted[count++] = value;
        Array.Resize(ref sorted, count);
        return sorted;
    }

    /// <summary>
    /// The score of <see cref="MergeRules.Compare"/>(a, b), false where that is null. Counting suffices: the shared
    /// actors are the distinct actors both name, the shared words one per stem both have.
    /// </summary>
    public static bool TryScore(ReportProfile a, ReportProfile b, out double score)
    {
        score = 0;
        if (!a.Span.CompatibleWith(b.Span)) return false;
        var actors = 0;
        foreach (var id in a.actorIds)
            if (b.NamesActor(id)) actors++;
        if (actors == 0) return false;
        var words = SharedCount(a.stems, b.stems);
        if (words == 0) return false;
        score = actors + words + (a.Report.Event.Date == b.Report.Event.Date ? 1 : 0);
        return score >= MergeRules.MinScoreFor(a.Span, b.Span);
    }

    /// <summary><see cref="MergeRules.Compare"/>(a, b) for a pair <see cref="TryScore"/> accepted with <paramref name="score"/>.</summary>
    public static MergeReason Reason(ReportProfile a, ReportProfile b, double score)
    {
        var date = MergeRules.SharedDate(a.Report.Event.Date, a.Span, b.Report.Event.Date, b.Span);
        var actors = new List<string>();
        for (var i = 0; i < a.actors.Length; i++)
            if (b.NamesActor(a.actorIds[i])) actors.Add(a.actors[i]);
        var words = new List<string>();
        foreach (var (word, stem) in a.words)
            if (Array.BinarySearch(b.stems, stem) >= 0) words.Add(word);
        return new MergeReason(date, actors, words, score);
    }

    // A report names a handful of actors: a scan beats a set.
    private bool NamesActor(int id) => Array.IndexOf(actorIds, id) >= 0;

    private static int SharedCount(int[] x, int[] y)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else (i, j, shared) = (i + 1, j + 1, shared + 1);
        }
        return shared;
    }
}
