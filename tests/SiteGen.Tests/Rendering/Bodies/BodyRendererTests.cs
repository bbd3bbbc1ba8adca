using SiteGen.Rendering;
using SiteGen.Rendering.Bodies;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Bodies;

public class BodyRendererTests
{
    private static readonly TimexMarkup Markup = new(Ui.Labeler);

    [Fact]
    public void Marks_each_date_in_place_with_its_value_on_hover_and_focus()
    {
        var article = new ArticleBuilder("a", "Vorig jaar stelde Peking een plan voor. Dat was in maart 2023.")
            .Sentence("Vorig jaar stelde Peking een plan voor.").Sentence("Dat was in maart 2023.")
            .Match("Vorig jaar", "2021").Match("maart 2023", "2023-03").Build();

        var html = new TextBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Contains("<time class=\"tx\" datetime=\"2021\" data-timex=\"2021\" data-label=\"2021\" tabindex=\"0\">Vorig jaar<span class=\"vh\"> (2021)</span></time>", html);
        Assert.Contains("datetime=\"2023-03\"", html);
        Assert.Contains("data-label=\"maart 2023\"", html);
    }

    [Fact]
    public void Every_sentence_and_paragraph_has_an_anchor_and_links_find_them()
    {
        const string text = "Eerste zin. Tweede zin met vorig jaar.\n\nNieuwe alinea.";
        var article = new ArticleBuilder("a", text).Sentence("Eerste zin.").Sentence("Tweede zin met vorig jaar.").Build();

        var body = new TextBodyRenderer(Markup).Render(article);

        Assert.Contains("<p id=\"p-0\"><span class=\"zin\" id=\"z-0\">Eerste zin. </span><span class=\"zin\" id=\"z-12\">", body.Html.Html);
        Assert.Equal("z-12", body.AnchorFor(article, text.IndexOf("vorig", StringComparison.Ordinal)));
        Assert.Equal("p-40", body.AnchorFor(article, text.IndexOf("alinea", StringComparison.Ordinal)));
    }

    [Fact]
    public void Article_text_is_encoded_never_markup_nor_template()
    {
        var article = new ArticleBuilder("a", "<script>alert(1)</script> \"><svg onload=x> {{ 1 + 1 }}").Build();

        var html = new TextBodyRenderer(Markup).Render(article).Html.Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<svg", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;svg onload=x&gt; {{ 1 + 1 }}", html);
    }

    [Fact]
    public void Crlf_input_gives_lf_output()
    {
        var article = new ArticleBuilder("a", "Regel een\r\nregel twee").Build();
        Assert.DoesNotContain("\r", new TextBodyRenderer(Markup).Render(article).Html.Html);
    }

    [Fact]
    public void Markdown_is_rendered_sanitised_with_time_markers_and_headings_below_h1()
    {
        const string text = "# Kop\n\nOp **4 februari 2022** sprak hij. <img src=x onerror=alert(1)> [klik](javascript:alert(1))";
        var article = new ArticleBuilder("m", text).Markdown()
            .Sentence("Op **4 februari 2022** sprak hij.").Match("4 februari 2022", "2022-02-04").Build();

        var html = new MarkdownBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Contains("<h2>Kop</h2>", html);
        Assert.Contains("<strong><time class=\"tx\" datetime=\"2022-02-04\"", html);
        Assert.Contains("id=\"z-", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Theory]
    [InlineData("Zie [klik](javascript:alert(1)) nu.", "Zie klik nu.")]
    [InlineData("Zie [klik]( JaVaScRiPt:alert(1) ) nu.", "Zie klik nu.")]
    [InlineData("Zie [het plan](../plan.html) nu.", "Zie het plan nu.")]
    [InlineData("Zie ![foto](https://example.org/x.png) nu.", "Zie  nu.")]
    [InlineData("Zie [de bron](https://example.org/a?b=1&c=2) nu.", "Zie <a href=\"https://example.org/a?b=1&amp;c=2\">de bron</a> nu.")]
    [InlineData("Mail [ons](mailto:redactie@example.org).", "Mail <a href=\"mailto:redactie@example.org\">ons</a>.")]
    public void Markdown_without_raw_html_keeps_only_links_that_resolve(string text, string expected)
    {
        // No '<' in the body: the sanitizer is skipped, and the same link rules apply on Markdig's tree.
        var article = new ArticleBuilder("m", text).Markdown().Build();

        var html = new MarkdownBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Contains(expected, html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("## Kop over 4 maart 2022", "h3", "<h3><span class=\"zin\" id=\"z-0\"></span>Kop over <time")]
    [InlineData("- punt op 4 maart 2022\n- tweede punt", "li", "<li><span class=\"zin\" id=\"z-0\"></span>punt op <time")]
    [InlineData("> citaat van 4 maart 2022", "blockquote", "<blockquote>\n<p><span class=\"zin\" id=\"z-0\"></span>citaat van <time")]
    [InlineData("> - genest op 4 maart 2022", "blockquote li", "<li><span class=\"zin\" id=\"z-0\"></span>genest op <time")]
    [InlineData("1. eerste op 4 maart 2022", "ol li", "<li><span class=\"zin\" id=\"z-0\"></span>eerste op <time")]
    public void Markdown_blocks_keep_their_markers_ahead_of_the_inserted_anchors(string text, string selector, string expected)
    {
        // The sentence starts at the block marker: its anchor goes after the marker, where the block's text starts.
        var sentence = text.Split('\n')[0];
        var article = new ArticleBuilder("m", text).Markdown().Sentence(sentence).Match("4 maart 2022", "2022-03-04").Build();

        var html = new MarkdownBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Contains(expected, html);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.NotNull(document.QuerySelector(selector));
        Assert.DoesNotContain("## ", document.Body!.TextContent);
        Assert.DoesNotContain("> ", document.Body!.TextContent);
    }

    [Theory]
    [InlineData("Zie `code van 4 maart 2022` hier.", "4 maart 2022")]
    [InlineData("Zie [de bron](https://example.org/4-maart-2022) hier.", "4-maart-2022")]
    [InlineData("Zie <https://example.org/4-maart-2022> hier.", "4-maart-2022")]
    [InlineData("```\nblok van 4 maart 2022\n```", "4 maart 2022")]
    public void Dates_inside_code_and_link_addresses_stay_unmarked(string text, string date)
    {
        var article = new ArticleBuilder("m", text).Markdown().Match(date, "2022-03-04").Build();

        var html = new MarkdownBodyRenderer(Markup).Render(article).Html.Html;

        Assert.DoesNotContain("<time", html);
        Assert.DoesNotContain("&lt;time", html);
        Assert.DoesNotContain("%3Ctime", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_date_opening_inside_a_link_and_closing_outside_it_stays_unmarked()
    {
        const string text = "Op [4 maart](https://example.org/a) 2022 sprak hij.";
        var article = new ArticleBuilder("m", text).Markdown().Match("4 maart](https://example.org/a) 2022", "2022-03-04").Build();

        var html = new MarkdownBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Contains("<a href=\"https://example.org/a\">4 maart</a> 2022", html);
        Assert.DoesNotContain("<time", html);
    }

    [Fact]
    public void Furniture_and_the_repeated_title_are_left_out()
    {
        var article = new ArticleBuilder("a", "De titel\n\nTekst.\n\nLees ook | iets").Titled("De titel").Build();
        article = article with { Paragraphs = [article.Paragraphs[0], article.Paragraphs[1], article.Paragraphs[2] with { Kind = SiteGen.Cleaning.ParagraphKind.Furniture }] };

        var html = new TextBodyRenderer(Markup).Render(article).Html.Html;

        Assert.Equal("<p id=\"p-10\">Tekst.</p>\n", html);
    }
}
