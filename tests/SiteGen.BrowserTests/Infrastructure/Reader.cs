namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>How a reader meets the site: viewport width, colour scheme and whether JavaScript runs.</summary>
public sealed record Reader(int Width = 1280, bool Dark = false, bool JavaScript = true)
{
    public static readonly Reader Desktop = new();
    public static readonly Reader Phone = new(360);

    public string Name => $"{Width}-{(Dark ? "dark" : "light")}{(JavaScript ? "" : "-nojs")}";
}
