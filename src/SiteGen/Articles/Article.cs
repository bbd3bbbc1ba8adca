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

    /// <summary>This article with its text held compressed (<see cref="SourceFile.WithTextPacked"/>): reading <see cref="Source"/>.Text
    /// throws until <see cref="WithTextUnpacked"/>, so only code that unpacks first may read it.</summary>
    public Article WithTextPacked() => Source.Packed is not null ? this : this with { Source = Source.WithTextPacked() };

    /// <summary>This article with its text readable: itself when it was never packed, else a copy holding the text.</summary>
    public Article WithTextUnpacked() => Source.Packed is null ? this : this with { Source = Source.Unpacked() };
}
