namespace SiteGen.Loading;

/// <summary>What the load stage makes of a file: its decoded text, its format, and its front matter (none for plain text).</summary>
public sealed record SourceArticle(SourceFile Source, ArticleFormat Format, FrontMatterBlock Front);
