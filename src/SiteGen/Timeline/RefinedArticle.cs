using SiteGen.Articles;
using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>An article with its document date refined from another article, and its events from that date.</summary>
public sealed record RefinedArticle(Article Article, ArticleExtraction Extraction);
