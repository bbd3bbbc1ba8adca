using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Tests.Loading;
using SiteGen.Tests.Support;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// A build packs article texts once events are extracted (<see cref="PackedArticles"/>); the timeline's own readers of
/// a text (redating an article from a strong merge, dating an undated one from a dossier) unpack it first.
/// </summary>
public sealed class PackedTimelineTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Fact]
    public void The_timeline_of_packed_articles_is_the_timeline_of_the_articles_as_they_are()
    {
        using var corpus = new GeneratedCorpus(120);
        var loader = new ArticleLoader(Tagger, "nl");
        var articles = loader.LoadFolder(corpus.Input, new DiagnosticBag()).Concat(loader.LoadFolder(Seeds.Folder, new DiagnosticBag())).ToList();
        var extractor = EventExtractor.Create("nl");
        var extracted = articles.Select(extractor.Extract).ToList();

        var plain = new TimelineBuilder(new Lazy<TemporalTagger>(Tagger), extractor, 2).Build(articles, extracted);
        var packed = new TimelineBuilder(new Lazy<TemporalTagger>(Tagger), extractor, 2).Build(PackedArticles.Pack(articles, 2), extracted);

        Assert.Contains(plain.Articles, a => a.Date?.Source == "refined");
        Assert.Contains(plain.Articles, a => a.Date?.Source == "dossier");
        Assert.Equal(TimelineJson.ToUtf8Lines(plain.Timeline, 1), TimelineJson.ToUtf8Lines(packed.Timeline, 1));
        Assert.Equal(JsonSerializer.Serialize(plain.EventsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal)),
            JsonSerializer.Serialize(packed.EventsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal)));
        Assert.Equal(plain.Articles.Select(a => (a.Id, a.Date, a.Source.Text)),
            packed.Articles.Select(a => (a.Id, a.Date, a.WithTextUnpacked().Source.Text)));
        Assert.All(packed.Articles, a => Assert.NotNull(a.Source.Packed));
    }
}
