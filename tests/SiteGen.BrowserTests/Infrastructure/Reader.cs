namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>How a reader meets the site: viewport, colour scheme and whether JavaScript runs.</summary>
public sealed record Reader(int Width = 1280, bool Dark = false, bool JavaScript = true, int Height = 0)
{
    public static readonly Reader Desktop = new();
    public static readonly Reader Phone = new(360);

    /// <summary>The phone of issue 21's first-screen check: 390 by 844 CSS pixels.</summary>
    public static readonly Reader TallPhone = new(390, Height: 844);

    public int ViewportHeight => Height > 0 ? Height : Width < 600 ? 740 : 900;

    public string Name => $"{Width}-{(Dark ? "dark" : "light")}{(JavaScript ? "" : "-nojs")}";
}
