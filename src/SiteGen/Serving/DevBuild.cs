using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>One build as `sitegen serve` uses it: the site's files in memory by output path (nothing written) and what it reported.</summary>
public sealed record DevBuild(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed);
