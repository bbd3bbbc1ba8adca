using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>No inline event handler attributes (<c>onclick</c>, <c>onerror</c> …): they run script the CSP could not vouch for.</summary>
public sealed class InlineHandlerCheck : IPageCheck
{
    public string Code => "SG5011";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule(path);

    private sealed class Rule(string path) : PageRule
    {
        private List<Finding>? _found;

        // A plain loop: this visits every attribute of every element of every page.
        public override void See(in PageElement element)
        {
            foreach (var attribute in element.Attributes)
            {
                ReadOnlySpan<char> name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    (_found ??= []).Add(element.Finding(path, $"Inline event handler '{name}' on <{element.Name}>.",
                        "Attach behaviour from the site's own script file instead."));
            }
        }

        public override IEnumerable<Finding> End(PageOutline page) => _found ?? [];
    }
}
