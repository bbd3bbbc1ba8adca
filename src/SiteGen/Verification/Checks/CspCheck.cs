using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>
/// Every page carries a Content-Security-Policy meta tag that allows scripts and styles only from the site itself:
/// <c>default-src 'self'</c> (or script-src and style-src 'self'), and no <c>'unsafe-inline'</c>, <c>'unsafe-eval'</c>, <c>*</c> or <c>data:</c> for them.
/// </summary>
public sealed class CspCheck : IPageCheck
{
    public string Code => "SG5013";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule();

    private sealed class Rule : PageRule
    {
        private (int, int)? _meta;
        private string _policy = "";

        // The first policy tag is the one a browser enforces first.
        public override void See(in PageElement element)
        {
            if (_meta is not null || element.Name != "meta"
                || !string.Equals(element.Attribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)) return;
            _meta = (element.Line, element.Column);
            _policy = element.Attribute("content") ?? "";
        }

        public override IEnumerable<Finding> End(PageOutline page)
        {
            var problem = _meta is null ? "The page has no Content-Security-Policy meta tag." : Problem(_policy);
            return problem is null ? [] :
            [
                page.At(_meta ?? page.Head, problem,
                    "Write <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; …\"> in layout.sbn."),
            ];
        }
    }

    internal static string? Problem(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(d => d.Length > 0)
            .GroupBy(d => d[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1..]);
        foreach (var kind in new[] { "script-src", "style-src" })
        {
            var sources = directives.GetValueOrDefault(kind) ?? directives.GetValueOrDefault("default-src");
            if (sources is null || !sources.Contains("'self'"))
                return $"The Content-Security-Policy does not limit {kind} to 'self'.";
            var loose = sources.FirstOrDefault(s => s is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:" or "http:" or "https:");
            if (loose is not null)
                return $"The Content-Security-Policy allows {loose} for {kind}.";
        }
        return null;
    }
}
