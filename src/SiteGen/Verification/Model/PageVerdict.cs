namespace SiteGen.Verification.Model;

/// <summary>
/// What verifying one page found, kept in the cache under the page's bytes, path and base URL: the findings of the
/// page checks (which read nothing but the page) and the page's facts for the whole-site checks. A page whose bytes
/// were verified before is not parsed again; links, anchors and script files, which depend on the rest of the site,
/// are always checked anew from the facts.
/// </summary>
public sealed record PageVerdict(IReadOnlyList<VerdictFinding> Findings, IReadOnlyList<string> Ids, IReadOnlyList<PageLink> Links)
{
    public static PageVerdict Of(IEnumerable<(ISiteCheck Check, Finding Finding)> findings, PageFacts facts) =>
        new([.. findings.Select(f => new VerdictFinding(f.Check.Code, f.Finding.Line, f.Finding.Column, f.Finding.Message, f.Finding.Fix))],
            [.. facts.Ids.Order(StringComparer.Ordinal)], facts.Links);

    public PageFacts FactsFor(string path) => new(path, new SortedIdSet(Ids), Links);
}

/// <summary>A page check's finding without its page (the cache entry is keyed by the page).</summary>
public sealed record VerdictFinding(string Code, int Line, int Column, string Message, string? Fix);
