using System.Text;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Loading;

/// <summary>Issue 6's large and deep inputs: each finishes (the test runner would hang otherwise) with a bounded result.</summary>
public class HostileInputTests
{
    private static void AssertSpansInBounds(Article article)
    {
        Assert.All(article.Paragraphs, p => Assert.InRange(p.End, p.Start + 1, article.Source.Text.Length));
        Assert.InRange(article.Title.Length, 1, LeadHeadline.Stretch + 1);
    }

    [Fact]
    public void A_5_MB_article_on_one_line_is_skipped_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Poetin sprak woensdag met Xi in Peking, ", 130_000)));
        Assert.True(bytes.Length > 5_000_000);
        var bag = new DiagnosticBag();
        Assert.Null(Seeds.Loader().LoadBytes(bytes, "groot.txt", bag));
        var d = Assert.Single(bag.Sorted);
        Assert.Equal(("SG0105", Severity.Warning), (d.Code, d.Severity));
        Assert.StartsWith("The file is 5.0 MB; articles larger than 1 MB are skipped.", d.Message);
    }

    [Fact]
    public void A_long_single_line_under_the_limit_is_one_paragraph_with_a_short_title()
    {
        var text = string.Concat(Enumerable.Repeat("Poetin sprak woensdag met Xi in Peking ", 25_000));
        var article = Seeds.Loader().LoadText(text, "lang.txt", new DiagnosticBag())!;
        AssertSpansInBounds(article);
        Assert.Equal(ParagraphKind.Text, Assert.Single(article.Paragraphs).Kind);
    }

    [Fact]
    public void A_hundred_thousand_date_words()
    {
        var text = string.Concat(Enumerable.Repeat("gisteren ", 100_000)) + "\n\n" + string.Concat(Enumerable.Repeat("4 februari 2022\n\n", 5_000));
        var article = Seeds.Loader().LoadText(text, "datums.md", new DiagnosticBag())!;
        AssertSpansInBounds(article);
        Assert.Equal(5_001, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("1. ")]
    [InlineData("[")]
    [InlineData("*")]
    [InlineData("<div>")]
    public void Markdown_nested_ten_thousand_levels_deep(string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, 10_000)) + "diep\n\nDaarna gewone tekst.\n";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, "diep.md", bag)!;
        AssertSpansInBounds(article);
        Assert.Contains(article.Paragraphs, p => text[p.Start..p.End] == "Daarna gewone tekst.");
        Assert.DoesNotContain(bag.Sorted, d => d.Severity == Severity.Error);
        // A line of thousands of "*" reads like nested list markers to the guard: plain paragraphs are fine for it too.
        Assert.Equal(opener is "> " or "- " or "1. " or "*", bag.Sorted.Any(d => d.Code == "SG0130"));
    }

    [Fact]
    public void Markdown_nested_lists_by_indentation()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 600; i++) sb.Append(' ', i * 2).Append("- punt\n");
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(sb + "\nSlot.\n", "lijst.md", bag)!;
        AssertSpansInBounds(article);
        Assert.Equal("SG0130", Assert.Single(bag.Sorted, d => d.Code != "SG0141").Code);
    }

    [Fact]
    public void Front_matter_that_never_closes_within_64_KB_is_body()
    {
        var text = "---\n" + string.Concat(Enumerable.Repeat("title: x\n", 20_000)) + "---\nTekst.\n";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, "lang.md", bag)!;
        Assert.Equal("SG0110", Assert.Single(bag.Sorted, d => d.Code != "SG0141").Code);
        Assert.Equal(0, article.Paragraphs[0].Start);
    }

    [Fact]
    public void Yaml_alias_bomb_is_not_expanded()
    {
        var text = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                   + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nTekst.\n";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, "bom.md", bag)!;
        Assert.NotNull(article);
        Assert.Empty(article.Meta.Tags ?? []);
    }
}
