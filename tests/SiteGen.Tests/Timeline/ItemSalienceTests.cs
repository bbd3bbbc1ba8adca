using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

public class ItemSalienceTests
{
    private static TimelineItem Item(DatePrecision precision, params (string Article, bool Headline)[] sources) =>
        new("e-x", "2022-02-04", precision, TimexMod.None, false, false, "Iets gebeurt.", [],
            [.. sources.Select((s, i) => new EventSource(s.Article, "Iets gebeurt.", i * 10, i * 10 + 9, s.Headline))], []);

    [Fact]
    public void A_headline_event_is_key_and_weighs_one_more_than_its_articles()
    {
        var item = ItemSalience.Apply(Item(DatePrecision.Month, ("a", true)));
        Assert.True(item.Key);
        Assert.Equal(2, item.Weight);
    }

    [Fact]
    public void Two_reports_in_one_article_count_once_and_a_day_adds_a_quarter()
    {
        var item = ItemSalience.Apply(Item(DatePrecision.Day, ("a", false), ("a", false), ("b", false)));
        Assert.False(item.Key);
        Assert.Equal(2.25, item.Weight);
    }

    [Fact]
    public void Three_independent_articles_make_a_key_event_without_a_headline()
    {
        Assert.True(ItemSalience.Apply(Item(DatePrecision.Year, ("a", false), ("b", false), ("c", false))).Key);
        Assert.False(ItemSalience.Apply(Item(DatePrecision.Year, ("a", false), ("b", false))).Key);
    }
}
