using Microsoft.Playwright;
using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every browser test: the seed site built once into a temp folder, served under /repo/, and one
/// chromium. Without chromium (and not under CI) the browser stays null and the tests are skipped by their attribute.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _server;

    public BuiltSite Site { get; private set; } = null!;

    public Uri Root => _server!.Root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Site = SeedSite.Build(_dir);
        _server = await SiteServer.StartAsync(Site.Directory, Site.BasePath);
        if (Chromium.SkipReason is not null) return;
        if (!Chromium.IsAvailable)
            throw new InvalidOperationException($"CI=true and chromium is missing at {Chromium.ExecutablePath}: install it (apt-get install chromium).");

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Args,
            Headless = true,
        });
    }

    public Task<BrowserSession> OpenAsync(Reader? reader = null) => OpenAsync(Root, reader ?? Reader.Desktop);

    /// <summary>A session on another site (served by the caller) with the same browser.</summary>
    public Task<BrowserSession> OpenAsync(Uri root, Reader reader) =>
        BrowserSession.OpenAsync(_browser ?? throw new InvalidOperationException(Chromium.SkipReason), root, reader);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
