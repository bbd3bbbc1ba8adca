using SiteGen.Caching.BySession;
using SiteGen.Tests.Support;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// Items made with the memory of an earlier build (what `serve` does between rebuilds) are exactly the items made
/// afresh, whatever an edit removed or added; an unchanged group keeps its item object, and nothing else does.
/// </summary>
public sealed class RememberedItemsTests
{
    private static readonly HashSet<string> StopWords = ["de", "het"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Items_made_with_the_memo_equal_items_made_afresh_after_reports_are_removed_and_added(int seed)
    {
        var reports = MergerReports.Random(seed, 300);
        var memo = new RememberedItems();
        var first = TimelineItems.Create(new IndexedEventMerger().Merge(reports), StopWords, memo);
        Assert.Equal((0, first.Count), memo.LastCounts);

        // An edit as a session sees it: the reports of unchanged articles are the same objects, a few are gone, a few new.
        var random = new Random(seed);
        var edited = reports.Where(_ => random.Next(15) != 0).Concat(MergerReports.Random(seed + 100, 12)).ToList();
        var clusters = new IndexedEventMerger().Merge(edited);
        var again = TimelineItems.Create(clusters, StopWords, memo);
        var fresh = TimelineItems.Create(clusters, StopWords);

        Assert.Equal(fresh.Select(x => Describe(x.Item)), again.Select(x => Describe(x.Item)));
        Assert.True(fresh.Select(x => x.Cluster.Members).SequenceEqual(again.Select(x => x.Cluster.Members), MemberLists.Instance));
        var (reused, drafted) = memo.LastCounts;
        Assert.True(reused > 0 && drafted > 0, $"reused {reused}, drafted {drafted}");
        var before = first.Select(x => x.Item).ToHashSet(ReferenceEqualityComparer.Instance);
        var kept = again.Count(x => before.Contains(x.Item));
        Assert.InRange(kept, 1, reused);

        // Nothing changed: every item is the same object as in the build before.
        var unchanged = TimelineItems.Create(new IndexedEventMerger().Merge(edited), StopWords, memo);
        Assert.Equal(again.Select(x => x.Item), unchanged.Select(x => x.Item), ReferenceEqualityComparer.Instance);
        Assert.Equal((again.Count, 0), memo.LastCounts);
    }

    private sealed class MemberLists : IEqualityComparer<IReadOnlyList<SiteGen.Events.ExtractedEvent>>
    {
        public static readonly MemberLists Instance = new();

        public bool Equals(IReadOnlyList<SiteGen.Events.ExtractedEvent>? a, IReadOnlyList<SiteGen.Events.ExtractedEvent>? b) =>
            a!.SequenceEqual(b!, ReferenceEqualityComparer.Instance);

        public int GetHashCode(IReadOnlyList<SiteGen.Events.ExtractedEvent> list) => list.Count;
    }

    private static string Describe(TimelineItem item) =>
        string.Join('|', item.Id, item.Date, item.Precision, item.Mod, item.Estimated, item.Planned, item.Text,
            string.Join(',', item.ActorIds),
            string.Join(',', item.Sources.Select(s => $"{s.ArticleId}:{s.SentenceStart}:{s.SentenceEnd}:{s.IsHeadline}:{s.Sentence}")),
            string.Join(',', item.Merges.Select(m => $"{m.SharedDate}/{m.Score}/{string.Join('+', m.SharedActors)}/{string.Join('+', m.SharedWords)}")));
}
