namespace SiteGen.Loading;

/// <summary>The text of a file and how it was read; <see cref="UsedFallback"/> is true when it was read as Windows-1252.</summary>
public sealed record DecodedText(string Text, string EncodingName, bool UsedFallback)
{
    /// <summary>Offsets in <see cref="Text"/> of the U+FFFD that stand for bytes that were not valid UTF-8, in order.</summary>
    public IReadOnlyList<int> Invalid { get; init; } = [];
}
