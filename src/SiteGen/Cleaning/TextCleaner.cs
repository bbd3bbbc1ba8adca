using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Cleaning;

/// <summary>
/// Splits an article body into blocks and marks what is not article text: scraped furniture (from the language's
/// data), section headings, pull quotes. Nothing is removed: every block is a span of the source text with a kind.
/// Plain text gets blank-line paragraphs; Markdown gets Markdig's top-level blocks.
/// </summary>
public sealed class TextCleaner(FurnitureRules rules)
{
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 14;

    public static TextCleaner ForLanguage(string language) => new(FurnitureRules.Load(language));

    public FurnitureRules Rules { get; } = rules;

    /// <summary>Never throws; spans are in bounds, ordered and non-overlapping, all at or after <paramref name="bodyStart"/>.</summary>
    public CleanedBody Clean(string text, int bodyStart, ArticleFormat format, string file, DiagnosticBag diagnostics)
    {
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        string? author = null;
        List<Paragraph> blocks;
        if (format == ArticleFormat.Markdown)
        {
            var markdown = MarkdownBlockReader.Read(text, bodyStart);
            if (markdown is null)
                diagnostics.Warning("SG0130", file, 0, 0,
                    "The Markdown is nested too deeply (hundreds of quote or list markers, or indentation past 1024 characters on a line); it is read as plain paragraphs.",
                    "Remove the deep nesting of quotes and lists; Markdown articles rarely need more than a few levels.");
            blocks = markdown is null
                ? PlainBlocks(text, bodyStart, ref author)
                : markdown.Select(b => MarkMarkdownFurniture(text, b, ref author)).ToList();
        }
        else
        {
            blocks = PullQuoteDetector.Mark(text, PlainBlocks(text, bodyStart, ref author));
        }
        return new CleanedBody(blocks, author);
    }

    private List<Paragraph> PlainBlocks(string text, int bodyStart, ref string? author)
    {
        var blocks = new List<Paragraph>();
        foreach (var (start, end) in ParagraphSplitter.Split(text, bodyStart))
            ClassifyPlain(text, start, end, blocks, ref author);

        // A heading-like line with nothing after it heads nothing: it stays text.
        var lastBody = blocks.FindLastIndex(b => b.Kind != ParagraphKind.Furniture);
        if (lastBody >= 0 && blocks[lastBody] is { Kind: ParagraphKind.Heading } last && !IsFirstBody(blocks, lastBody))
            blocks[lastBody] = new Paragraph(last.Start, last.End, ParagraphKind.Text);
        return blocks;
    }

    private static bool IsFirstBody(List<Paragraph> blocks, int index) =>
        blocks.FindIndex(b => b.Kind != ParagraphKind.Furniture) == index;

    // Furniture rules take the whole block first; then prefixes (a header or dateline glued to the text) are cut
    // off and the rest is looked at again, a few times at most.
    private void ClassifyPlain(string text, int start, int end, List<Paragraph> blocks, ref string? author)
    {
        for (var round = 0; round < 4 && start < end; round++)
        {
            var segment = text[start..Math.Min(end, start + FurnitureRules.MaxParagraphLength + 1)];
            if (Rules.MatchParagraph(segment) is { } whole && end - start <= FurnitureRules.MaxParagraphLength)
            {
                author ??= whole.Author;
                blocks.Add(new Paragraph(start, end, ParagraphKind.Furniture) { Rule = whole.Rule.Name });
                return;
            }
            if (Rules.MatchPrefix(segment) is not { } prefix) break;
            var prefixEnd = start + prefix.Length;
            var furnitureEnd = prefixEnd;
            while (furnitureEnd > start && char.IsWhiteSpace(text[furnitureEnd - 1])) furnitureEnd--;
            blocks.Add(new Paragraph(start, furnitureEnd, ParagraphKind.Furniture) { Rule = prefix.Rule.Name });
            start = prefixEnd;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (start >= end) return;
        var kind = IsHeadingLike(text, start, end) ? ParagraphKind.Heading : ParagraphKind.Text;
        blocks.Add(new Paragraph(start, end, kind) { Rule = kind == ParagraphKind.Heading ? "heading" : null });
    }

    private Paragraph MarkMarkdownFurniture(string text, Paragraph block, ref string? author)
    {
        if (block is not { Kind: ParagraphKind.Text, Rule: null } || block.End - block.Start > FurnitureRules.MaxParagraphLength)
            return block;
        if (Rules.MatchParagraph(text[block.Start..block.End]) is not { } match) return block;
        author ??= match.Author;
        return new Paragraph(block.Start, block.End, ParagraphKind.Furniture) { Rule = match.Rule.Name };
    }

    /// <summary>A short single line that starts like a title and does not end like a sentence: a section heading or headline.</summary>
    public static bool IsHeadingLike(string text, int start, int end)
    {
        if (end - start is < 2 or > MaxHeadingLength) return false;
        var line = text.AsSpan(start, end - start);
        if (line.ContainsAny('\r', '\n')) return false;
        var first = line[0];
        if (char.IsLetter(first) ? !char.IsUpper(first) : !(char.IsDigit(first) || IsQuote(first))) return false;
        var last = line.TrimEnd("'\"’”»)").TrimEnd();
        if (last.IsEmpty || ".!?,;:…-–".Contains(last[^1])) return false;
        var words = 1;
        foreach (var c in line) if (c == ' ') words++;
        return words <= MaxHeadingWords;
    }

    private static bool IsQuote(char c) => c is '\'' or '"' or '‘' or '“' or '«' or '„';
}
