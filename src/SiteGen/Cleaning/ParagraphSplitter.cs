namespace SiteGen.Cleaning;

/// <summary>
/// Splits plain text into blank-line separated blocks. CRLF, CR and LF all end a line; a line of only whitespace
/// is blank. Spans are trimmed of surrounding whitespace, so each starts and ends on visible text.
/// </summary>
public static class ParagraphSplitter
{
    public static List<(int Start, int End)> Split(string text, int start = 0)
    {
        var blocks = new List<(int, int)>();
        int? blockStart = null;
        var lastVisible = -1;
        var i = start;
        while (i < text.Length)
        {
            var lineEnd = i;
            while (lineEnd < text.Length && text[lineEnd] is not ('\r' or '\n')) lineEnd++;
            var first = i;
            while (first < lineEnd && char.IsWhiteSpace(text[first])) first++;
            if (first == lineEnd)
            {
                if (blockStart is { } s) blocks.Add((s, lastVisible + 1));
                blockStart = null;
            }
            else
            {
                blockStart ??= first;
                var last = lineEnd - 1;
                while (char.IsWhiteSpace(text[last])) last--;
                lastVisible = last;
            }
            i = lineEnd + 1;
            if (lineEnd < text.Length && text[lineEnd] == '\r' && i < text.Length && text[i] == '\n') i++;
        }
        if (blockStart is { } open) blocks.Add((open, lastVisible + 1));
        return blocks;
    }
}
