using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Loading;

/// <summary>The five seeds as scraped: titles, slugs, furniture and spans.</summary>
public class SeedArticleTests
{
    [Theory]
    [InlineData("000", "China en Rusland: geen uitbreiding NAVO", "china-en-rusland-geen-uitbreiding-navo", "headline")]
    [InlineData("001", "De banden tussen China en Rusland zijn vandaag 'ongekend goed'", "de-banden-tussen-china-en-rusland-zijn-vandaag-ongekend-goed", "lead")]
    [InlineData("002", "De Russische president Vladimir Poetin en de Chinese leider Xi Jinping spraken elkaar woensdag", "de-russische-president-vladimir-poetin-en-de-chinese-leider", "lead")]
    [InlineData("003", "Rusland heeft China gevraagd om militaire steun", "rusland-heeft-china-gevraagd-om-militaire-steun", "lead")]
    [InlineData("004", "Poetin bezoekt China: 'Warme en kameraadschappelijke gesprekken'", "poetin-bezoekt-china-warme-en-kameraadschappelijke", "headline")]
    public void Seed_titles_and_slugs(string seed, string title, string slug, string source)
    {
        var article = Seeds.Load(seed);
        Assert.Equal(title, article.Title);
        Assert.Equal(slug, article.Slug);
        var titleLines = article.Paragraphs.Where(p => p.Rule == "title").Select(p => Seeds.TextOf(article, p));
        Assert.Equal(source == "headline" ? [title] : [], titleLines);
    }

    [Fact]
    public void Folder_loads_all_seeds_in_path_order_with_unique_slugs_and_no_problems()
    {
        var bag = new DiagnosticBag();
        var articles = Seeds.Loader().LoadFolder(Seeds.Folder, bag);
        Assert.Equal(["000", "001", "002", "003", "004"], articles.Select(a => a.Id[..3]));
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
        Assert.DoesNotContain(bag.Sorted, d => d.Severity != Severity.Info);
        Assert.All(articles, a => Assert.Equal(64, a.Source.ContentHash.Length));
        Assert.Equal("000_cb0ba9fad2ddb346", articles[0].Id);
    }

    [Theory]
    [InlineData("001", "date 2022-02", "De banden tussen China")]
    [InlineData("002", "date 2021-12", "De Russische president")]
    [InlineData("003", "date 2022-03", "Rusland heeft China")]
    public void Date_header_is_furniture_and_the_first_paragraph_starts_after_it(string seed, string header, string lead)
    {
        var article = Seeds.Load(seed);
        Assert.Equal((ParagraphKind.Furniture, header), (article.Paragraphs[0].Kind, Seeds.TextOf(article, article.Paragraphs[0])));
        Assert.Equal(ParagraphKind.Text, article.Paragraphs[1].Kind);
        Assert.StartsWith(lead, Seeds.TextOf(article, article.Paragraphs[1]));
    }

    [Fact]
    public void Seed_000_furniture_is_recognised_and_kept()
    {
        var article = Seeds.Load("000");
        var furniture = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Furniture).Select(p => (p.Rule, Seeds.TextOf(article, p))).ToList();
        Assert.Equal(
        [
            ("dateline", "Internationaal4 feb '22 15:36Aangepast op 4 feb '22 15:56"),
            ("title", "China en Rusland: geen uitbreiding NAVO"),
            ("byline", "Auteur: BNR Webredactie"),
            ("read-more", "Lees terug | Chinezen pikken WeChat-account van Australische premier in"),
            ("read-more", "Luister terug | Diplomatieke crisis door pact VS, VK en Australië"),
            ("read-more", "Luister terug | China hindert buitenlandse journalisten"),
            ("read-more", "Lees terug | Australië wil rol spelen in handelsconflict tussen China en EU"),
            ("share", "Deel dit artikel"),
            ("also-read", "Gerelateerde artikelen"),
        ], furniture);
        Assert.Equal("BNR Webredactie", article.Meta.Author);
        Assert.Equal(["Veiligheidsalliantie", "Oekraïne", "Negatieve invloed VS"],
            article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => Seeds.TextOf(article, p)));
    }

    [Fact]
    public void Seed_001_read_more_lines_are_furniture_and_headings_found()
    {
        var article = Seeds.Load("001");
        Assert.Equal(3, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Furniture));
        Assert.Contains(article.Paragraphs, p => p.Rule == "read-more" && Seeds.TextOf(article, p).StartsWith("Lees ook de analyse", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Rule == "read-more" && Seeds.TextOf(article, p).StartsWith("Lees meer in ons dossier", StringComparison.Ordinal));
        Assert.Equal(["Internationale veiligheid", "Hoogspanning in Oekraïne: Macron naar Moskou en Kiev", "Diplomatieke boycot"],
            article.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => Seeds.TextOf(article, p)));
    }

    [Fact]
    public void Seed_002_pull_quotes_with_speaker_are_quotes_and_box_label_is_furniture()
    {
        var article = Seeds.Load("002");
        var quotes = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Quote).Select(p => Seeds.TextOf(article, p)).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.EndsWith("beter te beschermen. Xi Jinping Chinese president", quotes[0]);
        Assert.EndsWith("aangelegenheden. Vladimir Poetin Russische president", quotes[1]);
        Assert.Contains(article.Paragraphs, p => p.Rule == "box-label" && Seeds.TextOf(article, p) == "De essentie");
        // The quoted sentence itself, with its attribution "zei Xi", stays text.
        Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Text && Seeds.TextOf(article, p).StartsWith("Hij riep zijn 'goede vriend'", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_004_caption_dateline_and_embed_intro_are_furniture()
    {
        var article = Seeds.Load("004");
        var p = article.Paragraphs;
        Assert.Equal(("caption-agency", "Reuters Ontmoeting Xi en Poetin vandaag in Peking"), (p[0].Rule, Seeds.TextOf(article, p[0])));
        Assert.Equal(("dateline-source", "NOS Nieuws • vandaag, 09:34"), (p[1].Rule, Seeds.TextOf(article, p[1])));
        Assert.Equal(p[1].End + 1, p[2].Start);
        Assert.Contains(p, x => x.Rule == "embed-intro" && Seeds.TextOf(article, x) == "De ontvangst van Poetin door Xi vandaag:");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Spans_are_ordered_trimmed_and_cover_every_visible_character(string seed)
    {
        var article = Seeds.Load(seed);
        var text = article.Source.Text;
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var p in article.Paragraphs)
        {
            Assert.True(p.Start >= previousEnd && p.End > p.Start && p.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[p.Start]) || char.IsWhiteSpace(text[p.End - 1]));
            for (var i = p.Start; i < p.End; i++) covered[i] = true;
            previousEnd = p.End;
        }
        for (var i = 0; i < text.Length; i++)
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"offset {i} '{text[i]}' is in no paragraph");
    }
}
