using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Progress;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using SiteGen.Tests.Timeline.Reference;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>The product's timeline (parallel extraction, indexed merging) must be exactly the plain reference one.</summary>
public sealed class TimelineBuilderReferenceTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(() =>
    {
        using var corpus = new GeneratedCorpus(120);
        return new ArticleLoader(Tagger, "nl").LoadFolder(corpus.Input, new DiagnosticBag());
    });

    [Fact]
    public void The_indexed_merger_forms_the_clusters_of_the_plain_merger()
    {
        var extractor = EventExtractor.Create("nl");
        var events = Articles.Value.SelectMany(a => extractor.Extract(a).Events).ToList();

        var plain = new PlainEventMerger().Merge(events);
        var indexed = new IndexedEventMerger().Merge(events);

        Assert.Contains(plain, c => c.Members.Count > 1);
        Assert.Equal(Describe(plain), Describe(indexed));
    }

    [Fact]
    public void The_parallel_timeline_is_the_plain_timeline()
    {
        var plain = new PlainTimelineBuilder(Tagger).Build(Articles.Value);
        var parallel = new TimelineBuilder(Tagger, parallelism: 4).Build(Articles.Value);

        Assert.Equal(Json(plain.Timeline), Json(parallel.Timeline));
        Assert.Equal(JsonSerializer.Serialize(plain.EventsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal)),
            JsonSerializer.Serialize(parallel.EventsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal)));
        Assert.Equal(plain.Articles.Select(a => (a.Id, a.Date)), parallel.Articles.Select(a => (a.Id, a.Date)));
    }

    [Theory]
    [InlineData(1, 2048)]
    [InlineData(2, 1)]
    [InlineData(7, 5)]
    [InlineData(1, 3)]
    public void Events_json_written_in_parallel_chunks_has_the_bytes_of_the_sequential_writer(int parallelism, int itemsPerChunk)
    {
        var timeline = new TimelineBuilder(Tagger, parallelism: 2).Build(Articles.Value).Timeline;
        Assert.True(timeline.Items.Count > 4 * 7 * 5, "more chunks than one batch of the most threads");
        foreach (var t in new[] { timeline, timeline with { Items = [.. timeline.Items.Take(3)] }, new SiteTimeline([], timeline.Actors), new SiteTimeline([], []) })
        {
            using var stream = new MemoryStream();
            TimelineJson.WriteLines(t, stream, parallelism, itemsPerChunk);
            Assert.Equal(Json(t) + "\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            Assert.Equal(stream.ToArray(), TimelineJson.ToUtf8Lines(t, parallelism));
        }
    }

    private static string[] Describe(IReadOnlyList<EventCluster> clusters) =>
        [.. clusters.Select(c => string.Join(" | ", c.Members.Select(m => $"{m.Event.ArticleId}@{m.Event.SentenceStart}:{m.Event.Date}"))
            + " / " + string.Join(" | ", c.Reasons.Select(r => $"{r.SharedDate} {r.Score}")))];

    private static string Json(SiteTimeline timeline)
    {
        using var stream = new MemoryStream();
        TimelineJson.Write(timeline, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
