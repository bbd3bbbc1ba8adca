namespace SiteGen.Articles;

/// <summary>An article given a suffix to make its id or slug unique: the article as loaded and as renamed.</summary>
public sealed record ArticleRename(Article Original, Article Renamed);
