using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Dating;

/// <summary>
/// What the tag-dates stage tells the maintainer about an article's dates: the tagger failed on it (SG0190, a bug: the
/// article must not pass as merely undated), no document date was found (SG0141: its absolute dates still reach the
/// timeline, its relative ones stay unresolved), and spans that read as dates but name no day (SG0140).
/// </summary>
internal static class ArticleDateReport
{
    public static void Report(TemporalAnalysis temporal, ArticleFormat format, string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (temporal.Failure is { } failure)
        {
            diagnostics.Error("SG0190", relativePath, 0, 0,
                $"Internal error in the date tagger, a bug in SiteGen ({failure}); the article's dates are missing.",
                "Report it as a bug with this file attached; the other articles are not affected.");
            return;
        }
        if (temporal.DocumentDate is null)
            diagnostics.Warning("SG0141", relativePath, 0, 0,
                "No date found for the article (no 'date:' in front matter, no dateline or ' date' header line, and nothing in the text "
                + "to infer it from): its absolute dates still reach the timeline, but relative ones such as 'gisteren' or 'vorige week' "
                + "stay unresolved.",
                format == ArticleFormat.Markdown
                    ? "Add 'date: YYYY-MM-DD' to the article's front matter."
                    : "Save the article as .md with 'date: YYYY-MM-DD' in front matter, or start the file with a line ' date YYYY-MM-DD'.");
        ReportImpossibleDates(temporal, text, relativePath, diagnostics);
    }

    // `31 februari 2022` looks like a date but names no day: the text stays as written, undated, and the maintainer
    // hears where it is (a typo in the source, or a date the article quotes wrongly).
    private static void ReportImpossibleDates(TemporalAnalysis temporal, string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (temporal.Problems.Count == 0) return;
        var lines = new LineMap(text);
        foreach (var problem in temporal.Problems)
        {
            var (line, column) = lines.Position(problem.Start);
            diagnostics.Warning("SG0140", relativePath, line, column,
                $"'{problem.Text}' is not a date: {problem.Message}; it is shown as written, without a date.",
                "Correct the day or month in the article if it is a typo.");
        }
    }
}
