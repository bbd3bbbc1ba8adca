using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Events;
using SiteGen.Tests.Support;
using SiteGen.Tests.Timeline.Reference;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// The indexed merger (precomputed reports, cheap rejection, calendar-cell index) must decide exactly what the plain
/// <see cref="PlainEventMerger"/> decides: the same clusters in the same order, the same members in the same order, and
/// the same reasons to the last field, ties in score included.
/// </summary>
public sealed class IndexedEventMergerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Generated_reports_merge_exactly_as_with_the_plain_merger(int seed)
    {
        var reports = MergerReports.Random(seed, 400);

        var plain = new PlainEventMerger().Merge(reports);
        var indexed = new IndexedEventMerger().Merge(reports);

        Assert.Contains(plain, c => c.Members.Count > 2);
        Assert.True(HasTiedBestScores(reports), "the reports should include a report scoring equally against two others");
        Assert.Equal(MergerReports.Describe(plain, reports), MergerReports.Describe(indexed, reports));
    }

    [Fact]
    public void Reports_of_an_archive_larger_than_the_anchor_ceiling_merge_exactly_as_with_the_plain_merger()
    {
        // Each generated report renamed into one of 600 articles: the shared vocabulary then lies in more texts than
        // MaxAnchorTexts, so some tokens anchor nothing and some reports have no anchor at all.
        var reports = MergerReports.Random(11, 900)
            .Select((r, i) => r with { Event = r.Event with { ArticleId = $"archief-{i % 600:D3}" } }).ToList();

        var plain = new PlainEventMerger().Merge(reports);
        var indexed = new IndexedEventMerger().Merge(reports);

        Assert.Contains(plain, c => c.Members.Count > 1);
        Assert.Equal(MergerReports.Describe(plain, reports), MergerReports.Describe(indexed, reports));
    }

    [Fact]
    public void The_input_order_does_not_matter_beyond_full_ties()
    {
        var reports = MergerReports.Random(7, 300).DistinctBy(r => (r.Event.ArticleId, r.Event.SentenceStart, r.Event.TimexStart, r.Event.Date)).ToList();
        var reversed = Enumerable.Reverse(reports).ToList();

        Assert.Equal(MergerReports.Describe(new IndexedEventMerger().Merge(reports), reports),
            MergerReports.Describe(new IndexedEventMerger().Merge(reversed), reports));
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_reports_merge_exactly_as_with_the_plain_merger() =>
        Prop.ForAll(ReportLists(), reports =>
            MergerReports.Describe(new PlainEventMerger().Merge(reports), reports)
                .SequenceEqual(MergerReports.Describe(new IndexedEventMerger().Merge(reports), reports)));

    private static Arbitrary<List<ExtractedEvent>> ReportLists()
    {
        var report =
            from article in Gen.Choose(0, MergerReports.Articles.Length - 1)
            from date in Gen.Choose(0, MergerReports.Dates.Length - 1)
            from sentence in Gen.Choose(0, 2)
            from timex in Gen.Choose(-1, 1)
            from actors in Gen.Choose(0, MergerReports.Actors.Length - 1).ListOf()
            from words in Gen.Choose(0, MergerReports.Words.Length - 1).ListOf()
            select MergerReports.Report(article, date, sentence, timex, actors, words);
        return report.ListOf().Select(r => r.ToList()).ToArbitrary();
    }

    /// <summary>Whether some report is one event with two earlier-sorted reports of other articles at the same score.</summary>
    private static bool HasTiedBestScores(List<ExtractedEvent> reports)
    {
        var merger = new IndexedEventMerger();
        merger.Merge(reports);
        return reports.Any(r => reports
            .Where(m => m.Event.ArticleId != r.Event.ArticleId)
            .Select(m => merger.Compare(m, r))
            .OfType<MergeReason>()
            .GroupBy(reason => reason.Score)
            .Any(g => g.Count() > 1));
    }
}
