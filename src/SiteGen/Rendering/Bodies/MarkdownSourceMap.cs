using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// Where in a Markdown body sentence anchors and date markers may be inserted without changing what the Markdown
/// means. Markdown reads the start of a line (<c>## </c>, <c>- </c>, <c>&gt; </c>, <c>1. </c>) before its text, so markup
/// put there turns a heading, list item or quote into a plain paragraph: such an insertion moves to where the line's
/// text starts. Inside code, a link's address, an autolink, an entity, a raw HTML tag or an HTML block, markup would be
/// shown as text or break the construct: nothing is inserted there. A date marker must not open inside a link or an
/// emphasis and close outside it (the elements would overlap).
/// </summary>
public sealed class MarkdownSourceMap
{
    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().UseEmphasisExtras().Build();

    private readonly string _text;
    private readonly int[] _contentStarts;
    private readonly (int Lo, int Hi)[] _forbidden;
    private readonly (int Start, int End)[] _containers;

    private MarkdownSourceMap(string text, int[] contentStarts, (int, int)[] forbidden, (int, int)[] containers) =>
        (_text, _contentStarts, _forbidden, _containers) = (text, contentStarts, forbidden, containers);

    /// <summary>The map of <paramref name="text"/> from <paramref name="from"/> (the first block of the body) to its end.</summary>
    public static MarkdownSourceMap Read(string text, int from)
    {
        var document = Markdown.Parse(text[from..], Pipeline);
        var starts = new List<int>();
        var forbidden = new List<(int, int)>();
        var containers = new List<(int, int)>();
        foreach (var block in document.Descendants<Block>())
        {
            if (block is CodeBlock or HtmlBlock)
            {
                // Markup before the fence, the indentation or the first '<' ends the block, and inside it is shown as text.
                forbidden.Add((from + block.Span.Start, from + block.Span.End));
                continue;
            }
            if (block is not LeafBlock { Inline: { } inline }) continue;
            foreach (var item in inline.Descendants<Inline>())
            {
                if (item.Span.Start < 0) continue;
                var (start, end) = (from + item.Span.Start, from + item.Span.End);
                starts.Add(start);
                switch (item)
                {
                    case LinkInline { IsImage: true }:
                        forbidden.Add((start + 1, end));
                        break;
                    case LinkInline link:
                        var label = LabelEnd(link, text, from);
                        forbidden.Add((label + 1, end));
                        containers.Add((start, label));
                        break;
                    case CodeInline or AutolinkInline or HtmlInline or HtmlEntityInline:
                        forbidden.Add((start + 1, end));
                        break;
                    case EmphasisInline:
                        containers.Add((start, end));
                        break;
                }
            }
        }
        starts.Sort();
        return new MarkdownSourceMap(text, [.. starts.Distinct()], Merge(forbidden), [.. containers]);
    }

    /// <summary>
    /// Where an insertion meant for <paramref name="offset"/> goes: past the block markers when it lies before the
    /// text of its line; null when markup cannot go there at all.
    /// </summary>
    public int? Place(int offset)
    {
        var lineStart = offset == 0 ? 0 : _text.LastIndexOf('\n', offset - 1) + 1;
        var next = Array.BinarySearch(_contentStarts, lineStart);
        if (next < 0) next = ~next;
        if (next < _contentStarts.Length && _contentStarts[next] > offset && _text.IndexOf('\n', lineStart, _contentStarts[next] - lineStart) < 0)
            offset = _contentStarts[next];
        return IsForbidden(offset) ? null : offset;
    }

    /// <summary>Whether a marker can open at <paramref name="start"/> and close at <paramref name="end"/> where they are.</summary>
    public bool CanWrap(int start, int end)
    {
        if (Place(start) != start || IsForbidden(end)) return false;
        foreach (var (s, e) in _containers)
            if ((s < start && start <= e) != (s < end && end <= e)) return false;
        return true;
    }

    private bool IsForbidden(int offset)
    {
        var (lo, hi) = (0, _forbidden.Length - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < _forbidden[mid].Lo) hi = mid - 1;
            else if (offset > _forbidden[mid].Hi) lo = mid + 1;
            else return true;
        }
        return false;
    }

    // The ']' closing a link's label: right after its last child, or right after '[' when the label is empty.
    private static int LabelEnd(LinkInline link, string text, int from)
    {
        var lastChild = link.LastChild is { Span.Start: >= 0 } child ? from + child.Span.End + 1 : from + link.Span.Start + 1;
        var bracket = text.IndexOf(']', lastChild, from + link.Span.End - lastChild + 1);
        return bracket < 0 ? from + link.Span.Start : bracket;
    }

    private static (int, int)[] Merge(List<(int Lo, int Hi)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Lo, int Hi)>();
        foreach (var range in ranges.Where(r => r.Hi >= r.Lo))
        {
            if (merged.Count > 0 && range.Lo <= merged[^1].Hi + 1)
                merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, range.Hi));
            else merged.Add(range);
        }
        return [.. merged];
    }
}
