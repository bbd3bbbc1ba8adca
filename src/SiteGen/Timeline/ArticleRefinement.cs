using SiteGen.Articles;

namespace SiteGen.Timeline;

/// <summary>An article whose document date a strong merge refined: the article as it was, and with the new date.</summary>
public sealed record ArticleRefinement(Article Original, Article Refined);
