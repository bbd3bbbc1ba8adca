namespace SiteGen.Temporal.Rules;

/// <summary>
/// One rule as written in <c>Resources/&lt;lang&gt;/rules/*.txt</c>: a regex template over named patterns,
/// the TIMEX type, a value template and an optional modifier template. Flags: <c>dateline</c> (may give the
/// document date when it opens the text), <c>header</c> (a document-date header, never emitted as an expression), <c>ignore</c>,
/// <c>attach</c> (a clock time that falls on the day named earlier in its sentence, not on the document date).
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

    /// <summary>Matched but never emitted as an expression.</summary>
    public bool IsSilent => IsHeader || IsIgnored;
}
