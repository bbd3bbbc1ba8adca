using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Tests.Events;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

public class TimelineBuilderTests
{
    // Re-tagging a refined article keeps the hand-made expressions and takes the new document date.
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    private static readonly TimelineBuilder Builder = new(Tagger) { Retag = Retag };

    private static TemporalAnalysis Retag(string text, DocumentDate date) =>
        new[] { Beijing(), Brussels(), Elsewhere() }.First(a => a.Source.Text == text).Temporal with { DocumentDate = date };

    private static Article Beijing() => HandMade.Article("000", "In een gezamenlijke verklaring hebben China en Rusland zich uitgesproken tegen uitbreiding van de NAVO. President Vladimir Poetin is in Beijing en sprak Xi Jinping kort voor de opening van de Olympische Spelen.\n\nHet Aukus-pact tussen de Verenigde Staten, het Verenigd Koninkrijk en Australië werd vorig jaar aangekondigd, tot bezorgdheid van beide.",
        "2022-02-04T15:36", ("vorig jaar", "2021"));

    private static Article Brussels(string dct = "2022-02") => HandMade.Article("001", "De banden tussen China en Rusland zijn 'ongekend goed'. Dat heeft de Russische president Vladimir Poetin gezegd voor zijn ontmoeting met Xi Jinping in Peking, waar hij de opening van de Olympische Winterspelen bijwoont. In een gezamenlijke verklaring kanten ze zich tegen de NAVO.\n\nZe zijn bezorgd over de oprichting vorig jaar van AUKUS, een alliantie van de Verenigde Staten, het Verenigd Koninkrijk en Australië.",
        dct, ("vorig jaar", "2021"));

    private static Article Elsewhere() => HandMade.Article("009", "De Nederlandse regering heeft een nieuw klimaatplan gepresenteerd in Den Haag. Het plan kost miljarden.",
        "2022-02-04");

    [Fact]
    public void Reports_of_one_meeting_become_one_item_with_both_sources_and_reasons()
    {
        var timeline = Builder.Build([Beijing(), Brussels(), Elsewhere()]).Timeline;
        var meeting = Assert.Single(timeline.Items, i => i.Sources.Any(s => s.ArticleId == "000" && s.IsHeadline));
        Assert.Equal("2022-02-04", meeting.Date);
        Assert.Equal(["000", "001"], meeting.Sources.Select(s => s.ArticleId));
        var reason = Assert.Single(meeting.Merges);
        Assert.Equal("2022-02-04", reason.SharedDate);
        Assert.Contains("poetin", reason.SharedActors);
        Assert.Contains("verklaring", reason.SharedWords);
        Assert.True(reason.Score >= MergeRules.MinScore);
        // `bezorgd over de oprichting vorig jaar van AUKUS` is a statement of 2022 about the pact: the date is the
        // founding's, not the statement's, so only the report of the announcement itself is placed in 2021.
        var aukus = Assert.Single(timeline.Items, i => i.Date == "2021");
        Assert.Equal(["000"], aukus.Sources.Select(s => s.ArticleId));
        Assert.Contains("aukus", aukus.ActorIds);
    }

    [Fact]
    public void An_item_holds_its_actors_sources_and_reasons_as_exact_arrays_and_no_reason_as_the_shared_empty_one()
    {
        // Items live from the timeline stage until the last page: a list with spare room, or a wrapper around one, per
        // item was some 45 MB at 20,000 articles.
        var items = Builder.Build([Beijing(), Brussels(), Elsewhere()]).Timeline.Items;

        Assert.All(items, i => Assert.Equal(i.Sources.Count, Assert.IsType<EventSource[]>(i.Sources).Length));
        Assert.All(items, i => Assert.IsType<string[]>(i.ActorIds));
        Assert.Contains(items, i => i.Merges.Count == 0);
        Assert.All(items.Where(i => i.Merges.Count == 0), i => Assert.Same(Array.Empty<MergeReason>(), i.Merges));
    }

    [Fact]
    public void Different_events_on_the_same_day_stay_apart()
    {
        var items = Builder.Build([Beijing(), Elsewhere()]).Timeline.Items.Where(i => i.Date == "2022-02-04").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Single(i.Sources));
    }

    [Fact]
    public void A_coarse_document_date_is_refined_from_a_strong_merge()
    {
        var result = Builder.Build([Beijing(), Brussels()]);
        var refined = result.Articles.Single(a => a.Id == "001").Date!;
        Assert.Equal("2022-02-04", refined.Value);
        Assert.Equal("refined", refined.Source);
        Assert.StartsWith("000: ", refined.Evidence);
        Assert.Equal("2022-02-04", result.EventsByArticle["001"][0].Date);
        Assert.Equal("2022-02", Brussels().Date!.Value);
    }

    [Fact]
    public void Never_refines_against_the_articles_own_date()
    {
        var result = Builder.Build([Beijing(), Brussels("2022-03")]);
        Assert.Equal("2022-03", result.Articles.Single(a => a.Id == "001").Date!.Value);
        Assert.DoesNotContain(result.Timeline.Items, i => i.Date == "2022-02-04" && i.Sources.Count > 1);
    }

    [Fact]
    public void Same_output_whatever_the_input_order()
    {
        var a = TimelineJson.ToJson(Builder.Build([Beijing(), Brussels(), Elsewhere()]).Timeline);
        var b = TimelineJson.ToJson(Builder.Build([Elsewhere(), Brussels(), Beijing()]).Timeline);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Items_sort_by_date_start_and_have_unique_readable_ids()
    {
        var result = Builder.Build([Beijing(), Brussels(), Elsewhere()]);
        var items = result.Timeline.Items;
        var starts = items.Select(i => TimexPeriod.Parse(i.Date)!.Value.Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.Matches(@"^e-[0-9a-z-]+$", i.Id));
        Assert.All(result.EventsByArticle.Values.SelectMany(e => e), e => Assert.True(items.Any(i => i.Id == e.ItemId), $"{e.ArticleId} {e.Date} {e.Text} -> {e.ItemId}"));
        Assert.Contains(result.Timeline.Actors, a => a.Id == "poetin" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Refinement_is_dropped_when_the_new_anchor_moves_a_weekday_out_of_the_old_month()
    {
        var text = Brussels().Source.Text + "\n\nMacron belde vrijdag met Poetin over de crisis in Oekraïne.";
        var brussels = HandMade.Article("001", text, "2022-02", ("vorig jaar", "2021"), ("vrijdag", "2022-02"));
        TemporalAnalysis Wrong(string t, DocumentDate date) => brussels.Temporal with
        {
            DocumentDate = date,
            Matches = [.. brussels.Temporal.Matches.Select(m => m.Text == "vrijdag" ? m with { Value = "2022-01-28" } : m)],
        };
        var result = new TimelineBuilder(Tagger) { Retag = Wrong }.Build([Beijing(), brussels]);
        Assert.Equal("2022-02", result.Articles.Single(a => a.Id == "001").Date!.Value);
        Assert.Equal("2022-02-04", new TimelineBuilder(Tagger) { Retag = (t, d) => brussels.Temporal with { DocumentDate = d } }
            .Build([Beijing(), brussels]).Articles.Single(a => a.Id == "001").Date!.Value);
    }
}
