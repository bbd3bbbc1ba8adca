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
    public void Invalid_bytes_in_an_otherwise_utf8_file_become_replacement_characters_not_mojibake()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Eén café, “x”.\nKapot: "), 0xE9, .. Encoding.UTF8.GetBytes(" en "), 0xE2, 0x80, .. Encoding.UTF8.GetBytes(".\nOekraïne.")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Eén café, “x”.\nKapot: \uFFFD en \uFFFD.\nOekraïne.", decoded.Text);
        Assert.Equal(("utf-8", false), (decoded.EncodingName, decoded.UsedFallback));
        Assert.Equal([decoded.Text.IndexOf('\uFFFD'), decoded.Text.LastIndexOf('\uFFFD')], decoded.Invalid);
    }

    [Fact]
    public void A_windows_1252_file_with_an_accidental_utf8_pair_is_still_windows_1252()
    {
        // É” is C9 94 in Windows-1252, which is also valid UTF-8 (U+0254); the file's other accents are not.
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 in Br\u00fcssel: het CAF\u00c9\u0094 opende \u00e9\u00e9n dag te laat.");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(("windows-1252", true), (decoded.EncodingName, decoded.UsedFallback));
        Assert.Equal("Café in Brüssel: het CAFÉ” opende één dag te laat.", decoded.Text);
    }

    [Fact]
    public void The_loader_names_each_line_with_invalid_bytes_and_keeps_the_rest()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Titel\n\nOp 4 februari 2022 één café.\nKapot "), 0xFF, .. Encoding.UTF8.GetBytes(" hier.\nNog "), 0xC3, .. Encoding.UTF8.GetBytes(".\n")];
        var bag = new DiagnosticBag();

        var article = Seeds.Loader().LoadBytes(bytes, "a.txt", bag)!;

        Assert.Contains("één café", article.Source.Text);
        Assert.Equal(["a.txt(4,7)", "a.txt(5,5)"], bag.Sorted.Where(d => d.Code == "SG0119").Select(d => $"{d.File}({d.Line},{d.Column})"));
        Assert.All(bag.Sorted.Where(d => d.Code == "SG0119"), d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.DoesNotContain(bag.Sorted, d => d.Code == "SG0104");
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
