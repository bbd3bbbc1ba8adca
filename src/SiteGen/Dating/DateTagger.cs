using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Dating;

/// <summary>
/// The tag-dates stage for one article: every date and time expression found and resolved by the language's
/// <see cref="TemporalTagger"/>, against the front matter's date when it gives one, else against the document date
/// the tagger finds in the text. A date that names no day (`31 februari`) is reported where it stands.
/// </summary>
public sealed class DateTagger(Lazy<TemporalTagger> tagger)
{
    /// <summary>Made on first use: a build whose articles all come from earlier builds never compiles the date rules.</summary>
    public TemporalTagger Tagger => tagger.Value;

    public TemporalAnalysis Tag(CleanedArticle article, DiagnosticBag diagnostics)
    {
        var (source, _, front) = article.Loaded;
        var known = front.DateValue is { } date ? new DocumentDate(date, false, "front-matter") : null;
        var temporal = Tagger.Analyze(WithoutFrontMatter(source.Text, front.BodyStart), known);
        ReportImpossibleDates(temporal, source.Text, source.RelativePath, diagnostics);
        return temporal;
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

    // The tagger sees the front matter as spaces (line breaks kept), so its offsets still point into the file
    // and the YAML's own date is not taken for a date in the text.
    private static string WithoutFrontMatter(string text, int bodyStart)
    {
        if (bodyStart == 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < bodyStart; i++) if (chars[i] is not ('\r' or '\n')) chars[i] = ' ';
        return new string(chars);
    }
}
