using AngleSharp.Html.Parser;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>
/// Page verification as first written, the specification the product's token-stream verifier is checked against
/// (same verdict, tested): every page parsed into a full AngleSharp document with source positions and parse errors,
/// each <see cref="IDomCheck"/> run over it in turn, and the page's ids and links read from the document.
/// </summary>
public static class DomPageVerifier
{
    public static IReadOnlyList<IDomCheck> Checks { get; } =
    [
        new DomParseCheck(), new DomLangCheck(), new DomTitleCheck(), new DomSingleH1Check(), new DomDescriptionCheck(),
        new DomCanonicalCheck(), new DomScriptCheck(), new DomInlineHandlerCheck(), new DomJavascriptUrlCheck(), new DomCspCheck(),
    ];

    public static PageVerdict Check(SiteSnapshot site, string path, string html)
    {
        var page = Parse(path, html);
        var dom = new DomSite(site, [page]);
        var findings = Checks.SelectMany(c => c.Run(dom).Select(f => new VerdictFinding(c.Code, f.Line, f.Column, f.Message, f.Fix))).ToList();
        var ids = page.Elements.Where(e => e.HasAttribute("id")).Select(e => e.Id!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var links = DomLinkTargets.Of(page)
            .Select(l => new PageLink(l.Url, l.Element.SourceReference?.Position.Line ?? 0, l.Element.SourceReference?.Position.Column ?? 0))
            .ToList();
        return new PageVerdict(findings, ids, links);
    }

    public static SitePage Parse(string path, string html)
    {
        var errors = new List<(int, int, string)>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                errors.Add((error.Position.Line, error.Position.Column, error.Message));
        };
        return new SitePage(path, parser.ParseDocument(html), errors);
    }
}
