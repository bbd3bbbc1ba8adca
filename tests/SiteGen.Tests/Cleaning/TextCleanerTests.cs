using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using Xunit;

namespace SiteGen.Tests.Cleaning;

public class TextCleanerTests
{
    private static readonly TextCleaner Cleaner = TextCleaner.ForLanguage("nl");

    private static List<(ParagraphKind Kind, string? Rule, string Text)> Clean(string text, ArticleFormat format = ArticleFormat.PlainText)
    {
        var body = Cleaner.Clean(text, 0, format, "a.txt", new DiagnosticBag());
        return body.Paragraphs.Select(p => (p.Kind, p.Rule, text[p.Start..p.End])).ToList();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Paragraphs_are_separated_by_blank_lines_with_any_line_ending(string eol)
    {
        var text = $"{eol}  Eerste regel.{eol}Zelfde alinea.  {eol} \t {eol}{eol}Tweede alinea.{eol}";
        Assert.Equal([$"Eerste regel.{eol}Zelfde alinea.", "Tweede alinea."], Clean(text).Select(p => p.Text));
    }

    [Theory]
    [InlineData("Lees ook: Poetin in Peking", "read-more")]
    [InlineData("Bekijk hier de beelden", "read-more")]
    [InlineData("Deel dit artikel", "share")]
    [InlineData("Delen via WhatsApp", "share")]
    [InlineData("Gerelateerde artikelen", "also-read")]
    [InlineData("Meer over dit onderwerp: China", "also-read")]
    [InlineData("Door Jan de Vries", "byline-door")]
    [InlineData("Foto: ANP", "credit")]
    [InlineData("© Belga 2022", "copyright")]
    [InlineData("Demonstranten bij het provinciehuis in Zwolle. Beeld Pieter van Dam voor de Volkskrant", "caption-credit")]
    [InlineData("De wethouder bij de opening: ‘Dit is een mooie dag voor de stad’ Beeld ANP", "caption-credit")]
    [InlineData("De fabriek in de avond.Foto Marit Smits/ANP", "caption-credit")]
    [InlineData("Beeld Hollandse Hoogte / Sem van der Wal", "caption-credit")]
    [InlineData("Gepubliceerd op 4 februari 2022, 15:36", "stamp")]
    [InlineData("04-02-2022, 15:36", "stamp-numeric")]
    [InlineData("Tags: china, rusland", "tags")]
    [InlineData("Bekijk de video:", "embed-intro")]
    [InlineData("De aankomst van de president in beeld:", "embed-intro")]
    public void Furniture_lines_are_recognised(string line, string rule)
    {
        var blocks = Clean($"Eerste alinea van het stuk.\n\n{line}\n\nLaatste alinea.");
        Assert.Equal((ParagraphKind.Furniture, rule, line), blocks[1]);
    }

    [Theory]
    [InlineData("Door massaal soldaten te sturen lijkt Poetin het Westen te willen bewegen.")]
    [InlineData("Op 4 februari 2022 15:36 begon de top.")]
    [InlineData("Lees de verklaring die het Kremlin gisteren publiceerde, zei Peskov.")]
    [InlineData("Reuters meldt dat de president is aangekomen.")]
    [InlineData("De collectie gaat naar het Instituut voor Beeld en Geluid in Hilversum.")]
    [InlineData("De minister zag het anders. Beeld je in wat dat voor de boeren betekent.")]
    [InlineData("Foto's van de ramp gingen de hele wereld over.")]
    public void Sentences_that_resemble_furniture_stay_text(string line) =>
        Assert.Equal(ParagraphKind.Text, Clean($"Eerste alinea.\n\n{line}\n\nLaatste alinea.")[1].Kind);

    [Fact]
    public void A_caption_printed_twice_in_one_paragraph_is_furniture_but_a_credit_under_body_text_is_not()
    {
        var twice = "Boeren rijden over de A12. Beeld ANP\nBoeren rijden over de A12.Beeld ANP";
        Assert.Equal((ParagraphKind.Furniture, "caption-credit", twice), Clean($"Kop\n\n{twice}\n\nDe boeren protesteren.")[1]);
        Assert.NotEqual(ParagraphKind.Furniture, Clean("Kop\n\nHet archief ligt bij het Instituut voor Beeld en Geluid\n\nTekst.")[1].Kind);
        var mixed = "De boeren reden dinsdag naar Den Haag.\nBeeld ANP";
        Assert.Equal(ParagraphKind.Text, Clean($"Kop\n\n{mixed}\n\nDe boeren protesteren.")[1].Kind);
    }

    [Fact]
    public void A_caption_above_the_lead_is_furniture_and_the_lead_stays_text()
    {
        var text = "Nieuwe brug over de snelweg. Beeld Anna de Boer voor de Volkskrant\n\n"
            + "Het gerechtshof heeft het besluit over de brug vernietigd. Dat oordeelde het hof dinsdag.";
        var blocks = Clean(text);
        Assert.Equal(ParagraphKind.Furniture, blocks[0].Kind);
        Assert.Equal(ParagraphKind.Text, blocks[1].Kind);
    }

    [Fact]
    public void Headings_are_short_lines_without_final_punctuation_between_paragraphs()
    {
        var blocks = Clean("Eerste alinea.\n\nVeiligheidsalliantie\n\nTekst.\n\nwat kleine letters\n\nTekst.\n\nEen zin met een punt.\n\nSlotkop");
        Assert.Equal(
            [ParagraphKind.Text, ParagraphKind.Heading, ParagraphKind.Text, ParagraphKind.Text, ParagraphKind.Text, ParagraphKind.Text, ParagraphKind.Text],
            blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_date_header_glued_to_the_lead_becomes_a_furniture_span_of_its_own()
    {
        var text = " date 2022-02 De banden zijn goed.";
        Assert.Equal([(ParagraphKind.Furniture, "header", "date 2022-02"), (ParagraphKind.Text, null, "De banden zijn goed.")], Clean(text));
    }

    [Fact]
    public void The_byline_names_the_author()
    {
        var body = Cleaner.Clean("Auteur: BNR Webredactie\n\nTekst.", 0, ArticleFormat.PlainText, "a.txt", new DiagnosticBag());
        Assert.Equal("BNR Webredactie", body.Author);
    }

    [Fact]
    public void Markdown_nested_beyond_the_limit_falls_back_to_paragraphs_or_parses_with_a_bounded_tree()
    {
        var text = new string('>', 10_000) + " diep\n\nTekst.\n";
        var bag = new DiagnosticBag();
        var body = Cleaner.Clean(text, 0, ArticleFormat.Markdown, "diep.md", bag);
        Assert.NotEmpty(body.Paragraphs);
        Assert.All(body.Paragraphs, p => Assert.InRange(p.End, p.Start + 1, text.Length));
    }
}
