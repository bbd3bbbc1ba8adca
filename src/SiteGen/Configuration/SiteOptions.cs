namespace SiteGen.Configuration;

/// <summary>
/// Everything a build needs, resolved: folders are absolute, <see cref="BaseUrl"/> starts and ends with '/',
/// <see cref="SiteUrl"/> (absolute, ends with '/') is null when no public address is configured.
/// Immutable: derive variants with <c>with</c>.
/// </summary>
public sealed record SiteOptions
{
    public required string SiteRoot { get; init; }
    public required string Input { get; init; }
    public required string Output { get; init; }
    public required string Templates { get; init; }
    public required string Wwwroot { get; init; }
    public string BaseUrl { get; init; } = "/";
    public string? SiteUrl { get; init; }
    public string Language { get; init; } = "nl";
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Intro { get; init; }
    public string? Image { get; init; }
    public bool Strict { get; init; }
    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>The defaults for a site rooted at <paramref name="siteRoot"/>: seeds/ in, _site/ out.</summary>
    public static SiteOptions ForRoot(string siteRoot)
    {
        var root = Path.GetFullPath(siteRoot);
        return new SiteOptions
        {
            SiteRoot = root,
            Input = Path.Combine(root, "seeds"),
            Output = Path.Combine(root, "_site"),
            Templates = Path.Combine(root, "templates"),
            Wwwroot = Path.Combine(root, "wwwroot"),
        };
    }

    /// <summary>Shows a folder relative to the site root, with '/', the way diagnostics name files.</summary>
    public string Relative(string path) =>
        Path.GetRelativePath(SiteRoot, path).Replace('\\', '/');
}
