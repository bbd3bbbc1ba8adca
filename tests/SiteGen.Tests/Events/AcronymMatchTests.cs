using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class AcronymMatchTests
{
    [Theory]
    [InlineData("AP", "Autoriteit Persoonsgegevens", true)]
    [InlineData("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu", true)]
    [InlineData("OSF", "Onafhankelijke Senaatsfractie", true)]
    [InlineData("NVWA", "Nederlandse Voedsel- en Warenautoriteit", true)]
    [InlineData("AP", "Autoriteit Consument en Markt", false)]
    [InlineData("CBS", "Centraal Planbureau", false)]
    [InlineData("PFOS", "PFOS-onderzoekscommissie", false)]
    [InlineData("A", "Agentschap", false)]
    public void An_acronym_spells_a_name_when_every_capitalised_word_gives_its_first_letter(string acronym, string name, bool spells) =>
        Assert.Equal(spells, AcronymMatch.Spells(acronym, name));
}
