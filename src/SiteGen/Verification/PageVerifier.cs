using SiteGen.Verification.Model;
using SiteGen.Verification.Scanning;

namespace SiteGen.Verification;

/// <summary>
/// Verifies one page: its page checks in one pass over its elements, and its <see cref="PageFacts"/> for the whole-site
/// checks. A page the token stream describes exactly (every generated page) is read from AngleSharp's tokens without a
/// document (<see cref="TokenScanner"/>); any other is parsed in full (<see cref="DomScanner"/>). Both give the same
/// findings, at the same lines and columns, as checks reading a parsed document did (tested against them).
/// Safe to call from several threads at once.
/// </summary>
public sealed class PageVerifier(IReadOnlyList<IPageCheck> checks)
{
    public PageVerdict Check(SiteSnapshot site, string path, string html)
    {
        var (rules, facts) = Start(site, path);
        if (TokenScanner.TryScan(path, html, rules) is not { } outline)
        {
            // The rules saw part of the page: start again with fresh ones.
            (rules, facts) = Start(site, path);
            outline = DomScanner.Scan(path, html, rules);
        }
        var findings = new List<(ISiteCheck, Finding)>();
        for (var i = 0; i < checks.Count; i++)
            foreach (var finding in rules[i].End(outline))
                findings.Add((checks[i], finding));
        return PageVerdict.Of(findings, facts.Facts(path));
    }

    private (PageRule[] Rules, FactsReader Facts) Start(SiteSnapshot site, string path)
    {
        var rules = new PageRule[checks.Count + 1];
        for (var i = 0; i < checks.Count; i++) rules[i] = checks[i].Start(site, path);
        var facts = new FactsReader();
        rules[^1] = facts;
        return (rules, facts);
    }
}
