using SiteGen.Articles;
using SiteGen.Rendering.Bodies;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Articles;

public class PackedArticlesTests
{
    private static Article Sample(string id) =>
        new ArticleBuilder(id, "Stikstof in Zwolle\n\nOp 4 maart 2022 sprak de minister in Den Haag over stikstof.\n\nDe provincie wacht af.")
            .Dated("2022-03-05").Sentence("Op 4 maart 2022 sprak de minister in Den Haag over stikstof.").Match("4 maart 2022", "2022-03-04").Build();

    [Fact]
    public void Packing_keeps_the_order_and_every_field_but_the_text_which_unpacks_as_it_was()
    {
        Article[] articles = [Sample("een"), Sample("twee"), Sample("drie")];

        var packed = PackedArticles.Pack(articles, parallelism: 2);

        Assert.Equal(articles.Select(a => a.Id), packed.Select(a => a.Id));
        Assert.All(packed, a => Assert.NotNull(a.Source.Packed));
        Assert.Equal(articles, packed.Select(a => a.WithTextUnpacked()));
        Assert.Equal(articles.Select(a => (a.Paragraphs, a.Temporal, a.Meta)), packed.Select(a => (a.Paragraphs, a.Temporal, a.Meta)));
    }

    [Fact]
    public void The_summary_of_a_packed_article_is_the_summary_of_its_text()
    {
        var article = Sample("een");

        Assert.Equal(ArticleSummary.Of(article, 40), ArticleSummary.Of(article.WithTextPacked(), 40));
    }
}
