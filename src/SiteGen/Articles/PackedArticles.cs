namespace SiteGen.Articles;

/// <summary>
/// Articles whose texts are held compressed (<see cref="Loading.PackedText"/>). Once events are extracted, a one-off
/// build reads an article's text only to retag the few articles a strong merge redates (<see cref="Timeline.DateRefiner"/>)
/// and to render its body: once for the body's digest and summary, once more when its page is written
/// (<see cref="Rendering.Templates.RawHtml.Remade"/>), and for the feed's summaries. Each of those unpacks the text for
/// its own use. Held as strings, the texts were the largest single part of what a build keeps from extraction until
/// the last page is rendered (81 MB of the 400-460 MB live at 10,000 articles).
/// </summary>
public static class PackedArticles
{
    /// <summary>Each article with its text packed, in the same order; offsets, spans and every other field unchanged.</summary>
    public static IReadOnlyList<Article> Pack(IReadOnlyList<Article> articles, int parallelism)
    {
        var packed = new Article[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            i => packed[i] = articles[i].WithTextPacked());
        return packed;
    }
}
