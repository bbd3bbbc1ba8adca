using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 (a free port) under a sub-path, the way GitHub Pages serves a project site:
/// clean URLs resolve to index.html, anything else is 404 with the site's 404.html. Nothing is served outside the
/// sub-path, so a link that forgets the base URL shows up as a 404.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The site's root, ending in the sub-path: http://127.0.0.1:port/repo/.</summary>
    public Uri Root { get; }

    public static async Task<SiteServer> StartAsync(string siteDir, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteDir);
        var prefix = new PathString("/" + basePath.Trim('/'));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = prefix,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(siteDir, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Urls.First();
        return new SiteServer(app, new Uri(new Uri(address), prefix + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
