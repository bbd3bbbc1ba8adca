namespace SiteGen.Verification.Model;

/// <summary>
/// What one check keeps while it reads one page: it sees each element once, in document order, and gives its findings
/// when the page is read to its end (<see cref="End"/>, with the page's <see cref="PageOutline"/>).
/// </summary>
public abstract class PageRule
{
    public virtual void See(in PageElement element)
    {
    }

    public abstract IEnumerable<Finding> End(PageOutline page);
}
