using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>No &lt;script&gt; but the site's own files: no inline scripts, no scripts from elsewhere, nothing that came in with an article.</summary>
public sealed class DomScriptCheck : IDomCheck
{
    public string Code => "SG5010";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        foreach (var page in site.Pages)
            foreach (var script in page.Named("script"))
            {
                var src = script.GetAttribute("src");
                if (script.GetAttribute("type") is "application/ld+json" or "application/json") continue;
                var (file, _) = src is null ? (null, null) : site.Resolve(page, src);
                // (a missing .js file of the site is a broken link: SG5002 reports it)
                if (src is null || file is null || !file.EndsWith(".js", StringComparison.Ordinal) || script.TextContent.Trim().Length > 0)
                    yield return DomFinding.At(page, script, $"Script '{src ?? "(inline)"}' is not one of the site's own script files.",
                        "Only reference .js files from wwwroot/ through asset(); never put script in content or templates inline.");
            }
    }
}
