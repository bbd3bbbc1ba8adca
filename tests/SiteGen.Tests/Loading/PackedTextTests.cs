using System.Text;
using SiteGen.Loading;
using Xunit;

namespace SiteGen.Tests.Loading;

public class PackedTextTests
{
    private const string Dutch = "Oekraïne en België: één café.\r\nTweede regel\rDerde 😀\n";

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(Dutch)]
    [InlineData("los \uD800 hoog en \uDC00 laag")]
    public void A_text_unpacks_to_exactly_the_string_that_was_packed(string text) =>
        Assert.Equal(text, PackedText.Unpack(PackedText.Pack(text)));

    [Fact]
    public void A_long_news_text_unpacks_exactly_and_takes_a_fraction_of_its_string()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
            text.Append("Op ").Append(i % 28 + 1).Append(" maart besloot de gemeenteraad van Zwolle na een stemming het plan uit te stellen.\n\n");

        var packed = PackedText.Pack(text.ToString());

        Assert.Equal(text.ToString(), PackedText.Unpack(packed));
        Assert.True(packed.Length * 4 < text.Length * sizeof(char), $"{packed.Length} bytes for {text.Length} characters");
    }

    [Fact]
    public void A_packed_source_file_keeps_its_names_and_gives_its_text_back_when_unpacked()
    {
        var file = new SourceFile("stikstof", "2022/stikstof.md", Dutch, "abc123");

        var packed = file.WithTextPacked();
        var unpacked = packed.Unpacked();

        Assert.NotNull(packed.Packed);
        Assert.Equal(("stikstof", "2022/stikstof.md", "abc123"), (packed.Id, packed.RelativePath, packed.ContentHash));
        Assert.Equal(file, unpacked);
        Assert.Null(unpacked.Packed);
        Assert.Same(packed, packed.WithTextPacked());
        Assert.Same(file, file.Unpacked());
    }

    [Fact]
    public void Reading_the_text_of_a_packed_file_is_refused_rather_than_giving_an_empty_text()
    {
        var packed = new SourceFile("stikstof", "2022/stikstof.md", Dutch, "abc123").WithTextPacked();

        var refused = Assert.Throws<InvalidOperationException>(() => packed.Text);
        Assert.Contains("2022/stikstof.md", refused.Message);
    }
}
