using SiteGen.Diagnostics;
using SiteGen.Temporal;

namespace SiteGen.Loading;

/// <summary>
/// Loads every article under an input folder: decode → front matter → clean → title → slug → tag dates.
/// Content problems become diagnostics; a file that cannot be used is skipped and named, never lost silently.
/// Articles come back in a stable order (by relative path, ordinal).
/// </summary>
public sealed class ArticleLoader(TemporalTagger tagger, string language = "nl")
{
    public TemporalTagger Tagger { get; } = tagger;

    public string Language { get; } = language;

    public IReadOnlyList<Article> LoadFolder(string inputDirectory, DiagnosticBag diagnostics) => [];
}
