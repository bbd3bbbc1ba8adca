namespace SiteGen.Loading;

/// <summary>The fields an article may set in YAML front matter; all optional. <see cref="Date"/> is kept as written and validated by the dater.</summary>
public sealed record FrontMatter(
    string? Title = null,
    string? Date = null,
    string? Source = null,
    string? Url = null,
    string? Author = null,
    IReadOnlyList<string>? Tags = null,
    string? Lang = null)
{
    public static readonly FrontMatter Empty = new();
}
