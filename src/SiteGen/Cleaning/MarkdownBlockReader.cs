using Markdig;
using Markdig.Syntax;

namespace SiteGen.Cleaning;

/// <summary>
/// The top-level blocks of a Markdown body with their source spans (Markdig, precise source locations).
/// Spans are shifted by the body's offset so they point into the whole file, front matter included.
/// Markdig's nesting limit (128 levels) guards against hostile nesting; if it still gives up, the caller
/// falls back to blank-line paragraphs.
/// </summary>
public static class MarkdownBlockReader
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAdvancedExtensions()
        .Build();

    // Markdig caps the tree at 128 levels but still spends quadratic time reading thousands of container
    // markers ("- - - - ..." or "> > > ..."); a line that opens more than this many is not prose.
    private const int MaxContainerMarkers = 256;
    private const int MaxIndent = 1024;

    /// <summary>The blocks, or null when the body is nested too deeply or Markdig could not parse it.</summary>
    public static List<Paragraph>? Read(string text, int bodyStart)
    {
        if (TooDeep(text, bodyStart)) return null;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text[bodyStart..], Pipeline);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            return null;
        }

        var blocks = new List<Paragraph>();
        var previousEnd = bodyStart;
        foreach (var block in document)
        {
            if (block.Span.IsEmpty || block.Span.Start < 0) continue;
            // Markdig occasionally gives a block (a reopened paragraph after a failed link definition) a span that
            // starts back at the top; spans must stay ordered and disjoint, so it starts where the previous ended.
            var start = Math.Max(bodyStart + block.Span.Start, previousEnd);
            var end = Math.Min(bodyStart + block.Span.End + 1, text.Length);
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end <= start) continue;
            blocks.Add(Classify(block, start, end));
            previousEnd = end;
        }
        return blocks;
    }

    internal static bool TooDeep(string text, int start)
    {
        var lineStart = true;
        int markers = 0, prefix = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n') { lineStart = true; markers = prefix = 0; continue; }
            if (!lineStart) continue;
            if (c is ' ' or '\t' or '.' or ')' || char.IsAsciiDigit(c)) prefix++;
            else if (c is '>' or '-' or '*' or '+') { prefix++; markers++; }
            else { lineStart = false; continue; }
            if (markers > MaxContainerMarkers || prefix > MaxIndent) return true;
        }
        return false;
    }

    private static Paragraph Classify(Block block, int start, int end) => block switch
    {
        HeadingBlock h => new Paragraph(start, end, ParagraphKind.Heading) { Rule = $"h{h.Level}" },
        QuoteBlock => new Paragraph(start, end, ParagraphKind.Quote),
        ParagraphBlock => new Paragraph(start, end, ParagraphKind.Text),
        LinkReferenceDefinitionGroup => new Paragraph(start, end, ParagraphKind.Furniture) { Rule = "link-definitions" },
        ListBlock => new Paragraph(start, end, ParagraphKind.Text) { Rule = "list" },
        CodeBlock => new Paragraph(start, end, ParagraphKind.Text) { Rule = "code" },
        HtmlBlock => new Paragraph(start, end, ParagraphKind.Text) { Rule = "html" },
        ThematicBreakBlock => new Paragraph(start, end, ParagraphKind.Text) { Rule = "break" },
        _ => new Paragraph(start, end, ParagraphKind.Text) { Rule = block.GetType().Name.Replace("Block", "").ToLowerInvariant() },
    };
}
