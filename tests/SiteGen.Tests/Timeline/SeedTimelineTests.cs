using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>What the issue asks of the seed articles (see docs/events-schema.md for the export).</summary>
public class SeedTimelineTests(SeedTimeline seeds) : IClassFixture<SeedTimeline>
{
    [Fact]
    public void The_4_February_2022_meeting_is_one_item_with_sources_from_at_least_two_articles()
    {
        var items = seeds.Result.Timeline.Items.Where(i => i.Date == "2022-02-04" && i.Sources.Any(s => s.ArticleId.StartsWith("000"))).ToList();
        var meeting = Assert.Single(items);
        var articles = meeting.Sources.Select(s => s.ArticleId[..3]).Distinct().ToList();
        Assert.Contains("000", articles);
        Assert.Contains("001", articles);
        Assert.Contains("poetin", meeting.ActorIds);
        Assert.Contains("xi-jinping", meeting.ActorIds);
        Assert.Equal(meeting.Sources.Count - 1, meeting.Merges.Count);
    }

    // sentence_has, the date a reader of the whole story knows, the date the estimated document date (2024) allows.
    [Theory]
    [InlineData("vorige week opnieuw beëdigd", "2024-W19", "2024")]
    [InlineData("in 2022 een 'onbegrensd partnerschap'", "2022", "2022")]
    [InlineData("in maart 2023 voor het laatst naar Moskou", "2023-03", "2023-03")]
    [InlineData("in oktober naar Peking", "2023-10", "2023-10")]
    [InlineData("Peking eind vorige maand", "2024-04", "2024")]
    [InlineData("Vorig jaar stelde Peking een vredesplan", "2023", "2023")]
    public void Seed_004_holds_its_six_secondary_events(string sentenceHas, string date, string fromDct)
    {
        var e = Assert.Single(seeds.Events("004"), e => !e.IsHeadline && seeds.SentenceOf(e).Contains(sentenceHas, StringComparison.Ordinal));
        Assert.Contains(e.Date, new[] { date, fromDct });
        Assert.Equal(TimexValue.PrecisionOf(e.Date), e.Precision);
        Assert.False(e.Planned);
    }

    [Fact]
    public void Seed_001_Macron_visits_are_dated_through_the_refined_anchor()
    {
        var article = seeds.Article("001");
        Assert.Equal("2022-02-04", article.Date!.Value);
        Assert.Equal("refined", article.Date.Source);
        Assert.StartsWith("000_", article.Date.Evidence);
        // Each visit is reported by the clause that dates it, a part of the sentence.
        var text = article.Source.Text;
        var at = text.IndexOf("De Franse president Emmanuel Macron laat vrijdag weten", StringComparison.Ordinal);
        var end = text.IndexOf('.', at);
        var macron = seeds.Events("001").Where(e => e.SentenceStart >= at && e.SentenceEnd <= end + 1).ToList();
        var moscow = Assert.Single(macron, e => e.Date == "2022-02-07");
        var kyiv = Assert.Single(macron, e => e.Date == "2022-02-08");
        Assert.Contains("macron", moscow.ActorIds);
        Assert.Contains("zelensky", kyiv.ActorIds);
        Assert.True(moscow.Planned);
        Assert.Equal(DatePrecision.Day, kyiv.Precision);
    }

    [Fact]
    public void Headline_dates_agree_with_the_truth_and_two_are_exact()
    {
        var truth = new Dictionary<string, string>
        {
            ["000"] = "2022-02-04", ["001"] = "2022-02-04", ["002"] = "2021-12-15", ["003"] = "2022-03-13", ["004"] = "2024-05-16",
        };
        foreach (var (prefix, date) in truth)
        {
            var headline = seeds.Events(prefix)[0];
            Assert.True(headline.IsHeadline, prefix);
            Assert.True(date == headline.Date || date.StartsWith(headline.Date + "-", StringComparison.Ordinal), $"{prefix}: {headline.Date}");
            Assert.InRange(headline.Text.Length, 15, 132);
        }
        Assert.Equal("2022-02-04", seeds.Events("000")[0].Date);
        Assert.Equal("2022-02-04", seeds.Events("001")[0].Date);
        Assert.Equal("2021-12", seeds.Events("002")[0].Date[..7]);
    }

    [Fact]
    public void No_event_is_dated_from_a_duration_or_a_vague_reference()
    {
        foreach (var article in seeds.Result.Articles)
        {
            foreach (var e in seeds.Result.EventsByArticle[article.Id].Where(e => e.TimexStart >= 0))
            {
                var match = Assert.Single(article.Temporal.Matches, m => m.Start == e.TimexStart && m.End == e.TimexEnd);
                Assert.True(match.IsCalendarDate, $"{article.Id}: '{match.Text}' {match.Value}");
            }
            var unplaced = article.Temporal.Matches.Where(m => !m.IsCalendarDate).Select(m => (m.Start, m.End)).ToHashSet();
            Assert.DoesNotContain(seeds.Result.EventsByArticle[article.Id], e => unplaced.Contains((e.TimexStart, e.TimexEnd)));
        }
        Assert.DoesNotContain(seeds.Events("003"), e => seeds.SentenceOf(e).Contains("enkele weken geleden") && e.Date.StartsWith("2022-0"));
    }

    [Fact]
    public void Items_are_merged_only_on_shared_actors_and_words()
    {
        foreach (var item in seeds.Result.Timeline.Items)
        {
            Assert.Equal(item.Sources.Count, item.Sources.Select(s => s.ArticleId).Distinct().Count());
            foreach (var reason in item.Merges)
            {
                Assert.NotEmpty(reason.SharedActors);
                Assert.NotEmpty(reason.SharedWords);
            }
        }
    }

    [Fact]
    public void The_timeline_does_not_depend_on_input_order()
    {
        Assert.Equal(TimelineJson.ToJson(seeds.Result.Timeline), TimelineJson.ToJson(seeds.Reversed.Timeline));
        var ids = seeds.Result.Timeline.Items.Select(i => i.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(seeds.Result.Timeline.Actors, a => a.Id == "poetin");
        Assert.DoesNotContain(seeds.Result.Timeline.Actors, a => a.Name is "Het" or "De" or "Lees");
    }
}
