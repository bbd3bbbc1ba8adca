using System.Threading.Channels;
using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>
/// `sitegen serve`: one build, then the server, then a loop that waits for changes in the watched folders and
/// rebuilds (one build at a time; changes that arrive during a build are folded into the next one). Each build's
/// result replaces the served site whole, and open pages are told to reload; a failed build replaces the site by
/// its errors, so the browser never shows a stale page as if it were current.
/// </summary>
public sealed class DevSession(string baseUrl, int port, IReadOnlyList<string> watched, TextWriter log)
{
    /// <summary>How long the folders must be quiet before a batch of changes is built; editors save in several steps.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    public async Task RunAsync(Func<IReadOnlyCollection<string>?, DevBuild> build, CancellationToken cancellation)
    {
        var hub = new LiveReloadHub();
        await using var server = new DevServer(baseUrl, port, hub);
        var version = 0;
        Publish(server, hub, build(null), ++version, "built");
        await server.StartAsync(cancellation);
        log.WriteLine($"Serving {server.Address} (Ctrl+C stops). Watching {string.Join(", ", watched)}.");

        var changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
        using var watcher = new ChangeWatcher(watched, Quiet, batch => changes.Writer.TryWrite(batch));
        try
        {
            while (await changes.Reader.WaitToReadAsync(cancellation))
            {
                var paths = new SortedSet<string>(StringComparer.Ordinal);
                while (changes.Reader.TryRead(out var batch)) paths.UnionWith(batch);
                Publish(server, hub, build(paths), ++version, $"rebuilt ({paths.Count} changed)");
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine("Stopped.");
        }
    }

    private void Publish(DevServer server, LiveReloadHub hub, DevBuild result, int version, string what)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        server.Site = errors.Count > 0
            ? server.Site with { Errors = errors, Version = version }
            : new ServedSite(result.Files, [], version);
        hub.Publish(errors.Count > 0 ? "failed" : "reload", version);
        log.WriteLine(errors.Count > 0
            ? $"Build failed in {result.Elapsed.TotalMilliseconds:0} ms with {errors.Count} error(s); the browser shows them."
            : $"{what} in {result.Elapsed.TotalMilliseconds:0} ms: {result.Files.Count} files.");
        if (result.Detail is not null) log.WriteLine("  " + result.Detail);
        foreach (var error in errors.Take(20)) log.WriteLine(error);
    }
}
