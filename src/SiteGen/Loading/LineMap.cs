namespace SiteGen.Loading;

/// <summary>
/// Maps offsets in a text to 1-based line and column as an editor shows them. CRLF, CR and LF each end a line,
/// so positions stay right for files with any line endings.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineStarts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineCount => _lineStarts.Count;

    /// <summary>The offset where a 1-based line starts; past the end gives the last line's start.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Count) - 1];

    public (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(Math.Max(offset, 0));
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
