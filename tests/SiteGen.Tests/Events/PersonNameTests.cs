using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class PersonNameTests
{
    [Theory]
    [InlineData("Christianne van der Wal", "Christianne", "Van der Wal")]
    [InlineData("Bart De Wever", "Bart", "De Wever")]
    [InlineData("Jan Peter Balkenende", "Jan Peter", "Balkenende")]
    [InlineData("Van der Wal", null, "Van der Wal")]
    [InlineData("Schouten", null, "Schouten")]
    public void A_name_splits_into_given_name_and_surname_with_its_particles(string name, string? given, string surname) =>
        Assert.Equal(new PersonName(given, surname), PersonName.Of(name, ActorLexicon.For("nl")));

    [Fact]
    public void Keys_ignore_case_spaces_and_accents() =>
        Assert.Equal(PersonName.Key("Van der Wal"), PersonName.Key("vanderwal"));
}
