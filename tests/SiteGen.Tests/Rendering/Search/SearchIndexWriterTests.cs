using System.Text;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Search;
using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Tests.Rendering.Search;

public class SearchIndexWriterTests
{
    private static readonly SearchTerms Terms = new("nl");

    private static DatedEntry Entry(string id, string value, string text, string actor, string publisher) =>
        new(value, TimexMod.None, new EntryModel(id, value + " label", null, false, false, text, "/", [], [new LinkModel(actor, "/a/")])
        {
            ActorKeys = [new FacetValue(actor.ToLowerInvariant(), actor)],
            SourceKeys = [new FacetValue(publisher.ToLowerInvariant(), publisher)],
            Publishers = [new LinkModel(publisher, "/")],
        });

    private static Dictionary<string, OutputFile> Write(params DatedEntry[] entries) =>
        SearchIndexWriter.Write(entries, id => id.EndsWith('1') ? "tijdlijn/2020/" : "tijdlijn/2021/", Terms, 1).ToDictionary(f => f.Path);

    private static JsonElement Json(OutputFile file) => JsonDocument.Parse(file.Content).RootElement;

    [Fact]
    public void Terms_of_the_sentence_actors_sources_and_date_are_in_the_chunk_of_their_first_two_letters()
    {
        var files = Write(Entry("e-1", "2020-03-01", "De Tweede Kamer stemt over de stikstofwet.", "Poetin", "NOS"),
            Entry("e-2", "2021-04-02", "Poetin bezoekt Peking.", "Xi", "NRC"));

        Assert.Equal("0", Json(files["zoek/t/st.json"]).GetProperty("stikstofwet").GetString());
        Assert.Equal("0,1", Json(files["zoek/t/po.json"]).GetProperty("poetin").GetString()); // event 0 by its actor, 1 by its text
        Assert.Equal("1", Json(files["zoek/t/nr.json"]).GetProperty("nrc").GetString());
        Assert.True(Json(files["zoek/t/20.json"]).TryGetProperty("2021", out _));
        Assert.DoesNotContain(files.Keys, k => k == "zoek/t/de.json"); // a stop word is not indexed
        var meta = Json(files["zoek/meta.json"]);
        Assert.Equal(2, meta.GetProperty("n").GetInt32());
        Assert.Equal(["tijdlijn/2020/", "tijdlijn/2021/"], meta.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("st", meta.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("de", meta.GetProperty("stop").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("\"1\"\n", Encoding.UTF8.GetString(files["zoek/a/xi.json"].Content));
    }

    [Fact]
    public void A_fragment_holds_what_a_result_shows_and_where_it_lives()
    {
        var files = Write(Entry("e-1", "2020-03-01", "Iets gebeurt.", "Poetin", "NOS"));
        var row = Json(files["zoek/e/0.json"])[0];
        Assert.Equal("e-1", row[0].GetString());
        Assert.Equal(0, row[1].GetInt32());
        Assert.Equal("2020-03-01 label", row[2].GetString());
        Assert.Equal("Iets gebeurt.", row[3].GetString());
        Assert.Equal("NOS · Poetin", row[4].GetString());
        Assert.Equal(2020 * 12 + 2, row[5].GetInt32());
    }

    [Fact]
    public void A_one_off_build_writes_the_same_index_as_a_session_and_terms_are_kept_only_when_asked()
    {
        DatedEntry[] entries = [Entry("e-1", "2020-03-01", "De Tweede Kamer stemt over de stikstofwet.", "Poetin", "NOS"),
            Entry("e-2", "2021-04-02", "Poetin bezoekt Peking.", "Xi", "NRC")];
        var terms = new SearchTerms("nl");
        string PageOf(string id) => id.EndsWith('1') ? "tijdlijn/2020/" : "tijdlijn/2021/";

        var oneOff = SearchIndexWriter.Write(entries, PageOf, terms, 2, remember: false).ToList();
        var kept = terms.Of(entries[0].Entry);

        Assert.NotSame(kept, terms.Of(entries[0].Entry, remember: false)); // made again, not taken from the table
        Assert.Same(kept, terms.Of(entries[0].Entry)); // a session keeps the terms with the entry object
        var session = SearchIndexWriter.Write(entries, PageOf, terms, 2).ToList();
        Assert.Equal(session.Select(f => f.Path), oneOff.Select(f => f.Path));
        Assert.All(session.Zip(oneOff), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Theory]
    [InlineData(new[] { 3, 10, 11, 50 }, "3,7,1,13")]
    [InlineData(new int[0], "")]
    public void Postings_are_base36_gaps(int[] numbers, string expected) => Assert.Equal(expected, SearchIndexWriter.Gaps(numbers));

    [Theory]
    [InlineData("stikstof", "st")]
    [InlineData("4", "4")]
    [InlineData("ßx", "xdf-78")]
    public void A_chunk_is_named_by_the_first_two_characters(string term, string chunk) => Assert.Equal(chunk, SearchTerms.ChunkOf(term));

    [Fact]
    public void A_term_met_again_on_a_thread_is_the_same_string()
    {
        var first = Terms.Of("Het kabinet valt.").Single(t => t == "kabinet");
        var again = Terms.Of("Een nieuw KABINET.").Single(t => t == "kabinet");
        Assert.Same(first, again);
    }

    [Fact]
    public void Words_are_folded_and_function_words_and_single_letters_dropped_but_days_kept() =>
        Assert.Equal(["oekraine", "4", "februari", "coalitie"], Terms.Of("De Oekraïne, 4 februari: a coalitie"));

    [Theory]
    [InlineData("e-2019-03-01-kabinet", "2019-03")]
    [InlineData("e-2019-kabinet", "2019")]
    [InlineData("e-199-jaren", "e")]
    [InlineData("a-een-artikel", "a")]
    [InlineData("t-2019", "x")]
    public void An_event_id_is_listed_under_the_date_in_it(string id, string key) => Assert.Equal(key, TimelineDataWriter.KeyOf(id));
}
