using Microsoft.Playwright;
using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every browser test: three sites built once into a temp folder and served under /repo/, and one chromium.
/// <see cref="Seeds"/> is the repository's seed site (budgets, accessibility, no-JS, print); <see cref="Sample"/> is a
/// small dated corpus in TestData/articles whose events carry sources and span years, so filters and the time axis
/// have something to work on whatever the seeds yield; <see cref="Large"/> is 1,000 articles from the repository's
/// corpus generator (bench/SiteGen.CorpusGenerator), a timeline split over many pages: page weight, search and
/// deep links across pages.
/// Without chromium (and not under CI) the browser stays null and the tests are skipped by their attribute.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ServedSite Seeds { get; private set; } = null!;

    public ServedSite Sample { get; private set; } = null!;

    public ServedSite Large { get; private set; } = null!;

    /// <summary>Articles in <see cref="Large"/>: the size at which issue 21 asks every page to stay small.</summary>
    public const int LargeArticles = 1000;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Seeds = await ServeAsync("seeds", SiteBuild.Run(Repo.Seeds, Path.Combine(_dir, "seeds")));
        Sample = await ServeAsync("sample", SiteBuild.Run(Path.Combine(AppContext.BaseDirectory, "TestData", "articles"), Path.Combine(_dir, "sample")));
        var corpus = Path.Combine(_dir, "corpus");
        new SiteGen.CorpusGenerator.CorpusWriter(new SiteGen.CorpusGenerator.GeneratorOptions(LargeArticles, corpus)).Write();
        Large = await ServeAsync("large", SiteBuild.Run(corpus, Path.Combine(_dir, "large")));
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

    public static async Task<ServedSite> ServeAsync(string name, BuiltSite site) =>
        new(name, site, await SiteServer.StartAsync(site.Directory, site.BasePath));

    /// <summary>A page on <paramref name="site"/> as <paramref name="reader"/> meets it.</summary>
    public Task<BrowserSession> OpenAsync(ServedSite site, Reader? reader = null) =>
        BrowserSession.OpenAsync(_browser ?? throw new InvalidOperationException(Chromium.SkipReason), site.Root, reader ?? Reader.Desktop);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (Seeds is not null) await Seeds.Server.DisposeAsync();
        if (Sample is not null) await Sample.Server.DisposeAsync();
        if (Large is not null) await Large.Server.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
