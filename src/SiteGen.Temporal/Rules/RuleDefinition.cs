namespace SiteGen.Temporal.Rules;

/// <summary>
/// One rule as written in <c>Resources/&lt;lang&gt;/rules/*.txt</c>: a regex template over named patterns,
/// the TIMEX type, a value template and an optional modifier template. Flags: <c>dateline</c> (may give the
/// document date when it opens the text), <c>header</c> (a document-date header, never emitted as an expression), <c>ignore</c>,
/// <c>attach</c> (a clock time that falls on the day the text is talking about, not on the document date), <c>post</c>
/// (the time stamp of an embedded post), <c>step</c> (a count of units from a point in time).
/// </summary>
public sealed record RuleDefinition(
    string Name,
    string Match,
    TimexType Type,
    string Value,
    string? Mod,
    IReadOnlySet<string> Flags,
    IReadOnlyList<RuleExample> Examples,
    string File,
    int Line)
{
    public bool IsHeader => Flags.Contains("header");

    public bool IsDateline => Flags.Contains("dateline");

    /// <summary>A rule that claims a span so that no other rule tags it (<c>nu</c> as the conjunction "now that").</summary>
    public bool IsIgnored => Flags.Contains("ignore");

    public bool Attaches => Flags.Contains("attach");

    /// <summary>The time stamp of an embedded post (<c>February 23, 2026</c>): the article is not older than it.</summary>
    public bool IsPost => Flags.Contains("post");

    /// <summary>A count of units from a point (<c>vijf jaar geleden</c>, <c>zes jaar later</c>): can date an anniversary.</summary>
    public bool IsStep => Flags.Contains("step");

    /// <summary>Matched but never emitted as an expression.</summary>
    public bool IsSilent => IsHeader || IsIgnored;
}
