using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class ClauseCompressorTests
{
    private static readonly ClauseCompressor Compressor = new(EventLexicon.For("nl"));

    private static string Compress(string sentence, string? date = null)
    {
        if (date is null) return Compressor.Compress(sentence);
        var at = sentence.IndexOf(date, StringComparison.Ordinal);
        return Compressor.Compress(sentence, at, at + date.Length);
    }

    [Fact]
    public void Drops_a_tail_attribution_with_the_date_inside_it()
    {
        var s = "Rusland heeft China gevraagd om militaire steun, zo meldden internationaal gerespecteerde media zondag, op basis van anonieme bronnen.";
        Assert.Equal("Rusland heeft China gevraagd om militaire steun.", Compress(s, "zondag"));
    }

    [Fact]
    public void Drops_aldus_after_a_quote()
    {
        Assert.Equal("'Er is een stap vooruit gezet in de gassector'.", Compress("'Er is een stap vooruit gezet in de gassector', aldus Poetin."));
    }

    [Fact]
    public void Drops_the_date_with_its_preposition_and_puts_the_verb_in_the_present()
    {
        Assert.Equal("Poetin gaat naar Peking voor een Nieuwe Zijderoute-conferentie.",
            Compress("Poetin ging in oktober naar Peking voor een Nieuwe Zijderoute-conferentie.", "oktober"));
    }

    [Fact]
    public void Keeps_a_date_that_opens_the_clause()
    {
        Assert.Equal("Vorig jaar stelt Peking een vredesplan van twaalf punten voor.",
            Compress("Vorig jaar stelde Peking een vredesplan van twaalf punten voor.", "Vorig jaar"));
    }

    [Fact]
    public void Cuts_a_relative_clause_after_the_date()
    {
        Assert.Equal("Xi reist voor het laatst naar Moskou.",
            Compress("Xi reisde in maart 2023 voor het laatst naar Moskou, waar de twee elkaar aanspraken als \"dierbare vriend\".", "maart 2023"));
    }

    [Fact]
    public void Leaves_quoted_words_alone()
    {
        Assert.Equal("Poetin zegt: 'het was goed'.", Compress("Poetin zei: 'het was goed'."));
    }

    [Fact]
    public void Starts_at_the_clause_that_holds_the_date_when_too_long()
    {
        var s = "De Franse president Emmanuel Macron laat vrijdag weten dat hij maandag in Moskou een ontmoeting zal hebben met Vladimir Poetin en dinsdag in Kiev met de Oekraïense president Volodymyr Zelensky.";
        Assert.Equal("De Franse president Emmanuel Macron laat vrijdag weten dat hij in Moskou een ontmoeting zal hebben met Vladimir Poetin.",
            Compress(s, "maandag"));
        Assert.Equal("In Kiev met de Oekraïense president Volodymyr Zelensky.", Compress(s, "dinsdag"));
    }

    [Fact]
    public void Starts_at_a_clause_joined_by_en_when_the_date_is_far_in()
    {
        var s = "De twee grootmachten kanten zich tegen 'elke toekomstige uitbreiding van de NAVO', hekelen 'de negatieve invloed op de vrede en de stabiliteit in de regio' en zeggen 'bezorgd' te zijn over de oprichting vorig jaar van AUKUS, een militaire alliantie van de Verenigde Staten, het Verenigd Koninkrijk en Australië.";
        Assert.Equal("Zeggen 'bezorgd' te zijn over de oprichting van AUKUS, een militaire alliantie van de Verenigde Staten.",
            Compress(s, "vorig jaar"));
    }

    [Theory]
    [InlineData("Beide landen zeiden 'ernstig bezorgd' te zijn over het Aukus-veiligheidspact tussen de Verenigde Staten, het Verenigd Koninkrijk en Australië, dat vorig jaar werd aangekondigd.", "vorig jaar")]
    [InlineData("De sterke man in Moskou betoogt dat een expansie van het trans-Atlantische bondgenootschap naar het oosten in strijd zou zijn met beloftes die het Westen in 1991, na de val van de Sovjet-Unie, deed.", "1991")]
    [InlineData("Dit is een heel lange zin zonder enige komma of voegwoord waarin heel veel woorden achter elkaar staan tot hij uiteindelijk veel te lang wordt voor een tijdlijn van gebeurtenissen", null)]
    public void Stays_short_and_never_cuts_a_word(string sentence, string? date)
    {
        var result = Compress(sentence, date);
        Assert.InRange(result.Length, 10, ClauseCompressor.Tolerance + 2);
        var words = sentence.Split(' ').Select(w => w.Trim('.', ',', '\'')).ToHashSet();
        foreach (var word in result.TrimEnd('.', '…').Split(' ').Select(w => w.Trim('.', ',', '\'', '…')))
            Assert.True(words.Contains(word) || Lexicon.PresentOf.Values.Contains(word.ToLowerInvariant()), $"'{word}' in '{result}'");
    }

    private static EventLexicon Lexicon => Compressor.Lexicon;
}
