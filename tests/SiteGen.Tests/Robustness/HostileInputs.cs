using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Generators for property tests: text stitched from pieces that stress each stage (dates the tagger reads, Markdown
/// and YAML syntax, markup and template syntax, line endings, control characters, lone surrogates, emoji), and byte
/// arrays that mix such text in several encodings with BOMs and random bytes. Plain arbitrary strings miss most of this.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] Pieces =
    [
        "4 februari 2022", "31 februari", "in 1648", "in 2150", "gisteren", "vandaag", "volgende week", "maandag",
        "om 15.36 uur", "het jaar 9999", "0 januari 0000", "eind jaren negentig", "dit voorjaar", "2022-02-31", "'22",
        "---\n", "---\r\n", "title: x\n", "date: gisteren\n", "tags: 5\n", "tags: [a, b\n", ": :\n", "- - -\n", "\"'\n",
        "# ", "> ", ">>>>>>>>", "* ", "1. ", "[", "](", ")", "`", "```\n", "![x](", "<", ">", "&", "&#0;", "&#x110000;", "|",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)",
        "[a](javascript:alert(1))", "{{ site.title }}", "{{ for i in 1..9 }}", "{% raw %}", "}}", "{{",
        "Oekraïne", "België", "één", "Poetin", "Xi Jinping", "Lees terug | x", "Deel dit artikel", "NOS Nieuws • vandaag, 09:34",
        "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u00a0", "\u2028", "\0", "\uFEFF", "\u200B", "\uD800", "\uDC00", "🔥", "👩‍👩‍👧",
        "\u0007", "\u001b[31m", "\u202E", ".", "!", "?", "…", "'", "\"", "’",
    ];

    public static Gen<string> TextGen { get; } =
        Gen.OneOf(
                Gen.Elements(Pieces),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts));

    public static Gen<byte[]> BytesGen { get; } =
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<byte[]>(),
            TextGen.Select(Encoding.UTF8.GetBytes),
            TextGen.Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)]),
            TextGen.Select(t => (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)]),
            TextGen.Select(t => (byte[])[0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(t)]),
            TextGen.Select(t => Encoding.Latin1.GetBytes(t)),
            Gen.Two(TextGen).Select(p => (byte[])[.. Encoding.UTF8.GetBytes(p.Item1), 0xC3, 0x28, 0xFF, .. Encoding.Latin1.GetBytes(p.Item2)]));

    public static Arbitrary<string> Strings() => Arb.From(TextGen);

    public static Arbitrary<byte[]> Bytes() => Arb.From(BytesGen);
}
