using SiteGen.Cleaning;
using Xunit;

namespace SiteGen.Tests.Cleaning;

public class LeadHeadlineTests
{
    private static readonly LeadHeadline Lead = LeadHeadline.ForLanguage("nl");

    [Theory]
    [InlineData("Kort bericht. Tweede zin.", "Kort bericht")]
    [InlineData("'Ze hebben echt een ongekend niveau bereikt.' Daarna meer.", "'Ze hebben echt een ongekend niveau bereikt'")]
    [InlineData("Dr. J. Biden sprak met mr. Xi in Peking. Daarna meer.", "Dr. J. Biden sprak met mr. Xi in Peking")]
    [InlineData("Waarom nu? Omdat het kan.", "Waarom nu?")]
    [InlineData("De groei was 3.5 procent in 2023 volgens het CBS. En verder.", "De groei was 3.5 procent in 2023 volgens het CBS")]
    [InlineData("...", "")]
    public void First_sentence_without_its_final_period(string paragraph, string headline) =>
        Assert.Equal(headline, Lead.From(paragraph));

    [Fact]
    public void Long_sentence_is_cut_at_the_last_comma_within_90_characters()
    {
        var headline = Lead.From("Rusland heeft China gevraagd om militaire steun, zo meldden internationaal gerespecteerde media als de Financial Times, op basis van bronnen.");
        Assert.Equal("Rusland heeft China gevraagd om militaire steun", headline);
    }

    [Theory]
    // The commas inside the brackets are no boundaries; the cut comes before them or after them, never inside.
    [InlineData("Wethouders Marieke van Dongen (Financiën, Wonen, GroenLinks) en Pieter de Bruin (Sport, Onderwijs, VVD) presenteerden het nieuwe bestemmingsplan.")]
    [InlineData("De directeur van het ziekenhuis in Zwolle (ingehuurd na het vertrek van zijn voorganger, die met pensioen ging) heeft ontslag genomen.")]
    public void Never_cuts_a_title_inside_brackets(string paragraph)
    {
        var headline = Lead.From(paragraph);
        Assert.Equal(headline.Count(c => c == '('), headline.Count(c => c == ')'));
        Assert.InRange(headline.Length, 20, LeadHeadline.Stretch + 1);
    }

    [Fact]
    public void Without_punctuation_it_cuts_before_a_clause_word()
    {
        var headline = Lead.From("De minister van Buitenlandse Zaken van het Verenigd Koninkrijk reisde gisteren naar Brussel omdat de onderhandelingen over de handel vastliepen.");
        Assert.Equal("De minister van Buitenlandse Zaken van het Verenigd Koninkrijk reisde gisteren naar Brussel", headline);
    }

    [Fact]
    public void A_phrase_cut_keeps_as_much_of_the_sentence_as_fits_the_stretch()
    {
        // Cut before `tijdens`, the title would end on `hebben gisteravond` and lose what was (not) reached.
        var headline = Lead.From("PvdA, VVD en GroenLinks hebben gisteravond tijdens een lang overleg geen akkoord bereikt over het nieuwe parkeerbeleid in de binnenstad.");
        Assert.Equal("PvdA, VVD en GroenLinks hebben gisteravond tijdens een lang overleg geen akkoord bereikt", headline);
    }

    [Fact]
    public void A_phrase_cut_never_leaves_an_om_te_clause_open()
    {
        var headline = Lead.From("Frankrijk heeft bezwaar gemaakt tegen het voorstel om het Europees Bankenagentschap (EBA) in Parijs te vestigen.");
        Assert.Equal("Frankrijk heeft bezwaar gemaakt tegen het voorstel", headline);
    }

    [Fact]
    public void A_cut_that_parts_an_auxiliary_from_the_participle_ending_the_sentence_becomes_an_ellipsis()
    {
        // Cut before `bij`, the title would read `De Partij voor de Dieren heeft` as if it were whole.
        var headline = Lead.From("De Partij voor de Dieren heeft bij de gemeenteraadsverkiezingen in de provincie Utrecht een historische overwinning behaald.");
        Assert.EndsWith("…", headline);
        Assert.StartsWith("De Partij voor de Dieren heeft bij de gemeenteraadsverkiezingen", headline);
    }

    [Theory]
    // The participle is in the kept part, or belongs to a clause of its own after the cut: the cut stands.
    [InlineData("De raad en het college hebben gisteravond tijdens een lange vergadering geen akkoord bereikt over de nieuwe regels voor het parkeren.",
        "De raad en het college hebben gisteravond tijdens een lange vergadering geen akkoord bereikt")]
    [InlineData("De stad wordt deze ochtend wakker in een provincie waarin binnen een etmaal een politieke aardverschuiving heeft plaatsgevonden.",
        "De stad wordt deze ochtend wakker in een provincie")]
    public void A_cut_after_a_complete_verb_stands(string paragraph, string headline) => Assert.Equal(headline, Lead.From(paragraph));

    [Fact]
    public void Without_any_boundary_it_cuts_at_a_word_and_adds_an_ellipsis()
    {
        var headline = Lead.From(string.Join(' ', Enumerable.Repeat("woordenreeks", 20)) + ".");
        Assert.EndsWith("woordenreeks…", headline);
        Assert.InRange(headline.Length, 30, LeadHeadline.Target + 1);
    }

    [Fact]
    public void A_single_endless_word_is_cut_hard()
    {
        var headline = Lead.From(new string('x', 5000));
        Assert.Equal(LeadHeadline.Target, headline.Length);
    }
}
