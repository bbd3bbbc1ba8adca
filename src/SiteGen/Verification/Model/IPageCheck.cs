namespace SiteGen.Verification.Model;

/// <summary>
/// A check that reads one page: <see cref="Start"/> gives the state it keeps while the page's elements pass by once,
/// in document order, and that yields its findings at the end.
/// </summary>
public interface IPageCheck : ISiteCheck
{
    /// <summary>A fresh rule for the page at <paramref name="path"/> of <paramref name="site"/> (whose files its links resolve against).</summary>
    PageRule Start(SiteSnapshot site, string path);
}
