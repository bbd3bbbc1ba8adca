namespace SiteGen.CorpusGenerator;

/// <summary>An article's content before it is written as Markdown or as scraped plain text.</summary>
public sealed record ComposedArticle(
    int Index,
    string Title,
    DateTime Published,
    string Source,
    string Section,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Paragraphs,
    bool PlainText);
