using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Loading;

/// <summary>
/// Turns the raw bytes of an input file into text: a BOM (UTF-8, UTF-16 LE/BE) wins; valid UTF-8 is UTF-8. Bytes that
/// are not valid UTF-8 throughout are read one of two ways, by what the rest of the file says:
/// <list type="bullet">
/// <item>UTF-8 with damage, when the file holds at least as many valid multi-byte UTF-8 sequences as invalid ones: in
/// real UTF-8 text every accented letter or curly quote is such a sequence, so a few broken bytes among them are
/// damage. Each invalid sequence becomes U+FFFD and its offset is kept (<see cref="DecodedText.Invalid"/>), so the
/// loader can name the line; the rest of the file keeps its letters.</item>
/// <item>Windows-1252 (what old Dutch scrapes and Word exports use), when invalid sequences outnumber valid ones: in
/// 1252 text an accented letter is one byte followed by a letter or space, never valid UTF-8, and a valid sequence
/// (<c>É</c> then <c>”</c>) is a rare accident.</item>
/// </list>
/// Line endings and every other character are kept, so offsets into the result are offsets into the file as decoded.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Utf8Replacing = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

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
            return Repaired(bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", UsedFallback: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", UsedFallback: false);
        if (Utf8.IsValid(bytes))
            return new DecodedText(Utf8Replacing.GetString(bytes), "utf-8", UsedFallback: false);
        var (valid, invalid) = Count(bytes);
        return invalid > valid
            ? new DecodedText(Windows1252.Value.GetString(bytes), "windows-1252", UsedFallback: true)
            : Repaired(bytes, "utf-8");
    }

    // UTF-8 with each invalid sequence replaced by one U+FFFD (the same maximal subparts the encoding replaces), and
    // the offset in the text of each replacement.
    private static DecodedText Repaired(ReadOnlySpan<byte> bytes, string name)
    {
        var text = Utf8Replacing.GetString(bytes);
        if (Utf8.IsValid(bytes)) return new DecodedText(text, name, UsedFallback: false);
        var invalid = new List<int>();
        var at = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == OperationStatus.Done) at += rune.Utf16SequenceLength;
            else invalid.Add(at++);
            bytes = bytes[consumed..];
        }
        return new DecodedText(text, name, UsedFallback: false) { Invalid = invalid };
    }

    private static (int Valid, int Invalid) Count(ReadOnlySpan<byte> bytes)
    {
        var (valid, invalid) = (0, 0);
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            bytes = bytes[ascii..];
            if (Rune.DecodeFromUtf8(bytes, out _, out var consumed) == OperationStatus.Done) valid++;
            else invalid++;
            bytes = bytes[consumed..];
        }
        return (valid, invalid);
    }
}
