namespace SiteGen.Verification.Model;

/// <summary>A check that needs every page: it runs once, over the <see cref="PageFacts"/> of all pages.</summary>
public interface IWholeSiteCheck : ISiteCheck
{
    IEnumerable<Finding> Run(SiteSnapshot site);
}
