using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// One browser context and page with the reader's settings (width, colour scheme, JavaScript), recording what a
/// page must never do: log console errors, throw, or request anything from another host.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserSession(IBrowserContext context, IPage page, Uri root)
    {
        _context = context;
        Page = page;
        Root = root;
        page.Console += (_, m) => { if (m.Type == "error") Errors.Add($"console: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => Errors.Add($"pageerror: {e}");
        page.Request += (_, r) =>
        {
            var uri = new Uri(r.Url);
            if (uri.Scheme is "http" or "https" && uri.Authority != root.Authority) ForeignRequests.Add(r.Url);
        };
    }

    public IPage Page { get; }

    public Uri Root { get; }

    public List<string> Errors { get; } = [];

    public List<string> ForeignRequests { get; } = [];

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri root, Reader reader)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = reader.Width, Height = reader.ViewportHeight },
            ColorScheme = reader.Dark ? ColorScheme.Dark : ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
            JavaScriptEnabled = reader.JavaScript,
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, root);
    }

    /// <summary>Goes to a path relative to the site root (<c>"artikelen/x/"</c>, <c>"?actor=poetin#e-…"</c>).</summary>
    public async Task<IResponse?> GoAsync(string relative = "")
    {
        var response = await Page.GotoAsync(new Uri(Root, relative).ToString());
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return response;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
