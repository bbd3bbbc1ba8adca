using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Temporal;
using SiteGen.Tests.Loading;
using SiteGen.Timeline;

namespace SiteGen.Tests.Timeline;

/// <summary>The seeds loaded and tagged once, with their timeline built (the tagger is the slow part), shared by the seed tests.</summary>
public sealed class SeedTimeline
{
    public SeedTimeline()
    {
        var tagger = TemporalTagger.Create("nl");
        Articles = new ArticleLoader(tagger, "nl").LoadFolder(Seeds.Folder, new DiagnosticBag());
        Result = new TimelineBuilder(tagger).Build(Articles);
        Reversed = new TimelineBuilder(tagger).Build([.. Articles.Reverse()]);
    }

    public IReadOnlyList<Article> Articles { get; }

    public TimelineResult Result { get; }

    public TimelineResult Reversed { get; }

    public Article Article(string prefix) => Result.Articles.Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    public IReadOnlyList<SiteGen.Events.ArticleEvent> Events(string prefix) => Result.EventsByArticle[Article(prefix).Id];

    public string SentenceOf(SiteGen.Events.ArticleEvent e) => Article(e.ArticleId[..3]).Source.Text[e.SentenceStart..e.SentenceEnd];
}
