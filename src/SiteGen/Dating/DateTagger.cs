using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Dating;

/// <summary>
/// The tag-dates stage for one article: every date and time expression found and resolved by the language's
/// <see cref="TemporalTagger"/>, against the front matter's date when it gives one, else against the document date
/// the tagger finds in the text. What it found wrong is reported (<see cref="ArticleDateReport"/>): a date that names no
/// day (`31 februari`) where it stands, an article without a date, a failure of the tagger.
/// </summary>
public sealed class DateTagger(Lazy<TemporalTagger> tagger)
{
    /// <summary>Made on first use: a build whose articles all come from earlier builds never compiles the date rules.</summary>
    public TemporalTagger Tagger => tagger.Value;

    /// <summary>Tags an article's text instead of <see cref="Tagger"/> (tests give it a tagger that fails).</summary>
    internal Func<string, DocumentDate?, TemporalAnalysis>? Analyzer { get; init; }

    public TemporalAnalysis Tag(CleanedArticle article, DiagnosticBag diagnostics)
    {
        var (source, format, front) = article.Loaded;
        var known = front.DateValue is { } date ? new DocumentDate(date, false, "front-matter") : null;
        var temporal = Analyze(WithoutFrontMatter(source.Text, front.BodyStart), known);
        ArticleDateReport.Report(temporal, format, source.Text, source.RelativePath, diagnostics);
        return temporal;
    }

    // The tagger itself never throws, but whatever tags in its place may: that too is one article's error, not the end
    // of a build that loads articles on every core. Rules that do not compile are a broken build of SiteGen, not one
    // article's problem, so getting the tagger stays outside.
    private TemporalAnalysis Analyze(string text, DocumentDate? known)
    {
        var analyze = Analyzer ?? Tagger.Analyze;
        try
        {
            return analyze(text, known);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return TemporalAnalysis.Failed(known, e);
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
