using SiteGen.Articles;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// An article body as HTML plus the anchor ids it contains, so links into it are only made to places that exist, and
/// its <see cref="Description"/>: the plain-text summary its page's meta description shows.
/// </summary>
public sealed record RenderedBody(RawHtml Html, BodyAnchors Anchors)
{
    public string Description { get; init; } = "";

    /// <summary>The anchor of the sentence holding <paramref name="offset"/>, else of its paragraph, else null (top of the page).</summary>
    public string? AnchorFor(Article article, int offset)
    {
        foreach (var sentence in article.Temporal.Sentences)
            if (offset >= sentence.Start && offset < sentence.End && Anchors.HasSentence(sentence.Start))
                return SentenceAnchor(sentence.Start);
        foreach (var paragraph in article.Paragraphs)
            if (offset >= paragraph.Start && offset < paragraph.End && Anchors.HasParagraph(paragraph.Start))
                return ParagraphAnchor(paragraph.Start);
        return null;
    }

    public static string SentenceAnchor(int start) => "z-" + start.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ParagraphAnchor(int start) => "p-" + start.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
