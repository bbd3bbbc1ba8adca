using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// Names the lines of a UTF-8 file where bytes were not valid UTF-8 (shown as U+FFFD): one warning per line, the
/// first few lines only, then one line saying how many more, so a badly damaged file does not flood the output.
/// </summary>
public static class InvalidBytes
{
    private const int LinesNamed = 5;

    public static void Report(DecodedText decoded, string relativePath, DiagnosticBag diagnostics)
    {
        if (decoded.Invalid.Count == 0) return;
        var map = new LineMap(decoded.Text);
        var lines = decoded.Invalid.Select(map.Position).GroupBy(p => p.Line).ToList();
        foreach (var line in lines.Take(LinesNamed))
            diagnostics.Warning("SG0119", relativePath, line.Key, line.First().Column,
                $"{Count(line.Count())} on this line {(line.Count() == 1 ? "is" : "are")} not valid UTF-8 and shown as \uFFFD; the rest of the file is read as UTF-8.",
                "Retype the characters at this place, or save the file again as UTF-8.");
        if (lines.Count > LinesNamed)
            diagnostics.Warning("SG0119", relativePath, lines[LinesNamed].Key, lines[LinesNamed].First().Column,
                $"{lines.Count - LinesNamed} more lines hold bytes that are not valid UTF-8, shown as \uFFFD.",
                "Save the file again as UTF-8 from the program it was written in.");
    }

    private static string Count(int sequences) => sequences == 1 ? "A byte sequence" : $"{sequences} byte sequences";
}
