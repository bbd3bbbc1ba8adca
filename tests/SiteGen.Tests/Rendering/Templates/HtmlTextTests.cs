using System.Text;
using FsCheck.Xunit;
using SiteGen.Rendering.Templates;
using Xunit;

namespace SiteGen.Tests.Rendering.Templates;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("Rutte & Kaag", "Rutte &amp; Kaag")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("\"citaat\"", "&quot;citaat&quot;")]
    [InlineData("regel\r\nregel\rregel", "regel\nregel\nregel")]
    [InlineData("nul\0teken", "nul\uFFFDteken")]
    [InlineData("", "")]
    public void Encodes_the_significant_characters(string text, string html) => Assert.Equal(html, HtmlText.Encode(text));

    [Fact]
    public void Text_with_nothing_to_replace_is_written_as_it_is()
    {
        var text = "Het kabinet presenteert het stikstofplan op 10 juni 2022 — één zin, geen tekens.";
        Assert.Same(text, HtmlText.Encode(text));
    }

    [Property]
    public bool Encoding_equals_appending_every_character(string? text)
    {
        var sb = new StringBuilder();
        HtmlText.Append(sb, (text ?? "").AsSpan());
        return HtmlText.Encode(text) == sb.ToString();
    }
}
