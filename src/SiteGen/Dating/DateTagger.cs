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
        var temporal = (Analyzer ?? Tagger.Analyze)(WithoutFrontMatter(source.Text, front.BodyStart), known);
        ArticleDateReport.Report(temporal, format, source.Text, source.RelativePath, diagnostics);
        return temporal;
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
