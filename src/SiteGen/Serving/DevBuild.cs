using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>One build as `sitegen serve` uses it: the site's files in memory by output path (nothing written) and what it reported.</summary>
public sealed record DevBuild(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Where the time went (stages, pages reused and rendered), logged with `serve --verbose`; else null.</summary>
    public string? Detail { get; init; }
}
