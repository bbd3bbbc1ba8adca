namespace SiteGen.Cleaning;

/// <summary>
/// Finds pull quotes that a scrape flattened into the text: a quote repeated from the article with the speaker's
/// name and role glued after it ("... beter te beschermen. Xi Jinping Chinese president"). Such a block is
/// marked <see cref="ParagraphKind.Quote"/>: it is the article's own words, shown once more, not new text.
/// </summary>
public static class PullQuoteDetector
{
    private const int MaxQuoteLength = 600;
    private const int KeyLength = 40;
    private const int MaxTailWords = 6;

    public static List<Paragraph> Mark(string text, List<Paragraph> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is not { Kind: ParagraphKind.Text, Rule: null } || block.End - block.Start > MaxQuoteLength) continue;
            if (!SplitAttribution(text.AsSpan(block.Start, block.End - block.Start), out var quote)) continue;
            var key = quote.TrimStart("'\"‘“„«").ToString();
            if (key.Length < KeyLength) continue;
            key = key[..KeyLength];
            for (var j = 0; j < blocks.Count; j++)
            {
                if (j == i || blocks[j].Kind != ParagraphKind.Text) continue;
                if (text.AsSpan(blocks[j].Start, blocks[j].End - blocks[j].Start).Contains(key, StringComparison.Ordinal))
                {
                    blocks[i] = new Paragraph(block.Start, block.End, ParagraphKind.Quote) { Rule = "pull-quote" };
                    break;
                }
            }
        }
        return blocks;
    }

    // The attribution is what follows the last sentence end: two to six words, the first capitalised, no punctuation.
    private static bool SplitAttribution(ReadOnlySpan<char> block, out ReadOnlySpan<char> quote)
    {
        quote = default;
        var end = block.LastIndexOfAny(".!?");
        if (end < 0) return false;
        while (end + 1 < block.Length && block[end + 1] is '\'' or '"' or '’' or '”') end++;
        var tail = block[(end + 1)..].Trim();
        if (tail.IsEmpty || !char.IsUpper(tail[0]) || tail.Length > 60) return false;
        var words = 1;
        foreach (var c in tail)
        {
            if (c == ' ') words++;
            else if (!(char.IsLetter(c) || c is '-' or '\'')) return false;
        }
        if (words is < 2 or > MaxTailWords) return false;
        quote = block[..(end + 1)];
        return true;
    }
}
