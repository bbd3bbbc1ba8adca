namespace SiteGen.Loading;

/// <summary>
/// An input file as decoded. <see cref="Text"/> is the whole file as text (BOM removed, line endings untouched),
/// the string every offset in the pipeline points into. <see cref="RelativePath"/> uses '/' and is what diagnostics name.
/// </summary>
public sealed record SourceFile(string Id, string RelativePath, string Text, string ContentHash)
{
    // Set only by WithTextPacked, after the cache has stored what it keeps of an article: it is no stored field.
    private byte[]? _packed;

    /// <summary>The text; reading it while the file is <see cref="WithTextPacked">packed</see> is a bug, and throws
    /// rather than give an empty text whose offsets point nowhere.</summary>
    public string Text
    {
        get => _packed is null ? field : throw new InvalidOperationException($"The text of {RelativePath} is packed: unpack it (SourceFile.Unpacked) before reading it.");
        init;
    } = Text;

    /// <summary>The text compressed (<see cref="PackedText"/>); null when the text is held as a string.</summary>
    public byte[]? Packed => _packed;

    /// <summary>This file with its text compressed, until <see cref="Unpacked"/>; id, path and hash unchanged.</summary>
    public SourceFile WithTextPacked() => _packed is not null ? this : this with { _packed = PackedText.Pack(Text), Text = "" };

    /// <summary>This file with its text as a string again (a new object; this one stays packed).</summary>
    public SourceFile Unpacked() => _packed is { } packed ? this with { _packed = null, Text = PackedText.Unpack(packed) } : this;
}
