using System.Text.Json;
using SiteGen.Loading;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

public class JsonLdTests
{
    [Fact]
    public void An_article_is_a_news_article_and_its_text_cannot_close_the_script_block()
    {
        var article = new ArticleBuilder("a", "Tekst.").Titled("Wie schrijft </script><script>alert(1)</script>?")
            .Meta(new FrontMatter(Author: "Jan Jansen")).Build();

        var html = JsonLd.Article(article, "https://example.org/artikelen/a/", "NOS", "2022-02-04", "nl", null).Html;

        Assert.DoesNotContain("</script>", html, StringComparison.OrdinalIgnoreCase);
        var json = JsonDocument.Parse(html).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Wie schrijft </script><script>alert(1)</script>?", json.GetProperty("headline").GetString());
        Assert.Equal("2022-02-04", json.GetProperty("datePublished").GetString());
        Assert.Equal("NOS", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Jan Jansen", json.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void A_timeline_lists_its_key_events_first_then_others_in_time_order_up_to_the_limit()
    {
        var entries = Enumerable.Range(0, 20).Select(i => new EntryModel($"e-{i}", "", null, false, false, $"Gebeurtenis {i}", "/", [], []) { Key = i % 5 == 0 }).ToList();
        var model = new IndexModel([new YearGroupModel("2022", "t-2022", [new MonthGroupModel("maart", "t-2022-03", entries)])], [], 20, true);

        var json = JsonDocument.Parse(JsonLd.Timeline(model, "https://example.org/", "Tijdlijn")!.Html).RootElement;

        var urls = json.GetProperty("itemListElement").EnumerateArray().Select(i => i.GetProperty("url").GetString()).ToList();
        Assert.Equal(JsonLd.MaxItems, urls.Count);
        Assert.Equal(["https://example.org/#e-0", "https://example.org/#e-1"], urls.Take(2));
        Assert.Contains("https://example.org/#e-15", urls);
        Assert.Equal(20, json.GetProperty("numberOfItems").GetInt32());
    }
}
