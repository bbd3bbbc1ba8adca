namespace SiteGen.Temporal;

/// <summary>What the tagger found in one text: its document date (given, found or inferred), its sentences and expressions in text order.</summary>
public sealed record TemporalAnalysis(
    DocumentDate? DocumentDate,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TemporalMatch> Matches)
{
    /// <summary>Spans that read as dates but name none (<c>31 februari 2022</c>), in text order; no value is invented for them.</summary>
    public IReadOnlyList<TemporalProblem> Problems { get; init; } = [];

    /// <summary>
    /// Set when the tagger failed on this text (a bug in SiteGen, not a problem of the text): what went wrong. The
    /// analysis then holds no expressions, and whoever shows the text must say so rather than show it as undated.
    /// </summary>
    public string? Failure { get; init; }

    /// <summary>
    /// The analysis of a text the tagger failed on: no expressions, the given document date (if any) kept, and the
    /// failure described by the exception's type, message and the method that threw, for the bug report.
    /// </summary>
    public static TemporalAnalysis Failed(DocumentDate? documentDate, Exception e)
    {
        var at = new System.Diagnostics.StackTrace(e).GetFrame(0)?.GetMethod();
        return new(documentDate, [], []) { Failure = $"{e.GetType().Name}: {e.Message}{(at is null ? "" : $" (in {at.DeclaringType?.Name}.{at.Name})")}" };
    }
}
