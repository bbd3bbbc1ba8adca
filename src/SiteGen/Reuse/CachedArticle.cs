using SiteGen.Dating;
using SiteGen.Diagnostics;

namespace SiteGen.Reuse;

/// <summary>
/// One input file's loading result: the article (null when the file was skipped) and the diagnostics loading it
/// produced, replayed on a hit so a cached build reports exactly what a clean one does. The article's source text
/// is not stored (the file itself is read to check its hash anyway) and is put back on a hit.
/// </summary>
public sealed record CachedArticle(string RelativePath, string ContentHash, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
