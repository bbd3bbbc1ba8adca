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
    string? ActorPath);
