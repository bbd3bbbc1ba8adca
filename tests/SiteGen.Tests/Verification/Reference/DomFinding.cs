using AngleSharp.Dom;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Findings placed at an element of a parsed document, as the DOM checks made them.</summary>
public static class DomFinding
{
    /// <summary>A finding at <paramref name="element"/> (for its line and column; 0 when none) on <paramref name="page"/>.</summary>
    public static Finding At(SitePage page, IElement? element, string message, string? fix = null)
    {
        var position = element?.SourceReference?.Position;
        return new Finding(page.Path, position?.Line ?? 0, position?.Column ?? 0, message, fix);
    }
}
