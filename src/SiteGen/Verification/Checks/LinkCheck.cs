using SiteGen.Diagnostics;

namespace SiteGen.Verification.Checks;

/// <summary>Every internal link and asset resolves to a file of the site, under the base URL.</summary>
public sealed class LinkCheck : ISiteCheck
{
    public string Code => "SG5002";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        foreach (var page in site.Pages)
            foreach (var (element, url) in LinkTargets.Of(page))
            {
                var (file, _) = site.Resolve(page, url);
                if (file is not null && !site.HasFile(file))
                    yield return Finding.At(page, element, $"Broken internal link '{url}': no file '{(file.Length == 0 ? "(outside " + site.BaseUrl + ")" : file)}'.",
                        $"Link to an existing page or asset under the base URL '{site.BaseUrl}' (use url/asset in templates).");
            }
    }
}
