namespace SiteGen.Loading;

/// <summary>The text of a file and how it was read; <see cref="UsedFallback"/> is true when it was not valid UTF-8.</summary>
public sealed record DecodedText(string Text, string EncodingName, bool UsedFallback);
