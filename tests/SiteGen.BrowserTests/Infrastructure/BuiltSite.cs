namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// A site built into a folder, with what the tests expect to find in it, taken from the build's own data
/// (not from the pages), so a page that drops an event is caught. <see cref="ActorPath"/> is null when no actor has a page.
/// </summary>
public sealed record BuiltSite(
    string Directory,
    string BasePath,
    IReadOnlyList<string> EventIds,
    string ArticlePath,
    string? ActorPath)
{
    /// <summary>The items events.json marks as key events.</summary>
    public IReadOnlyList<string> KeyIds { get; init; } = [];

    /// <summary>The site's HTML pages, relative to its folder ('/' separated).</summary>
    public IEnumerable<string> HtmlPages =>
        System.IO.Directory.EnumerateFiles(Directory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    /// <summary>A month page of a timeline split by month (<c>tijdlijn/2022/03/</c>), else any period page, else the home page.</summary>
    public string PeriodPath
    {
        get
        {
            var pages = HtmlPages.Where(p => p.StartsWith("tijdlijn/", StringComparison.Ordinal)).ToList();
            return (pages.FirstOrDefault(p => p.Count(c => c == '/') == 3) ?? pages.FirstOrDefault() ?? "index.html")[..^"index.html".Length];
        }
    }
}
