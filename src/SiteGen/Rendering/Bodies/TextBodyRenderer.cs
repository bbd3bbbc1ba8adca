using System.Text;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// Renders a plain-text article: each kept paragraph as <c>p</c>, <c>h2</c> or <c>blockquote</c> with id <c>p-START</c>,
/// each sentence starting in it as a span with id <c>z-START</c> (where the timeline links to), every temporal
/// expression marked in place. All article text is HTML-encoded; furniture is left out.
/// </summary>
public sealed class TextBodyRenderer(TimexMarkup markup)
{
    public RenderedBody Render(Article article)
    {
        var text = article.Source.Text;
        var sb = new StringBuilder(text.Length * 2);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in BodyParagraphs.Of(article))
        {
            var id = RenderedBody.ParagraphAnchor(paragraph.Start);
            anchors.Add(id);
            var (open, close) = paragraph.Kind switch
            {
                ParagraphKind.Heading => ($"<h2 id=\"{id}\">", "</h2>\n"),
                ParagraphKind.Quote => ($"<blockquote id=\"{id}\"><p>", "</p></blockquote>\n"),
                _ => ($"<p id=\"{id}\">", "</p>\n"),
            };
            sb.Append(open);
            AppendSentences(sb, article, paragraph.Start, paragraph.End, anchors);
            sb.Append(close);
        }
        return new RenderedBody(new RawHtml(sb.ToString()), BodyAnchors.Of(anchors));
    }

    /// <summary>Splits the paragraph at sentence starts; a sentence's span runs to the next sentence (or paragraph end).</summary>
    private void AppendSentences(StringBuilder sb, Article article, int start, int end, HashSet<string> anchors)
    {
        var starts = article.Temporal.Sentences.Select(s => s.Start).Where(s => s >= start && s < end).Distinct().Order().ToList();
        if (starts.Count == 0 || starts[0] != start) starts.Insert(0, start);
        for (var i = 0; i < starts.Count; i++)
        {
            var a = starts[i];
            var b = i + 1 < starts.Count ? starts[i + 1] : end;
            var isSentence = article.Temporal.Sentences.Any(s => s.Start == a);
            if (isSentence)
            {
                var id = RenderedBody.SentenceAnchor(a);
                anchors.Add(id);
                sb.Append("<span class=\"zin\" id=\"").Append(id).Append("\">");
            }
            AppendMarked(sb, article.Source.Text, a, b, article.Temporal.Matches);
            if (isSentence) sb.Append("</span>");
        }
    }

    /// <summary>Text in [start, end) with the matches lying wholly inside it marked; overlapping matches after the first are left plain.</summary>
    private void AppendMarked(StringBuilder sb, string text, int start, int end, IReadOnlyList<TemporalMatch> matches)
    {
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end && m.End > m.Start).OrderBy(m => m.Start))
        {
            if (match.Start < at) continue;
            HtmlText.Append(sb, text.AsSpan(at, match.Start - at));
            markup.Open(sb, match);
            HtmlText.Append(sb, text.AsSpan(match.Start, match.End - match.Start));
            markup.Close(sb, match);
            at = match.End;
        }
        HtmlText.Append(sb, text.AsSpan(at, end - at));
    }
}
