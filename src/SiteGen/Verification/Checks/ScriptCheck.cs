using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>No &lt;script&gt; but the site's own files: no inline scripts, no scripts from elsewhere, nothing that came in with an article.</summary>
public sealed class ScriptCheck : IPageCheck
{
    public string Code => "SG5010";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule(site, path);

    private sealed class Rule(SiteSnapshot site, string path) : PageRule
    {
        private List<Finding>? _found;

        public override void See(in PageElement script)
        {
            if (script.Name != "script" || script.Attribute("type") is "application/ld+json" or "application/json") return;
            var src = script.Attribute("src");
            var (file, _) = src is null ? (null, null) : site.Resolve(path, src);
            // (a missing .js file of the site is a broken link: SG5002 reports it)
            if (src is null || file is null || !file.EndsWith(".js", StringComparison.Ordinal) || (script.Text ?? "").Trim().Length > 0)
                (_found ??= []).Add(script.Finding(path, $"Script '{src ?? "(inline)"}' is not one of the site's own script files.",
                    "Only reference .js files from wwwroot/ through asset(); never put script in content or templates inline."));
        }

        public override IEnumerable<Finding> End(PageOutline page) => _found ?? [];
    }
}
