using System.Text;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Loading;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitegen-loading-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    private void Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void Odd_names_and_duplicate_titles_get_unique_stable_ascii_slugs()
    {
        Write("b/Zelfde titel.txt", "Zelfde titel\n\nTekst een.\n");
        Write("a/zelfde titel.TXT", "Zelfde titel\n\nTekst twee.\n");
        Write("café 🎉.md", "---\ntitle: \"🎉\"\n---\nTekst drie.\n");
        Write(".verborgen.md", "---\ntitle: \"🎉\"\n---\nTekst vier.\n");
        Write("Zelfde Titel.md", "# Zelfde titel\n\nTekst vijf.\n");
        var bag = new DiagnosticBag();
        var articles = Seeds.Loader().LoadFolder(_dir, bag);

        Assert.Equal([".verborgen.md", "Zelfde Titel.md", "a/zelfde titel.TXT", "b/Zelfde titel.txt", "café 🎉.md"], articles.Select(a => a.Source.RelativePath));
        Assert.Equal(["verborgen", "zelfde-titel", "zelfde-titel-2", "zelfde-titel-3", "cafe"], articles.Select(a => a.Slug));
        Assert.All(articles, a => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", a.Slug));
        Assert.Equal(2, bag.Sorted.Count(d => d.Code == "SG0120"));
        Assert.Contains("already used by Zelfde Titel.md", bag.Sorted.First(d => d.Code == "SG0120").Message);

        var again = Seeds.Loader().LoadFolder(_dir, new DiagnosticBag());
        Assert.Equal(articles.Select(a => a.Slug), again.Select(a => a.Slug));
    }

    [Fact]
    public void Other_files_are_named_in_info_and_hidden_folders_are_skipped()
    {
        Write("artikel.txt", "Een artikel.\n");
        Write("foto.jpg", [0xFF, 0xD8, 0x00]);
        Write(".git/config.txt", "geen artikel\n");
        Write("sub/leeg.md", "");
        var bag = new DiagnosticBag();
        var articles = Seeds.Loader().LoadFolder(_dir, bag);

        Assert.Equal(["artikel.txt"], articles.Select(a => a.Source.RelativePath));
        Assert.Equal(
            [(".git/", "SG0109", Severity.Info), ("artikel.txt", "SG0141", Severity.Warning), ("foto.jpg", "SG0106", Severity.Info),
                ("sub/leeg.md", "SG0101", Severity.Warning)],
            bag.Sorted.Select(d => (d.File, d.Code, d.Severity)));
    }

    [Fact]
    public void A_missing_input_folder_is_an_error()
    {
        var bag = new DiagnosticBag();
        Assert.Empty(Seeds.Loader().LoadFolder(Path.Combine(_dir, "bestaat-niet"), bag));
        Assert.Equal(("SG0100", Severity.Error), (bag.Sorted.Single().Code, bag.Sorted.Single().Severity));
    }

    [Fact]
    public void Markdown_blocks_have_kinds_and_spans_into_the_whole_file()
    {
        var text = "---\r\ndate: 2022-02-04\r\n---\r\n# Kop van het stuk\r\n\r\nEerste *alinea*.\r\n\r\n## Tussenkop\r\n\r\n> Een citaat.\r\n\r\n- punt een\r\n- punt twee\r\n\r\nLees ook: iets anders\r\n";
        Write("stuk.md", text);
        var article = Seeds.Loader().LoadFolder(_dir, new DiagnosticBag()).Single();
        var blocks = article.Paragraphs.Select(p => (p.Kind, p.Rule, text[p.Start..p.End])).ToList();
        Assert.Equal(
        [
            (ParagraphKind.Furniture, "title", "# Kop van het stuk"),
            (ParagraphKind.Text, null, "Eerste *alinea*."),
            (ParagraphKind.Heading, "h2", "## Tussenkop"),
            (ParagraphKind.Quote, null, "> Een citaat."),
            (ParagraphKind.Text, "list", "- punt een\r\n- punt twee"),
            (ParagraphKind.Furniture, "read-more", "Lees ook: iets anders"),
        ], blocks);
        Assert.Equal("Kop van het stuk", article.Title);
    }

    [Fact]
    public void Markdown_title_from_the_lead_is_plain_text()
    {
        var article = Seeds.Loader().LoadText("De **Russische** president [Poetin](https://x.nl) is in Peking. Meer.\n", "a.md", new DiagnosticBag())!;
        Assert.Equal("De Russische president Poetin is in Peking", article.Title);
    }

    [Theory]
    // A scraped headline line with no blank line before the body is the title; a line that ends in punctuation, or
    // goes on in lower case, is part of the lead sentence.
    [InlineData("Nieuwe brug over het kanaal gaat vrijdag al open\nDe brug die Zwolle en Kampen verbindt, gaat vrijdag al open. Eerder werd gesproken over mei.\n",
        "Nieuwe brug over het kanaal gaat vrijdag al open")]
    [InlineData("De brug die Zwolle en Kampen verbindt,\ngaat vrijdag al open. Eerder werd gesproken over mei.\n", "De brug die Zwolle en Kampen verbindt, gaat vrijdag al open")]
    public void A_headline_line_glued_to_the_body_is_the_title(string text, string title) =>
        Assert.Equal(title, Seeds.Loader().LoadText(text, "a.txt", new DiagnosticBag())!.Title);

    [Fact]
    public void A_headline_line_glued_to_the_body_is_set_apart_as_title_furniture_and_the_lead_follows_it()
    {
        const string text = "Minister van Zorg stapt op na kritisch rapport\nDe minister van Zorg is dinsdag afgetreden. Dat maakte zij bekend in de Tweede Kamer.\n\nDe oppositie reageerde verrast.\n";
        var article = Seeds.Loader().LoadText(text, "a.txt", new DiagnosticBag())!;
        var title = Assert.Single(article.Paragraphs, p => p.Rule == "title");
        Assert.Equal(ParagraphKind.Furniture, title.Kind);
        Assert.Equal("Minister van Zorg stapt op na kritisch rapport", text[title.Start..title.End]);
        var lead = article.Paragraphs.First(p => p.Kind == ParagraphKind.Text);
        Assert.StartsWith("De minister van Zorg is dinsdag afgetreden.", text[lead.Start..lead.End]);
    }
}
