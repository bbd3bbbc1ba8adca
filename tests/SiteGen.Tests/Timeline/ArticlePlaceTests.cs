using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Tests.Events;
using SiteGen.Tests.Timeline.Reference;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// An item holds one report per article. When two sentences of one article both match an item, the one that reports
/// the item's happening takes the article's place, not the one met first: `Het college denkt dat X geschikt is …`
/// (an opinion) must not keep `X werd zondag aangesteld …` (the appointment) out of the appointment's item.
/// </summary>
public class ArticlePlaceTests
{
    private static readonly TimelineBuilder Builder = new(TemporalTagger.Create("nl"));

    // The appointment, told by the province.
    private static Article Announcement() => HandMade.Article("a1",
        "Oud-burgemeester Henk Vermeer gaat bemiddelen tussen de kottervissers en de provincie over de sluiting van de visgronden. Dat meldt de provincie zondag.",
        "2024-03", ("zondag", "2024-03"));

    // Its lead is an opinion about the man; the appointment itself is its second paragraph, beyond the sentences
    // right after the lead that a report dated in the week of publication would take the lead from.
    private static Article Portrait() => HandMade.Article("a2",
        "Het college denkt dat oud-burgemeester Henk Vermeer geschikt is om de gesprekken met de boze kottervissers weer op gang te brengen. Hij kent de havens goed. "
        + "Twaalf jaar was hij burgemeester van een vissersdorp. Ook zat hij in het bestuur van de vissersbond.\n\n"
        + "De 68-jarige oud-burgemeester werd zondag door de provincie aangesteld om te bemiddelen over de sluiting van de visgronden.",
        "2024-03", ("zondag", "2024-03"));

    // Other news of the month, some of it in the opinion's words (`college`, `gesprekken`, `boze`, `haven`).
    private static IEnumerable<Article> Others() => new[]
    {
        "Het college opent de vernieuwde haven van Moddergat voor plezierjachten.",
        "De gemeenteraad stemt in met de begroting voor de nieuwe sporthal in Holwerd.",
        "Gesprekken over de windmolens langs de dijk bij Paesens lopen vast.",
        "Het waterschap verhoogt de zeewering bij Wierum over twee kilometer.",
        "Boze ouders eisen een zebrapad bij de basisschool in Ternaard.",
        "De provincie betaalt mee aan de verbouwing van het dorpshuis in Oostmahorn.",
    }.Select((text, i) => HandMade.Article($"o{i}", text, "2024-03"));

    [Fact]
    public void The_sentence_that_reports_the_happening_takes_its_articles_place_in_the_item()
    {
        var items = Builder.Build([Announcement(), Portrait(), .. Others()]).Timeline.Items;
        var item = Assert.Single(items, i => i.Sources.Any(s => s.ArticleId == "a1"));
        var fromPortrait = Assert.Single(item.Sources, s => s.ArticleId == "a2");
        Assert.Contains("aangesteld", fromPortrait.Sentence);
        // The opinion stays an item of its own.
        Assert.Single(items, i => i.Sources.Any(s => s.ArticleId == "a2" && s.Sentence.Contains("denkt")));
    }

    [Fact]
    public void The_indexed_merger_gives_the_article_place_as_the_plain_merger_does()
    {
        var extractor = EventExtractor.Create("nl");
        var reports = new[] { Announcement(), Portrait() }.Concat(Others()).SelectMany(a => extractor.Extract(a).Events).ToList();

        string[] Describe(IReadOnlyList<EventCluster> clusters) =>
            [.. clusters.Select(c => string.Join(" | ", c.Members.Select(m => $"{m.Event.ArticleId}@{m.Event.SentenceStart}"))
                + " / " + string.Join(" | ", c.Reasons.Select(r => $"{r.SharedDate} {r.Score}")))];
        var plain = Describe(new PlainEventMerger().Merge(reports));

        Assert.Contains(plain, c => c.StartsWith("a1@0 | a2@", StringComparison.Ordinal) && !c.StartsWith("a1@0 | a2@0", StringComparison.Ordinal));
        Assert.Equal(plain, Describe(new IndexedEventMerger().Merge(reports)));
    }
}
