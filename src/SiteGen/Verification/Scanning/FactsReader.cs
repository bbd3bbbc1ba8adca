using SiteGen.Verification.Model;

namespace SiteGen.Verification.Scanning;

/// <summary>Collects a page's <see cref="PageFacts"/> (ids, links and where they are) while its elements pass.</summary>
internal sealed class FactsReader : PageRule
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<PageLink> _links = [];

    public override void See(in PageElement element)
    {
        if (element.Attribute("id") is { } id) _ids.Add(id);
        if (LinkTargets.Of(element) is { } url) _links.Add(new PageLink(url, element.Line, element.Column));
    }

    public override IEnumerable<Finding> End(PageOutline page) => [];

    public PageFacts Facts(string path) => new(path, _ids, _links);
}
