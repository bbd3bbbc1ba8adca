using SiteGen.Cleaning;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Articles;

/// <summary>
/// One article after load, clean and tag. All offsets (paragraphs, <see cref="Temporal"/> matches, title span)
/// point into <see cref="Source"/>.Text. <see cref="Temporal"/>.DocumentDate is null when the article is undated.
/// </summary>
public sealed record Article(
    SourceFile Source,
    ArticleFormat Format,
    FrontMatter Meta,
    string Slug,
    string Title,
    IReadOnlyList<Paragraph> Paragraphs,
    TemporalAnalysis Temporal)
{
    public string Id => Source.Id;
    public DocumentDate? Date => Temporal.DocumentDate;
}
