using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using Xunit;

namespace SiteGen.Tests.Loading;

public class TextDecoderTests
{
    private const string Dutch = "Oekraïne en België: één café.\r\nTweede regel\rDerde\n";

    [Fact]
    public void Windows_1252_is_the_fallback_for_bytes_that_are_not_utf8()
    {
        // ï = 0xEF, ë = 0xEB, é = 0xE9 in Windows-1252; “ ” = 0x93 0x94 exist only in 1252, not Latin-1.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Oekra"), 0xEF, .. Encoding.ASCII.GetBytes("ne, Belgi"), 0xEB, (byte)' ', 0x93, (byte)'x', 0x94];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(("Oekraïne, België “x”", "windows-1252", true), (decoded.Text, decoded.EncodingName, decoded.UsedFallback));
    }

    [Fact]
    public void Utf8_with_and_without_bom_gives_the_same_text()
    {
        var plain = TextDecoder.Decode(Encoding.UTF8.GetBytes(Dutch));
        var bom = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Dutch)]);
        Assert.Equal(Dutch, plain.Text);
        Assert.Equal(Dutch, bom.Text);
        Assert.Equal(("utf-8", "utf-8-bom"), (plain.EncodingName, bom.EncodingName));
    }

    [Fact]
    public void Utf16_with_bom_little_and_big_endian()
    {
        Assert.Equal(Dutch, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Dutch)]).Text);
        Assert.Equal(Dutch, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Dutch)]).Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_endings_are_kept_and_paragraph_offsets_point_into_the_decoded_text(string eol)
    {
        var text = $"Oekraïne{eol}{eol}In België is het 4 februari 2022.{eol}Tweede regel.{eol}{eol}Slot.";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadBytes(Encoding.Latin1.GetBytes(text), "a.txt", bag)!;
        Assert.Equal(text, article.Source.Text);
        var paragraphs = article.Paragraphs.Select(p => article.Source.Text[p.Start..p.End]).ToList();
        Assert.Equal(["Oekraïne", $"In België is het 4 februari 2022.{eol}Tweede regel.", "Slot."], paragraphs);
        Assert.Contains(bag.Sorted, d => d.Code == "SG0104" && d.Severity == Severity.Info);
    }

    [Fact]
    public void Content_hash_is_sha256_of_the_raw_bytes()
    {
        var article = Seeds.Loader().LoadBytes(Encoding.UTF8.GetBytes("Tekst."), "a.txt", new DiagnosticBag())!;
        Assert.Matches("^[0-9a-f]{64}$", article.Source.ContentHash);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("Tekst."))), article.Source.ContentHash);
    }
}
