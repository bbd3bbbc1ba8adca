using SiteGen.Articles;
using SiteGen.Caching.BySession;
using SiteGen.Configuration;
using SiteGen.Events;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A `serve` session reuses a timeline entry only when its item is the same object and so is everything else the
/// entry shows: each source's article and rendered body, and each actor's name and link.
/// </summary>
public sealed class RememberedEntriesTests
{
    private static readonly SiteUrls Urls = new(SiteOptions.ForRoot(Path.GetTempPath()) with { BaseUrl = "/repo/" }, new Dictionary<string, string>());

    private static readonly Article Source = new ArticleBuilder("a", "De raad besloot op 3 maart 2023 tot een onderzoek.").Titled("Raad besluit").Dated("2023-03-01").Build();

    private static readonly TimelineItem Item = new("e-2023-03-03-raad", "2023-03-03", DatePrecision.Day, TimexMod.None, false, false,
        "De raad besloot tot een onderzoek.", ["raad"], [new EventSource("a", "De raad besloot op 3 maart 2023 tot een onderzoek.", 0, 50, true)], []);

    private static readonly Dictionary<string, RenderedBody> Bodies = new() { ["a"] = new RenderedBody(new RawHtml("<p>De raad.</p>"), BodyAnchors.None) };

    private static EntryModel Build(RememberedEntries memo, Article article, string actorName, IReadOnlyDictionary<string, RenderedBody> bodies)
    {
        memo.Begin("salt");
        var entries = new TimelineEntries(Ui.Labeler, Urls, Ui.Dutch, new PublisherNames("nl")) { Reuse = memo };
        var timeline = new SiteTimeline([Item], [new Actor("raad", actorName, ActorKind.Organisation)]);
        entries.Build(new TimelineResult(timeline, [article], new Dictionary<string, IReadOnlyList<ArticleEvent>>()), [article], bodies);
        return entries.Entries.Single(e => e.Entry.Id == Item.Id).Entry;
    }

    [Fact]
    public void An_entry_is_reused_only_while_its_item_articles_bodies_and_actors_are_unchanged()
    {
        var memo = new RememberedEntries();
        var first = Build(memo, Source, "De raad", Bodies);
        Assert.Equal((0, 1), memo.LastCounts);

        Assert.Same(first, Build(memo, Source, "De raad", Bodies));
        Assert.Equal((1, 0), memo.LastCounts);

        // An actor's display name changed (another spelling came first): the entry shows the new name.
        var renamed = Build(memo, Source, "De Raad", Bodies);
        Assert.Equal("De Raad", Assert.Single(renamed.Actors).Text);
        Assert.Equal((0, 1), memo.LastCounts);

        // The source article is another object with another title: the entry cites the new title.
        var retitled = Build(memo, Source with { Title = "Raad besluit anders" }, "De Raad", Bodies);
        Assert.Equal("Raad besluit anders", Assert.Single(retitled.Sources).Text);
        Assert.Equal((0, 1), memo.LastCounts);

        // The body was rendered again (its anchors may have moved): the entry is made again.
        var article = Source with { Title = "Raad besluit anders" };
        Build(memo, article, "De Raad", Bodies);
        Build(memo, article, "De Raad", new Dictionary<string, RenderedBody> { ["a"] = Bodies["a"] with { } });
        Assert.Equal((0, 1), memo.LastCounts);

        // Anything every page sees changed (a new render salt): nothing is reused.
        Build(memo, article, "De Raad", Bodies);
        memo.Begin("another salt");
        var entries = new TimelineEntries(Ui.Labeler, Urls, Ui.Dutch, new PublisherNames("nl")) { Reuse = memo };
        entries.Build(new TimelineResult(new SiteTimeline([Item], [new Actor("raad", "De Raad", ActorKind.Organisation)]), [article],
            new Dictionary<string, IReadOnlyList<ArticleEvent>>()), [article], Bodies);
        Assert.Equal((0, 1), memo.LastCounts);
    }
}
