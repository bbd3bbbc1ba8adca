using Markdig;
using SiteGen.Articles;
using SiteGen.Loading;

namespace SiteGen.Rendering.Bodies;

/// <summary>A plain-text summary of an article (its first body paragraphs, Markdown reduced to its text) for meta descriptions and the feed, cut at a word.</summary>
public static class ArticleSummary
{
    public static string Of(Article article, int maxLength)
    {
        // The feed summarises articles whose texts a build holds packed (PackedArticles).
        article = article.WithTextUnpacked();
        var text = article.Source.Text;
        var words = string.Join(' ', BodyParagraphs.Of(article)
            .Select(p => article.Format == ArticleFormat.Markdown ? PlainText(text[p.Start..p.End]) : text[p.Start..p.End])
            .SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Take(maxLength));
        if (words.Length <= maxLength) return words.Length > 0 ? words : article.Title;
        var cut = words.LastIndexOf(' ', maxLength - 1);
        return words[..(cut > 0 ? cut : maxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    // Markdown nested past Markdig's depth limit is summarised as written (the body renderer falls back the same way).
    private static string PlainText(string markdown)
    {
        try
        {
            return Markdown.ToPlainText(markdown);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            return markdown;
        }
    }
}
