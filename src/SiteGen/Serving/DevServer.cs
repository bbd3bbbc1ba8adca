using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serving;

/// <summary>
/// Kestrel on 127.0.0.1 serving the current <see cref="ServedSite"/> from memory under the base URL, the way
/// GitHub Pages serves the published folder (clean URLs, <c>404.html</c>), plus the live-reload stream and script.
/// Swapping the snapshot is one reference write, so a request sees either the old site or the new one, whole.
/// A request whose <c>Host</c> is not a loopback name or address gets 400 (<see cref="LoopbackHost"/>).
/// </summary>
public sealed class DevServer(string baseUrl, int port, LiveReloadHub hub) : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private WebApplication? _app;
    private volatile ServedSite _site = ServedSite.Empty;

    public string Address => $"http://127.0.0.1:{port}{baseUrl}";

    public ServedSite Site
    {
        get => _site;
        set => _site = value;
    }

    public async Task StartAsync(CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellation);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!LoopbackHost.IsLoopback(context.Request.Host.Host))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8",
                Encoding.UTF8.GetBytes($"sitegen serve answers only to localhost; open {Address}\n"));
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            // Like the published site, everything lives under the base URL; "/" leads there.
            if (path == "/") context.Response.Redirect(baseUrl);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var relative = Uri.UnescapeDataString(path[baseUrl.Length..]);
        if (relative == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        if (relative == LiveReloadScript.ScriptPath)
        {
            await WriteAsync(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source));
            return;
        }

        var snapshot = _site;
        if (snapshot.Failed)
        {
            var page = LiveReloadScript.Inject(BuildErrorPage.Render(snapshot.Errors), baseUrl);
            await WriteAsync(context, 500, "text/html; charset=utf-8", page);
            return;
        }

        await ServeFileAsync(context, snapshot, relative);
    }

    private async Task ServeFileAsync(HttpContext context, ServedSite snapshot, string relative)
    {
        var status = 200;
        var key = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!snapshot.Files.TryGetValue(key, out var content))
        {
            if (snapshot.Files.ContainsKey(relative + "/index.html"))
            {
                context.Response.Redirect(baseUrl + relative + "/");
                return;
            }

            status = 404;
            key = "404.html";
            content = snapshot.Files.GetValueOrDefault(key, "Not found"u8.ToArray());
        }

        if (!ContentTypes.TryGetContentType(key, out var type)) type = "application/octet-stream";
        if (type == "text/html")
        {
            type = "text/html; charset=utf-8";
            content = LiveReloadScript.Inject(content, baseUrl);
        }

        await WriteAsync(context, status, type, content);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = hub.Subscribe();
        try
        {
            // A first comment line tells clients (and the latency probe) the stream is live.
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            hub.Unsubscribe(channel);
        }
    }

    private static Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
