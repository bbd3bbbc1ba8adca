using SiteGen.Loading;

namespace SiteGen.Cleaning;

/// <summary>
/// What the clean stage makes of a loaded file: its blocks (furniture kept and marked, the title's own block
/// among it), its title and slug (the slug not yet unique across the site), and its fields with the author filled
/// in from a byline when the front matter names none.
/// </summary>
public sealed record CleanedArticle(SourceArticle Loaded, FrontMatter Meta, string Slug, string Title, IReadOnlyList<Paragraph> Paragraphs)
{
    public SourceFile Source => Loaded.Source;
}
