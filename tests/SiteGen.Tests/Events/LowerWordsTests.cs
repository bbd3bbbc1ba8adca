using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public sealed class LowerWordsTests
{
    [Theory]
    [InlineData("Kabinet", "kabinet")]
    [InlineData("EU-leiders", "eu-leiders")]
    [InlineData("ÉÉN", "één")]
    [InlineData("stikstof", "stikstof")]
    public void GivesTheInvariantLowercaseForm(string word, string lower) =>
        Assert.Equal(lower, LowerWords.Of(word));

    [Fact]
    public void GivesOneStringPerDistinctWord()
    {
        var first = LowerWords.Of("Provincie".AsSpan());
        var again = LowerWords.Of("de provincie".AsSpan(3));
        Assert.Same(first, again);
    }

    [Fact]
    public void LowersWordsTooLongToRemember()
    {
        var word = new string('A', 100);
        Assert.Equal(new string('a', 100), LowerWords.Of(word));
    }

    [Fact]
    public void SentenceWordsAndKeyWordsShareTheLowercaseStrings()
    {
        const string text = "De Provincie Gelderland presenteerde het Plan.";
        var words = SentenceWord.Of(text);
        var keys = KeyWords.Of(text, 0, text.Length, [], new HashSet<string>(StringComparer.Ordinal));
        Assert.Equal("provincie", words[1].Lower);
        Assert.Same(words[1].Lower, keys.Single(k => k == "provincie"));
    }
}
