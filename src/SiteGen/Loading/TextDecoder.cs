using System.Text;
using System.Text.Unicode;

namespace SiteGen.Loading;

/// <summary>
/// Turns the raw bytes of an input file into text: a BOM (UTF-8, UTF-16 LE/BE) wins; otherwise the bytes are
/// read as UTF-8 when they are valid UTF-8, else as Windows-1252 (what old Dutch scrapes and Word exports use).
/// Line endings and every other character are kept, so offsets into the result are offsets into the file as decoded.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Windows-1252 lives in System.Text.Encoding.CodePages (shared framework) and must be registered once;
    // it does not depend on ICU, so it also works under InvariantGlobalization.
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DecodedText(Utf8Strict.GetString(bytes[3..]), "utf-8-bom", UsedFallback: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", UsedFallback: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", UsedFallback: false);
        if (Utf8.IsValid(bytes))
            return new DecodedText(Utf8Strict.GetString(bytes), "utf-8", UsedFallback: false);
        return new DecodedText(Windows1252.Value.GetString(bytes), "windows-1252", UsedFallback: true);
    }
}
