using SiteGen.Diagnostics;

namespace SiteGen.Articles;

/// <summary>
/// One input file through load, clean and tag: the article (null when the file was skipped) and the diagnostics
/// those stages gave. This is the unit an earlier build's result is reused by, so a reused file reports exactly
/// what a fresh one does.
/// </summary>
public sealed record LoadedArticle(string RelativePath, string ContentHash, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
