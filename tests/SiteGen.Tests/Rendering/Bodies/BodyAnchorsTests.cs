using System.Text.RegularExpressions;
using SiteGen.Rendering.Bodies;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Bodies;

/// <summary>A body's anchors held as offsets stand for exactly the ids its markup has, whichever renderer made it.</summary>
public partial class BodyAnchorsTests
{
    private static readonly TimexMarkup Markup = new(Ui.Labeler);

    private const string Text = "Eerste zin. Tweede zin met vorig jaar.\n\nNieuwe alinea. Nog een zin in 2022.";

    private static readonly SiteGen.Articles.Article Article = new ArticleBuilder("a", Text)
        .Sentence("Eerste zin.").Sentence("Tweede zin met vorig jaar.").Sentence("Nieuwe alinea.").Sentence("Nog een zin in 2022.")
        .Match("vorig jaar", "2021").Match("2022", "2022").Build();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex Id();

    private static string[] IdsIn(string html) => [.. Id().Matches(html).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_anchors_of_a_plain_text_body_are_the_ids_of_its_markup_in_ordinal_order()
    {
        var body = new TextBodyRenderer(Markup).Render(Article);

        Assert.Equal(IdsIn(body.Html.Html), body.Anchors);
        Assert.Equal(["p-0", "p-40", "z-0", "z-12", "z-40", "z-55"], body.Anchors);
        Assert.All(IdsIn(body.Html.Html), id => Assert.Contains(id, body.Anchors));
    }

    [Fact]
    public void The_anchors_of_a_markdown_body_are_the_ids_of_its_markup()
    {
        var article = new ArticleBuilder("m", "Op **4 februari 2022** sprak hij. Toen ging hij.\n\nDaarna niet.").Markdown()
            .Sentence("Op **4 februari 2022** sprak hij.").Sentence("Toen ging hij.").Sentence("Daarna niet.")
            .Match("4 februari 2022", "2022-02-04").Build();

        var body = new MarkdownBodyRenderer(Markup).Render(article);

        Assert.NotEmpty(body.Anchors);
        Assert.Equal(IdsIn(body.Html.Html), body.Anchors);
    }

    [Fact]
    public void Sentence_and_paragraph_offsets_are_looked_up_without_mixing_the_two_kinds()
    {
        var anchors = BodyAnchors.Of(["z-12", "p-40", "z-0", "z-12"]);

        Assert.Equal(3, anchors.Count);
        Assert.True(anchors.HasSentence(12));
        Assert.True(anchors.HasParagraph(40));
        Assert.False(anchors.HasSentence(40));
        Assert.False(anchors.HasParagraph(12));
        Assert.True(anchors.Contains("z-0"));
        Assert.False(anchors.Contains("z-1"));
    }

    [Theory]
    [InlineData("kop")]
    [InlineData("z-")]
    [InlineData("z-012")]
    [InlineData("p-+4")]
    [InlineData("z-99999999999")]
    public void An_id_of_another_form_is_kept_as_it_is_and_never_read_as_an_offset(string id)
    {
        var anchors = BodyAnchors.Of([id, "z-5"]);

        Assert.Equal(new[] { id, "z-5" }.Order(StringComparer.Ordinal), anchors);
        Assert.True(anchors.Contains(id));
        Assert.False(anchors.HasSentence(12));
    }

    [Fact]
    public void No_ids_give_the_empty_anchors()
    {
        Assert.Same(BodyAnchors.None, BodyAnchors.Of([]));
        Assert.Empty(BodyAnchors.None);
    }
}
