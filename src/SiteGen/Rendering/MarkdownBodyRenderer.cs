using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a Markdown article: sentence anchors and <c>&lt;time&gt;</c> markers are inserted into the Markdown source at
/// the tagger's offsets, Markdig renders it (headings moved one level down: the page's only h1 is the title), and
/// HtmlSanitizer removes whatever the article itself tried to inject (and links that cannot resolve on this site). Raw article HTML never reaches a page unsanitised.
/// An article whose body holds no <c>&lt;</c> cannot carry raw HTML (Markdig escapes everything else), so it skips
/// the sanitizer's re-parse (most of the cost of rendering a page) and gets the same link rules on Markdig's tree.
/// </summary>
public sealed class MarkdownBodyRenderer(TimexMarkup markup)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public RenderedBody Render(Article article, DiagnosticBag? diagnostics = null)
    {
        var text = article.Source.Text;
        var source = new StringBuilder(text.Length * 2);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var rawHtml = false;
        foreach (var paragraph in BodyParagraphs.Of(article))
        {
            rawHtml |= text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).Contains('<');
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

        // Markdig refuses input nested past its depth limit, in parsing or (emphasis) in rendering, and spends
        // quadratic time on thousands of container markers. Such an article is shown as escaped plain paragraphs
        // instead of failing the build; the cleaner has already warned (SG0130) when it gave up on the Markdown,
        // so only a failure it could not foresee is reported here.
        if (MarkdownBlockReader.TooDeep(text, 0)) return new TextBodyRenderer(markup).Render(article);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source.ToString(), Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            return new TextBodyRenderer(markup).Render(article);
        }
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, heading.Level + 1);
        string html;
        try
        {
            html = rawHtml ? Sanitizer.Sanitize(document.ToHtml(Pipeline)) : WithSafeLinks(document).ToHtml(Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            diagnostics?.Warning("SG0130", article.Source.RelativePath, 0, 0,
                "The Markdown is nested too deeply to render; it is shown as plain paragraphs.",
                "Remove the deep nesting of quotes, lists, emphasis or brackets (at most 128 levels).");
            return new TextBodyRenderer(markup).Render(article);
        }
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

    /// <summary>
    /// The sanitizer's link rules applied to Markdig's tree: images go (the CSP would block outside images, and an
    /// article's relative ones point into another site), links keep only absolute http(s) and mailto targets, and
    /// any other link becomes its plain text.
    /// </summary>
    private static MarkdownDocument WithSafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                link.Remove();
                continue;
            }
            if (SafeUrl(link.Url) is { } url)
            {
                link.Url = url;
                continue;
            }
            var children = link.ToList();
            foreach (var child in children)
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        return document;
    }

    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;

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
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = SafeUrl(e.OriginalUrl);
        return sanitizer;
    }
}
