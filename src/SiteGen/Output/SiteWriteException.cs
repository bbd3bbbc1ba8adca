namespace SiteGen.Output;

/// <summary>Writing one file of the site failed: which file (relative to the site) and why (the inner exception).</summary>
public sealed class SiteWriteException(string relativePath, Exception inner)
    : IOException($"Writing '{relativePath}' failed: {inner.Message}", inner)
{
    public string RelativePath { get; } = relativePath;
}
