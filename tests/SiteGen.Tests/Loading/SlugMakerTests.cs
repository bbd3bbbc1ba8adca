using SiteGen.Loading;
using Xunit;

namespace SiteGen.Tests.Loading;

public class SlugMakerTests
{
    [Theory]
    [InlineData("China en Rusland: geen uitbreiding NAVO", "china-en-rusland-geen-uitbreiding-navo")]
    [InlineData("Oekraïne, België en Curaçao", "oekraine-belgie-en-curacao")]
    [InlineData("Xi's 'warme' gesprekken 🤝 in Peking", "xis-warme-gesprekken-in-peking")]
    [InlineData("Straße, Æther, Øresund, Łódź, Ĳssel, Ştefan", "strasse-aether-oresund-lodz-ijssel-stefan")]
    [InlineData("Oekrai\u0308ne (decomposed)", "oekraine-decomposed")]
    [InlineData("  --Dubbele   spaties__en_streepjes--  ", "dubbele-spaties-en-streepjes")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("🎉🎉", "")]
    [InlineData("中国", "")]
    public void Slugs_are_lowercase_ascii_words(string title, string slug) => Assert.Equal(slug, SlugMaker.Make(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_within_60_characters()
    {
        var slug = SlugMaker.Make("De Russische president Vladimir Poetin en de Chinese leider Xi Jinping spraken elkaar woensdag");
        Assert.Equal("de-russische-president-vladimir-poetin-en-de-chinese-leider", slug);
        Assert.True(slug.Length <= SlugMaker.MaxLength);
    }

    [Theory]
    [InlineData("🎉", "feest artikel", "feest-artikel")]
    [InlineData("🎉", ".verborgen", "verborgen")]
    [InlineData("🎉", "😀", "artikel")]
    public void Slug_falls_back_to_the_file_name_then_to_artikel(string title, string id, string slug) =>
        Assert.Equal(slug, SlugMaker.ForArticle(title, id));

    [Fact]
    public void Clashes_get_deterministic_suffixes_that_never_take_another_articles_slug()
    {
        Assert.Equal(["navo", "navo-3", "navo-2", "china", "navo-4"], SlugMaker.MakeUnique(["navo", "navo", "navo-2", "china", "navo"]));
    }
}
