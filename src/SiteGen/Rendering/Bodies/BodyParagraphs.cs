using SiteGen.Articles;
using SiteGen.Cleaning;

namespace SiteGen.Rendering.Bodies;

/// <summary>The paragraphs a page shows: not furniture, not empty, not the headline repeated (the page's h1 already says it).</summary>
public static class BodyParagraphs
{
    public static IEnumerable<Paragraph> Of(Article article)
    {
        var text = article.Source.Text;
        foreach (var p in article.Paragraphs.OrderBy(p => p.Start))
        {
            if (p.Kind == ParagraphKind.Furniture || p.End <= p.Start || p.Start < 0 || p.End > text.Length) continue;
            var content = text.AsSpan(p.Start, p.End - p.Start).Trim();
            if (content.IsEmpty || content.SequenceEqual(article.Title.AsSpan().Trim())) continue;
            yield return p;
        }
    }
}
