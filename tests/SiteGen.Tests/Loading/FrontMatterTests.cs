using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using Xunit;

namespace SiteGen.Tests.Loading;

public class FrontMatterTests
{
    private static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Load(string text, string name = "a.md")
    {
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, name, bag);
        // most bodies here name no date: the warning that says so (SG0141) is not what these tests are about
        // (ArticleDateReportTests is), so only the front matter's own diagnostics are returned
        return (article, [.. bag.Sorted.Where(d => d.Code != "SG0141")]);
    }

    [Fact]
    public void Valid_front_matter_sets_every_field_and_the_body_starts_after_it()
    {
        var text = "---\r\ntitle: \"Poetin bezoekt China\"\r\ndate: 2024-05-16 09:34\r\nsource: NOS\r\nurl: https://nos.nl/artikel/1\r\n"
                   + "author: Jan Jansen\r\ntags: [china, rusland]\r\nlang: nl\r\n---\r\nDe Russische president is in **Peking**.\r\n";
        var (article, diagnostics) = Load(text);
        Assert.Empty(diagnostics);
        Assert.Equal(new FrontMatter("Poetin bezoekt China", "2024-05-16 09:34", "NOS", "https://nos.nl/artikel/1", "Jan Jansen", article!.Meta.Tags, "nl"), article.Meta);
        Assert.Equal(["china", "rusland"], article.Meta.Tags!);
        Assert.Equal(("Poetin bezoekt China", "poetin-bezoekt-china"), (article.Title, article.Slug));
        Assert.Equal("De Russische president is in **Peking**.", text[article.Paragraphs[0].Start..article.Paragraphs[0].End]);
        Assert.Equal(SiteGen.Loading.ArticleFormat.Markdown, article.Format);
        Assert.Equal(new SiteGen.Temporal.DocumentDate("2024-05-16T09:34", false, "front-matter"), article.Date);
    }

    /// <summary>Nine levels, each a list of nine aliases to the level below: about 600 bytes standing for 9^9 values.</summary>
    private static string AliasBomb(bool asKey)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= 8; level++)
            lines.Add($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]");
        lines.Add(asKey ? "? *a8\n: 1" : "tags: *a8");
        return "---\ntitle: Bom\n" + string.Join("\n", lines) + "\n---\nOp 4 maart 2022 sprak de minister.\n";
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_alias_bomb_is_refused_at_once_even_as_a_key(bool asKey)
    {
        var text = AliasBomb(asKey);
        Assert.True(text.Length < 800, $"{text.Length} bytes");
        // On a build without limits this took minutes (YamlDotNet hashes a key whole): fail instead of hanging the suite.
        var load = Task.Run(() => Load(text));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))));
        var (article, diagnostics) = await load;

        var problem = Assert.Single(diagnostics, d => d.Code == "SG0118");
        // Found where the aliases first stand for more than 10,000 values: the anchor a4, 9^5 values, on line 7.
        Assert.Equal((Severity.Warning, "a.md", 7), (problem.Severity, problem.File, problem.Line));
        Assert.Contains("more than 10,000 values", problem.Message);
        Assert.Equal("Op 4 maart 2022 sprak de minister.", article!.Source.Text[article.Paragraphs[0].Start..article.Paragraphs[0].End]);
        Assert.Null(article.Meta.Title);
    }

    [Fact]
    public void Front_matter_nested_too_deeply_is_refused()
    {
        var (article, diagnostics) = Load("---\ntitle: Diep\ntags: " + new string('[', 50) + "x" + new string(']', 50) + "\n---\nTekst.\n");

        var problem = Assert.Single(diagnostics, d => d.Code == "SG0118");
        Assert.Equal(3, problem.Line);
        Assert.Contains("more than 20 levels", problem.Message);
        Assert.NotNull(article);
    }

    [Theory]
    [InlineData("? [a, b]\n: 1", 3)]
    [InlineData("l: &l [x, y]\n? *l\n: 1", 4)]
    public void A_list_as_a_field_name_is_refused(string yaml, int line)
    {
        var (_, diagnostics) = Load("---\ntitle: T\n" + yaml + "\n---\nTekst.\n");
        Assert.Contains(diagnostics, d => d.Code == "SG0118" && d.Line == line && d.Message.Contains("field name"));
    }

    [Fact]
    public void Plain_anchors_and_aliases_within_the_limits_still_work()
    {
        var (article, diagnostics) = Load("---\nsource: &bron NOS\nauthor: *bron\ntags: &t [china, rusland]\n---\nTekst.\n");
        Assert.DoesNotContain(diagnostics, d => d.Code == "SG0118");
        Assert.Equal(("NOS", "NOS"), (article!.Meta.Source, article.Meta.Author));
    }

    [Theory]
    [InlineData("publisher: NRC\n", "NRC")]
    [InlineData("publisher: NRC\nsource: NOS\n", "NOS")]
    [InlineData("source: NOS\npublisher: NRC\n", "NOS")]
    public void Publisher_names_the_outlet_like_source_and_source_wins(string fields, string outlet)
    {
        var (article, diagnostics) = Load("---\n" + fields + "---\nTekst.\n");
        Assert.Empty(diagnostics);
        Assert.Equal(outlet, article!.Meta.Source);
    }

    [Fact]
    public void Tags_as_a_comma_string()
    {
        var (article, diagnostics) = Load("---\ntags: china, rusland , navo\n---\nTekst.\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["china", "rusland", "navo"], article!.Meta.Tags!);
    }

    [Theory]
    [InlineData("date: gisteren", "SG0113", 3, 7, "'gisteren' is not a date")]
    [InlineData("date: 2022-02-31", "SG0113", 3, 7, "2022-02 has days 1 to 28")]
    [InlineData("date: 2022-13-01", "SG0113", 3, 7, "month 13")]
    [InlineData("tags: 5", "SG0112", 3, 7, "not the value 5")]
    [InlineData("tags:\n  nested: map", "SG0112", 4, 3, "not a set of fields")]
    [InlineData("title: [a, b]", "SG0112", 2, 8, "not a list")]
    [InlineData("url: javascript:alert(1)", "SG0116", 3, 6, "not an http(s) address")]
    [InlineData("lang: x\"><svg onload=y>", "SG0117", 3, 7, "not a language code")]
    [InlineData("kleur: blauw", "SG0114", 3, 1, "Unknown front-matter field 'kleur'")]
    public void Wrong_fields_are_reported_at_their_line_and_column_and_the_article_is_still_built(string field, string code, int line, int column, string message)
    {
        var (article, diagnostics) = Load($"---\ntitle: Goed\n{field}\n---\nOp 4 februari 2022 sprak Poetin met Xi.\n".Replace("title: Goed\ntitle", "title"));
        var d = Assert.Single(diagnostics);
        Assert.Equal((code, "a.md", line, column), (d.Code, d.File, d.Line, d.Column));
        Assert.Contains(message, d.Message);
        Assert.NotNull(d.Fix);
        Assert.NotNull(article);
        Assert.StartsWith("Op 4 februari 2022", article.Source.Text[article.Paragraphs[0].Start..]);
    }

    [Fact]
    public void Invalid_date_says_what_a_valid_one_looks_like_and_the_date_comes_from_the_text()
    {
        var (article, diagnostics) = Load("---\ndate: gisteren\n---\nTekst.\n");
        Assert.Contains("2022-02-04", Assert.Single(diagnostics).Fix);
        Assert.Equal("gisteren", article!.Meta.Date);
        Assert.NotEqual("front-matter", article.Date?.Source);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_the_file_position_and_the_body_is_kept()
    {
        var (article, diagnostics) = Load("---\ntitle: Goed\ndate: [2022\nauthor: x\n---\nDe tekst blijft.\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG0111", Severity.Warning), (d.Code, d.Severity));
        Assert.Equal((3, 7), (d.Line, d.Column));
        Assert.Equal(FrontMatter.Empty, article!.Meta);
        Assert.Equal("De tekst blijft", article.Title);
    }

    [Fact]
    public void Malformed_yaml_with_crlf_reports_the_real_line()
    {
        var (_, diagnostics) = Load("---\r\ntitle: Goed\r\nauthor: \"open\r\n---\r\nTekst.\r\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("SG0111", d.Code);
        Assert.InRange(d.Line, 3, 4);
    }

    [Fact]
    public void A_field_given_twice_is_reported()
    {
        var (article, diagnostics) = Load("---\ntitle: Een\ntitle: Twee\n---\nTekst hier.\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG0111", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("Duplicate key", d.Message);
        Assert.NotNull(article);
    }

    /// <summary>Found by <c>LoaderProperties</c>: YamlDotNet refuses a tag that is no URI with an ArgumentException, which ended the load.</summary>
    [Theory]
    [InlineData("!![x](M")]
    [InlineData("title: !![x] Nieuw")]
    public void A_type_tag_that_is_no_name_is_reported_and_the_article_kept(string yaml)
    {
        var (article, diagnostics) = Load("---\n" + yaml + "\n---\nOp 4 maart 2022 sprak de minister.\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG0111", Severity.Warning, 2), (d.Code, d.Severity, d.Line));
        Assert.Contains("type tag", d.Message);
        Assert.NotNull(article);
        Assert.Contains("sprak de minister", article.Source.Text);
    }

    [Fact]
    public void Unterminated_front_matter_makes_the_whole_file_body()
    {
        var text = "---\ntitle: Nooit gesloten\n\nDe tekst van het artikel.\n";
        var (article, diagnostics) = Load(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("SG0110", 1, 1), (d.Code, d.Line, d.Column));
        Assert.Equal(0, article!.Paragraphs[0].Start);
        Assert.Equal(FrontMatter.Empty, article.Meta);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        var (article, diagnostics) = Load("---\n- een\n- twee\n---\nTekst hier.\n");
        Assert.Equal(("SG0115", 2, 1), (diagnostics.Single().Code, diagnostics.Single().Line, diagnostics.Single().Column));
        Assert.NotNull(article);
    }

    [Theory]
    [InlineData("2022-02", "2022-02")]
    [InlineData("2022-02-04T15:36:12+01:00", "2022-02-04T15:36")]
    [InlineData("\"2024-02-29\"", "2024-02-29")]
    public void Valid_dates_become_the_document_date_at_the_precision_written(string raw, string value)
    {
        var (article, diagnostics) = Load($"---\ndate: {raw}\n---\nTekst.\n");
        Assert.Empty(diagnostics);
        Assert.Equal(new SiteGen.Temporal.DocumentDate(value, false, "front-matter"), article!.Date);
    }

    [Fact]
    public void Plain_text_files_have_no_front_matter()
    {
        var (article, diagnostics) = Load("---\ntitle: x\n---\nTekst.\n", "a.txt");
        Assert.Empty(diagnostics);
        Assert.Equal(FrontMatter.Empty, article!.Meta);
        Assert.Equal(SiteGen.Loading.ArticleFormat.PlainText, article.Format);
    }
}
