using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class ActorFinderTests
{
    private static IReadOnlyList<string> Ids(string text, int? year = 2022) =>
        new ActorFinder(ActorGazetteer.For("nl"), text).ActorIds(0, text.Length, year);

    [Fact]
    public void Folds_aliases_of_one_person()
    {
        Assert.Equal(["poetin", "xi-jinping"], Ids("President Vladimir Poetin sprak Xi Jinping. Poetin en Xi lachten."));
    }

    [Fact]
    public void Role_phrases_name_the_person_of_the_events_year()
    {
        const string text = "Dat zei de Amerikaanse president gisteren.";
        Assert.Equal(["biden"], Ids(text, 2022));
        Assert.Equal(["trump"], Ids(text, 2018));
        Assert.Equal(["verenigde-staten"], Ids(text, 1990));
        Assert.Equal(["verenigde-staten"], Ids(text, null));
        Assert.Equal(["poetin"], Ids("De Russische president Vladimir Poetin kwam.", 2022));
    }

    [Fact]
    public void Demonyms_count_only_as_whole_words()
    {
        Assert.Equal(["verenigde-staten"], Ids("Ze hekelen de Amerikaanse invloed."));
        Assert.Empty(Ids("Schepen varen in de Zuid-Chinese Zee en de Sino-Russische grens."));
    }

    [Fact]
    public void Longest_name_wins_and_abbreviations_fold()
    {
        Assert.Equal(["navo"], Ids("de Noord-Atlantische Verdragsorganisatie (NAVO) en het NAVO-lidmaatschap"));
        Assert.Equal(["aukus", "verenigde-staten", "verenigd-koninkrijk", "australie"],
            Ids("het Aukus-pact tussen de VS, het VK en Australië"));
    }

    [Fact]
    public void Finds_people_after_a_role_word_or_named_again_alone()
    {
        Assert.Equal(["ryan-hass", "brookings"], Ids("Dat meent Rusland-kenner Ryan Hass van de denktank Brookings.").Where(id => id != "rusland"));
        Assert.Equal(["pieter-de-vries"], Ids("Dat zei Pieter de Vries tegen de krant. Volgens De Vries is het klaar, aldus Pieter nog."));
    }

    [Theory]
    [InlineData("Het Westen tegenover China. De Olympische Spelen beginnen; de opening van de Spelen bij nacht.")]
    [InlineData("Dat meldden de Financial Times en The Washington Post zondag.")]
    [InlineData("Lees ook de analyse van Jonathan Holslag: het kleine broertje.")]
    [InlineData("Veel Chinese technologie. Nieuwe Wereldorde komt eraan.")]
    public void Capitals_alone_make_no_actor(string text)
    {
        var finder = new ActorFinder(ActorGazetteer.For("nl"), text);
        Assert.Empty(finder.Discovered);
        Assert.DoesNotContain(finder.ActorIds(0, text.Length, 2022), id => id is "het" or "de" or "olympische-spelen");
    }

    [Fact]
    public void Gazetteer_ids_are_ascii_slugs_and_phrases_resolve()
    {
        var gazetteer = ActorGazetteer.For("nl");
        Assert.True(gazetteer.Actors.Count >= 100);
        foreach (var id in gazetteer.Actors.Keys) Assert.Equal(EventSlug.Of(id), id);
        Assert.All(gazetteer.Phrases, p => Assert.True(gazetteer.Actors.ContainsKey(p.ActorId)));
        Assert.Equal("xi-jinping", EventSlug.Of("Xi Jinping"));
        Assert.Equal("australie", EventSlug.Of("Australië"));
    }
}
