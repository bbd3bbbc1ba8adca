using AngleSharp.Dom;

namespace SiteGen.Verification.Model;

/// <summary>
/// One problem a check found: the page (path relative to the site root), line and column (0 when unknown), what is
/// wrong and how to fix it. It holds no DOM, so a page's document can be dropped as soon as its checks ran.
/// </summary>
public sealed record Finding(string Path, int Line, int Column, string Message, string? Fix = null)
{
    /// <summary>The link a whole-site finding is about, so the verifier can place it on its page.</summary>
    public string? Url { get; init; }

    /// <summary>A finding at <paramref name="element"/> (for its line and column) on <paramref name="page"/>.</summary>
    public static Finding At(SitePage page, IElement? element, string message, string? fix = null)
    {
        var position = element?.SourceReference?.Position;
        return new Finding(page.Path, position?.Line ?? 0, position?.Column ?? 0, message, fix);
    }
}
