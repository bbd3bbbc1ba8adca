using System.Text;
using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Loading;

public class SkippedFileTests
{
    [Theory]
    [InlineData(new byte[0], "SG0101")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "SG0101")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x0A }, "SG0102")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41 }, "SG0103")]
    public void Empty_whitespace_and_binary_files_are_skipped_with_a_warning_naming_the_file(byte[] bytes, string code)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Seeds.Loader().LoadBytes(bytes, "map/bestand.txt", bag));
        var d = Assert.Single(bag.Sorted);
        Assert.Equal((Severity.Warning, code, "map/bestand.txt"), (d.Severity, d.Code, d.File));
        Assert.NotNull(d.Fix);
    }

    [Fact]
    public void Markdown_with_only_front_matter_is_skipped_with_a_warning()
    {
        var bag = new DiagnosticBag();
        Assert.Null(Seeds.Loader().LoadText("---\ntitle: Leeg\n---\n\n", "leeg.md", bag));
        Assert.Equal("SG0108", Assert.Single(bag.Sorted).Code);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_a_warning()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new SiteGen.Articles.ArticleLoader(Seeds.Loader().Tagger) { MaxFileBytes = 100 }.LoadBytes(Encoding.UTF8.GetBytes(new string('a', 101)), "groot.txt", bag));
        Assert.Equal("SG0105", Assert.Single(bag.Sorted).Code);
    }
}
