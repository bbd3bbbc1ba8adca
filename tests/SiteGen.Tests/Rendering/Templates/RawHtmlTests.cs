using SiteGen.Rendering.Templates;
using Xunit;

namespace SiteGen.Tests.Rendering.Templates;

public class RawHtmlTests
{
    [Fact]
    public void Remade_markup_is_made_on_every_use_and_never_kept()
    {
        var made = 0;
        var html = RawHtml.Remade(() =>
        {
            made++;
            return "<p id=\"z1\">Op 3 maart 2021 besloot de raad.</p>";
        });

        Assert.Equal(0, made);
        Assert.Equal("<p id=\"z1\">Op 3 maart 2021 besloot de raad.</p>", html.Html);
        Assert.Equal("<p id=\"z1\">Op 3 maart 2021 besloot de raad.</p>", html.ToString());
        Assert.Equal(2, made);
        Assert.True(html.IsDeferred);
        Assert.Equal(RawHtml.DigestOf(html.Html), html.Digest);
        Assert.Equal(new RawHtml("<p id=\"z1\">Op 3 maart 2021 besloot de raad.</p>"), html);
    }

    [Fact]
    public void Remade_markup_with_a_known_digest_is_not_made_to_give_it()
    {
        var html = RawHtml.Remade(() => throw new InvalidOperationException("made"), "abc123");

        Assert.Equal("abc123", html.Digest);
        Assert.Throws<InvalidOperationException>(() => html.Html);
    }
}
