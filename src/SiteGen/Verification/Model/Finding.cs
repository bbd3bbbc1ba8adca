namespace SiteGen.Verification.Model;

/// <summary>
/// One problem a check found: the page (path relative to the site root), line and column (0 when unknown), what is
/// wrong and how to fix it. It holds nothing of the page, so a page is dropped as soon as its checks ran.
/// </summary>
public sealed record Finding(string Path, int Line, int Column, string Message, string? Fix = null)
{
    /// <summary>The link a whole-site finding is about.</summary>
    public string? Url { get; init; }
}
