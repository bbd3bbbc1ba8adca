using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a Markdown article: sentence anchors and <c>&lt;time&gt;</c> markers are inserted into the Markdown source at
/// the tagger's offsets, Markdig renders it (headings moved one level down: the page's only h1 is the title), and
/// HtmlSanitizer removes whatever the article itself tried to inject (and links that cannot resolve on this site). Raw article HTML never reaches a page unsanitised.
/// </summary>
public sealed class MarkdownBodyRenderer(TimexMarkup markup)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public RenderedBody Render(Article article)
    {
        var text = article.Source.Text;
        var source = new StringBuilder(text.Length * 2);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in BodyParagraphs.Of(article))
        {
            var at = paragraph.Start;
            foreach (var (offset, insert) in Insertions(article, paragraph.Start, paragraph.End, anchors))
            {
                source.Append(text, at, offset - at);
                var sb = new StringBuilder();
                insert(sb);
                source.Append(sb);
                at = offset;
            }
            source.Append(text, at, paragraph.End - at).Append("\n\n");
        }

        var document = Markdown.Parse(source.ToString(), Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, heading.Level + 1);
        var html = Sanitizer.Sanitize(document.ToHtml(Pipeline));
        return new RenderedBody(new RawHtml(HtmlText.NormalizeNewlines(html)), anchors);
    }

    /// <summary>Sentence anchors and match markers of one paragraph, in text order (a match lying across a paragraph edge stays plain).</summary>
    private IEnumerable<(int Offset, Action<StringBuilder> Insert)> Insertions(Article article, int start, int end, HashSet<string> anchors)
    {
        var list = new List<(int Offset, int Order, Action<StringBuilder> Insert)>();
        foreach (var sentence in article.Temporal.Sentences.Where(s => s.Start >= start && s.Start < end))
        {
            var id = RenderedBody.SentenceAnchor(sentence.Start);
            if (anchors.Add(id))
                list.Add((sentence.Start, 1, sb => sb.Append("<span class=\"zin\" id=\"").Append(id).Append("\"></span>")));
        }
        var last = start;
        foreach (var match in article.Temporal.Matches.Where(m => m.Start >= start && m.End <= end && m.End > m.Start).OrderBy(m => m.Start))
        {
            if (match.Start < last) continue;
            list.Add((match.Start, 2, sb => markup.Open(sb, match)));
            list.Add((match.End, 0, sb => markup.Close(sb, match)));
            last = match.End;
        }
        return list.OrderBy(i => i.Offset).ThenBy(i => i.Order).Select(i => (i.Offset, i.Insert));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("time");
        foreach (var attribute in new[] { "datetime", "id", "class", "title", "tabindex" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowDataAttributes = true;
        // An article's own relative links and images point into the site it was written for, not this one, and the
        // CSP would block outside images anyway: keep only absolute http(s) and mailto links.
        sanitizer.AllowedTags.Remove("img");
        sanitizer.FilterUrl += (_, e) =>
        {
            var keep = Uri.TryCreate(e.OriginalUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
            e.SanitizedUrl = keep ? uri!.AbsoluteUri : null;
        };
        return sanitizer;
    }
}
