using AngleSharp.Dom;

namespace SiteGen.Verification;

/// <summary>One problem a check found: the page, the element when there is one (for line and column), what is wrong and how to fix it.</summary>
public sealed record Finding(SitePage Page, IElement? Element, string Message, string? Fix = null);
