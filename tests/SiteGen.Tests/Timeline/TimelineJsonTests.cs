using System.Text.Json;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

public class TimelineJsonTests
{
    private static SiteTimeline Sample() => new(
        [new TimelineItem("e-2022-02-begin", "2022-02", DatePrecision.Month, TimexMod.Start, false, true, "Poetin reist naar Peking.", ["poetin"],
            [new EventSource("002", "De twee spraken af …", 10, 40, false), new EventSource("003", "Poetin reist …", 5, 30, true)],
            [new MergeReason("2022-02", ["poetin"], ["peking", "reist"], 4)]) { Weight = 3, Key = true }],
        [new Actor("poetin", "Vladimir Poetin", ActorKind.Person)]);

    [Fact]
    public void Writes_the_documented_fields_in_order()
    {
        var json = TimelineJson.ToJson(Sample());
        using var doc = JsonDocument.Parse(json);
        var item = doc.RootElement.GetProperty("items")[0];
        Assert.Equal(["id", "date", "precision", "mod", "estimated", "planned", "text", "weight", "key", "actors", "sources", "merged_because"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("month", item.GetProperty("precision").GetString());
        Assert.Equal("start", item.GetProperty("mod").GetString());
        Assert.Equal(3, item.GetProperty("weight").GetDouble());
        Assert.True(item.GetProperty("key").GetBoolean());
        Assert.Equal(["article", "sentence", "start", "end", "headline"], item.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("peking", item.GetProperty("merged_because")[0].GetProperty("words")[0].GetString());
        Assert.Equal(["date", "actors", "words", "score", "predicate"], item.GetProperty("merged_because")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("person", doc.RootElement.GetProperty("actors")[0].GetProperty("kind").GetString());
        Assert.Contains("…", json);
    }

    [Fact]
    public void Same_timeline_same_bytes() => Assert.Equal(TimelineJson.ToJson(Sample()), TimelineJson.ToJson(Sample()));
}
