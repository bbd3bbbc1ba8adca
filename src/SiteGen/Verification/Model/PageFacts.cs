
namespace SiteGen.Verification.Model;

/// <summary>What whole-site checks need from a page once its document is gone: its ids and its links with their positions.</summary>
public sealed record PageFacts(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links)
{
    public static PageFacts Of(SitePage page)
    {
        var ids = page.Elements.Where(e => e.HasAttribute("id")).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = LinkTargets.Of(page)
            .Select(l => new PageLink(l.Url, l.Element.SourceReference?.Position.Line ?? 0, l.Element.SourceReference?.Position.Column ?? 0))
            .ToList();
        return new PageFacts(page.Path, ids, links);
    }
}
