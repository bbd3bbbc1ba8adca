using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every internal link and asset resolves to a file of the site, under the base URL.</summary>
public sealed class LinkCheck : IWholeSiteCheck
{
    public string Code => "SG5002";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        foreach (var page in site.Facts)
            foreach (var link in page.Links)
            {
                var (file, _) = site.Resolve(page.Path, link.Url);
                if (file is not null && !site.HasFile(file))
                    yield return new Finding(page.Path, link.Line, link.Column,
                        $"Broken internal link '{link.Url}': no file '{(file.Length == 0 ? "(outside " + site.BaseUrl + ")" : file)}'.",
                        $"Link to an existing page or asset under the base URL '{site.BaseUrl}' (use url/asset in templates).") { Url = link.Url };
            }
    }
}
