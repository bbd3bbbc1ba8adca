using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Serving;

/// <summary>One build as `sitegen serve` uses it: the site's files in memory (nothing written) and what it reported.</summary>
public sealed record DevBuild(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed);
