using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

public class ItemSalienceTests
{
    private static TimelineItem Item(string id, string[] actors, params (string Article, bool Headline)[] sources) =>
        new(id, "2023-04-12", DatePrecision.Day, TimexMod.None, false, false, "tekst", actors,
            [.. sources.Select(s => new EventSource(s.Article, "zin", 0, 3, s.Headline))], []);

    [Fact]
    public void Sources_headlines_and_a_central_actor_weigh_and_make_key_events()
    {
        TimelineItem[] items =
        [
            Item("three", [], ("a", false), ("b", false), ("c", false)),
            Item("headline-twice", [], ("a", true), ("d", false)),
            Item("central-headline", ["burgemeester"], ("e", true)),
            Item("background", ["burgemeester"], ("f", false)),
            Item("one-off", ["passant"], ("g", true)),
            Item("central", ["burgemeester"], ("a", false), ("b", false), ("c", false), ("d", false), ("e", false), ("f", false)),
        ];
        var salience = ItemSalience.Of(items);
        Assert.Equal(3.0, salience[0].Weight);
        Assert.True(salience[0].Key);
        Assert.True(salience[1].Key);
        Assert.True(salience[2].Key);
        Assert.False(salience[3].Key);
        Assert.False(salience[4].Key);
        Assert.True(salience[2].Weight > salience[4].Weight);
        // The same article counts once, however many of its sentences report the item.
        Assert.Equal(ItemSalience.Of([Item("x", [], ("a", false))])[0].Weight, ItemSalience.Of([Item("x", [], ("a", false), ("a", false))])[0].Weight);
    }

    [Fact]
    public void Events_json_carries_weight_and_key()
    {
        var item = Item("e-1", [], ("a", true), ("b", false)) with { Weight = 3.25, Key = true };
        var json = TimelineJson.ToJson(new SiteTimeline([item], []));
        Assert.Contains("\"weight\":3.25,\"key\":true", json);
    }
}
