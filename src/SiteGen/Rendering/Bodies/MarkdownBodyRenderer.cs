using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Bodies;

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

    // Made when the first article with raw HTML needs it: building it costs more than rendering a hundred bodies.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    public RenderedBody Render(Article article, DiagnosticBag? diagnostics = null)
    {
        var text = article.Source.Text;
        var source = new StringBuilder(text.Length * 2);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var rawHtml = false;

        // Markdig refuses input nested past its depth limit, in parsing or (emphasis) in rendering, and spends
        // quadratic time on thousands of container markers. Such an article is shown as escaped plain paragraphs
        // instead of failing the build; the cleaner has already warned (SG0130) when it gave up on the Markdown,
        // so only a failure it could not foresee is reported here.
        if (MarkdownBlockReader.TooDeep(text, 0) || article.Paragraphs.Count == 0) return new TextBodyRenderer(markup).Render(article);
        MarkdownDocument document;
        try
        {
            var bodyStart = article.Paragraphs.Min(p => p.Start);
            var map = MarkdownSourceMap.Read(Unclosed(text, bodyStart, article.Source.RelativePath, diagnostics), bodyStart);
            foreach (var paragraph in BodyParagraphs.Of(article))
            {
                rawHtml |= text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).Contains('<');
                AppendMarked(source, article, paragraph.Start, paragraph.End, anchors, map);
                source.Append("\n\n");
            }
            document = Markdown.Parse(rawHtml ? Contained(source.ToString()) : source.ToString(), Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            return new TextBodyRenderer(markup).Render(article);
        }
        DemoteHeadings(document);
        string html;
        try
        {
            html = rawHtml ? Sanitizer.Value.Sanitize(document.ToHtml(Pipeline)) : WithSafeLinks(document).ToHtml(Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            diagnostics?.Warning("SG0130", article.Source.RelativePath, 0, 0,
                "The Markdown is nested too deeply to render; it is shown as plain paragraphs.",
                "Remove the deep nesting of quotes, lists, emphasis or brackets (at most 128 levels).");
            return new TextBodyRenderer(markup).Render(article);
        }
        // Raw HTML may have swallowed or dropped a sentence anchor: the timeline links only to those that are on the page.
        if (rawHtml) anchors.IntersectWith(IdsIn(html));
        return new RenderedBody(new RawHtml(HtmlText.NormalizeNewlines(html)), BodyAnchors.Of(anchors));
    }

    /// <summary>
    /// Reports each raw HTML element of the article that would swallow the rest of it (<see cref="UnclosedHtml"/>) at
    /// its place in the file, and returns the text with their '&lt;' blanked out (same offsets), so the source map does
    /// not take the rest of the article for an HTML block.
    /// </summary>
    private static string Unclosed(string text, int bodyStart, string file, DiagnosticBag? diagnostics)
    {
        if (text.IndexOf('<', bodyStart) < 0) return text;
        var unclosed = UnclosedHtml.Find(text[bodyStart..]);
        if (unclosed.Count == 0) return text;
        var lines = new Loading.LineMap(text);
        var chars = text.ToCharArray();
        foreach (var (index, name) in unclosed)
        {
            chars[bodyStart + index] = '_';
            var (line, column) = lines.Position(bodyStart + index);
            diagnostics?.Warning("SG0150", file, line, column,
                $"The raw HTML {UnclosedHtml.Shown(name)} opened here is never closed, so it would take in the rest of the article; it is shown as text.",
                name == "!--" ? "End the comment with -->, or write &lt;!-- to show it as text."
                    : $"Close it with </{name}>, or write &lt;{name}&gt; to show the tag as text.");
        }
        return new string(chars);
    }

    /// <summary>The Markdown source with each raw HTML element that would swallow what follows shown as text (its '&lt;' as an entity).</summary>
    private static string Contained(string source)
    {
        var unclosed = UnclosedHtml.Find(source);
        if (unclosed.Count == 0) return source;
        var sb = new StringBuilder(source);
        foreach (var (index, _) in unclosed.Reverse()) sb.Remove(index, 1).Insert(index, "&lt;");
        return sb.ToString();
    }

    private static HashSet<string> IdsIn(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!doctype html><body>" + html);
        return [.. document.Body!.QuerySelectorAll("[id]").Select(e => e.Id).OfType<string>()];
    }

    /// <summary>
    /// The paragraph's text with sentence anchors and match markers inserted, in text order; at one offset a match
    /// closes before a sentence anchor, which comes before a match opening. A match lying across a paragraph edge, or
    /// overlapping an earlier one, stays plain, and so does one the <paramref name="map"/> has no place for; a sentence
    /// anchor goes where the map puts it (after the line's block markers), or nowhere.
    /// </summary>
    private void AppendMarked(StringBuilder source, Article article, int start, int end, HashSet<string> anchors, MarkdownSourceMap map)
    {
        var text = article.Source.Text;
        var sentences = article.Temporal.Sentences;
        var matches = article.Temporal.Matches;
        // (offset, kind: 0 close / 1 anchor / 2 open, index into sentences or matches), sorted by offset, then kind,
        // then the order they were added in (Seq).
        var insertions = new List<(int Offset, int Kind, int Seq, int Index)>();
        void Add(int offset, int kind, int index) => insertions.Add((At(offset), kind, insertions.Count, index));
        // Markup right after an unpaired backslash would be escaped by it (`\<span` is text, its `</span>` is not, and
        // the page breaks): such markup goes before the backslash, which then means what it meant in the article.
        int At(int offset)
        {
            var backslashes = 0;
            while (offset - backslashes - 1 >= start && text[offset - backslashes - 1] == '\\') backslashes++;
            return backslashes % 2 == 1 ? offset - 1 : offset;
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Start >= start && sentence.Start < end && map.Place(sentence.Start) is { } placed && placed < end
                && anchors.Add(RenderedBody.SentenceAnchor(sentence.Start)))
                Add(placed, 1, i);
        }
        var inside = new List<int>();
        for (var i = 0; i < matches.Count; i++)
            if (matches[i].Start >= start && matches[i].End <= end && matches[i].End > matches[i].Start && map.CanWrap(matches[i].Start, matches[i].End))
                inside.Add(i);
        // Earlier start first; equal starts keep the tagger's order (a stable sort, as the reading order of the text).
        inside.Sort((a, b) => matches[a].Start != matches[b].Start ? matches[a].Start.CompareTo(matches[b].Start) : a.CompareTo(b));
        var last = start;
        foreach (var i in inside)
        {
            if (matches[i].Start < last) continue;
            Add(matches[i].Start, 2, i);
            Add(matches[i].End, 0, i);
            last = matches[i].End;
        }
        insertions.Sort();

        var at = start;
        foreach (var (offset, kind, _, index) in insertions)
        {
            source.Append(text, at, offset - at);
            at = offset;
            switch (kind)
            {
                case 0: markup.Close(source, matches[index]); break;
                case 1: source.Append("<span class=\"zin\" id=\"").Append(RenderedBody.SentenceAnchor(sentences[index].Start)).Append("\"></span>"); break;
                default: markup.Open(source, matches[index]); break;
            }
        }
        source.Append(text, at, end - at);
    }

    /// <summary>Every heading one level down, however deep in quotes and lists: the page's only h1 is the title.</summary>
    private static void DemoteHeadings(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock heading) heading.Level = Math.Min(6, heading.Level + 1);
            else if (block is ContainerBlock inner) DemoteHeadings(inner);
        }
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
