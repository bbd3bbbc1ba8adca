using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Serving;
using Xunit;

namespace SiteGen.Tests.Serving;

public sealed class DevServerTests : IAsyncLifetime
{
    private readonly LiveReloadHub _hub = new();
    private readonly DevServer _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public DevServerTests()
    {
        _server = new DevServer("/repo/", FreePort(), _hub);
        _server.Site = new ServedSite(new Dictionary<string, byte[]>
        {
            ["index.html"] = "<html><body><h1>Tijdlijn</h1></body></html>"u8.ToArray(),
            ["artikelen/a/index.html"] = "<html><body><p>a</p></body></html>"u8.ToArray(),
            ["404.html"] = "<html><body>niet gevonden</body></html>"u8.ToArray(),
            ["site.css"] = "body{}"u8.ToArray(),
        }, [], 1);
    }

    public Task InitializeAsync() => _server.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1.nip.io", HttpStatusCode.BadRequest)]
    [InlineData("localhost.evil.example", HttpStatusCode.BadRequest)]
    [InlineData("10.0.0.1", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("site.localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("127.1.2.3", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task Only_requests_naming_a_loopback_host_are_answered(string host, HttpStatusCode expected)
    {
        // DNS rebinding: a page on another site makes its own name resolve to 127.0.0.1 and reads the served site.
        var port = new Uri(_server.Address).Port;
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Address);
        request.Headers.Host = $"{host}:{port}";

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest) Assert.DoesNotContain("Tijdlijn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Html_pages_get_the_live_reload_script_and_other_files_stay_as_built()
    {
        var page = await _http.GetStringAsync(_server.Address);
        Assert.Contains("<h1>Tijdlijn</h1><script src=\"/repo/__sitegen/livereload.js\" data-events=\"/repo/__sitegen/events\" defer></script></body>", page);
        Assert.Equal("body{}", await _http.GetStringAsync(_server.Address + "site.css"));
        Assert.Contains("EventSource", await _http.GetStringAsync(_server.Address + LiveReloadScript.ScriptPath));
    }

    [Fact]
    public async Task Clean_urls_redirect_to_the_slash_form_and_unknown_paths_get_the_404_page()
    {
        var redirect = await _http.GetAsync(_server.Address + "artikelen/a");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/repo/artikelen/a/", redirect.Headers.Location?.OriginalString);

        var missing = await _http.GetAsync(_server.Address + "bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("niet gevonden", await missing.Content.ReadAsStringAsync());

        var outside = await _http.GetAsync($"http://127.0.0.1:{new Uri(_server.Address).Port}/other/");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task A_failed_build_shows_its_errors_instead_of_the_stale_site()
    {
        var error = new Diagnostic(Severity.Error, "SG3001", "templates/index.sbn", 3, 7, "Unexpected <end>");
        _server.Site = _server.Site with { Errors = [error], Version = 2 };

        var response = await _http.GetAsync(_server.Address + "artikelen/a/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("templates/index.sbn(3,7): error SG3001: Unexpected &lt;end&gt;", body);
        Assert.DoesNotContain("<p>a</p>", body);
        Assert.Contains(LiveReloadScript.ScriptPath, body);
    }

    [Fact]
    public async Task Open_pages_receive_a_reload_event_when_a_build_is_published()
    {
        using var stream = await _http.GetStreamAsync(_server.Address + LiveReloadScript.EventsPath);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        _hub.Publish("reload", 7);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        do line = await reader.ReadLineAsync(timeout.Token);
        while (line == "");
        Assert.Equal("event: reload", line);
        Assert.Equal("data: 7", await reader.ReadLineAsync(timeout.Token));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
