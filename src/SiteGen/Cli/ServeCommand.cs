using System.CommandLine;
using System.Diagnostics;
using SiteGen.Caching.BySession;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Progress;
using SiteGen.Serving;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen serve</c>: builds the site in memory, serves it on 127.0.0.1 under the base URL, rebuilds on every
/// change to input, templates, wwwroot or sitegen.yml and reloads the open pages. Nothing is written to the output
/// folder and the live-reload script exists only in served responses, so the published site never carries it.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var input = new Option<string?>("--input", "-i") { Description = "Folder of articles. Default: seeds/ in the site root.", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Sub-path the site is served under, as it will be published. Default: /.", HelpName = "PATH" };
        var config = new Option<string?>("--config", "-c") { Description = "A sitegen.yml; its folder becomes the site root. Default: ./sitegen.yml when present.", HelpName = "FILE" };
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1. Default: 8080.", HelpName = "PORT", DefaultValueFactory = _ => 8080 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "After each build, print how long each stage took and how many pages were reused." };
        var parallelism = new Option<int>("--parallelism", "-j") { Description = "Threads for per-article and per-page work. Default: one per core.", HelpName = "N" };
        var command = new Command("serve", "Build in memory, serve on 127.0.0.1, rebuild on changes and reload the browser.")
        {
            input, baseUrl, config, port, parallelism, verbose,
        };
        command.SetAction((parse, cancellation) => RunAsync(env, parse.GetValue(config), parse.GetValue(input), parse.GetValue(baseUrl),
            parse.GetValue(port), parse.GetValue(parallelism), parse.GetValue(verbose), cancellation));
        return command;
    }

    // Kestrel reports a taken port as an IOException around an AddressInUseException or a SocketException.
    private static bool PortTaken(Exception e) =>
        e.GetType().Name == "AddressInUseException" || e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
        || e.InnerException is { } inner && PortTaken(inner);

    private static async Task<int> RunAsync(CliEnvironment env, string? config, string? input, string? baseUrl, int port, int parallelism, bool verbose,
        CancellationToken cancellation)
    {
        SiteOptions? Resolve(DiagnosticBag diagnostics) => OptionsResolver.Resolve(env, config, diagnostics) is { } resolved
            ? resolved with
            {
                Input = input is null ? resolved.Input : env.FullPath(input),
                BaseUrl = baseUrl is null ? resolved.BaseUrl : BaseUrl.Normalize(baseUrl),
            }
            : null;

        if (port is < 1 or > 65535)
        {
            env.Error.WriteLine($"sitegen serve: --port must be a port number from 1 to 65535, not {port}.");
            return (int)ExitCode.BadUsage;
        }
        var startup = new DiagnosticBag();
        var options = Resolve(startup);
        if (options is null || startup.ErrorCount > 0)
        {
            DiagnosticPrinter.Print(startup, env, Verbosity.Normal);
            return (int)ExitCode.BadUsage;
        }

        var memory = new SessionMemory();
        DevBuild Build(IReadOnlyCollection<string>? changes)
        {
            // sitegen.yml is read again on every build, so editing it takes effect (or shows its errors) at once.
            var clock = Stopwatch.StartNew();
            var paused = GC.GetTotalPauseDuration();
            var bag = new DiagnosticBag();
            var current = Resolve(bag);
            var progress = verbose ? new RecordingProgress() : BuildProgress.Silent;
            var site = current is null || bag.ErrorCount > 0 ? null
                : new SiteBuilder(current) { Parallelism = parallelism, Memory = memory, Progress = progress }.Compose(bag);
            var (reused, rendered) = memory.Pages.LastCounts;
            var (itemsReused, itemsDrafted) = memory.Items.LastCounts;
            var (entriesReused, entriesMade) = memory.Entries.LastCounts;
            return new DevBuild(site?.ByPath() ?? new Dictionary<string, byte[]>(), bag.Sorted, clock.Elapsed)
            {
                Detail = verbose
                    ? string.Join(", ", progress.Timings.Select(t => t.Brief))
                      + $"; items: {itemsDrafted} drafted, {itemsReused} unchanged; entries: {entriesMade} made, {entriesReused} unchanged; pages: {rendered} rendered, {reused} unchanged ({memory.Pages.LastSame} by their inputs alone); GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms, heap {GC.GetTotalMemory(false) >> 20} MB"
                    : null,
            };
        }

        var watched = new[] { options.Input, options.Templates, options.Wwwroot, Path.Combine(options.SiteRoot, SiteConfigReader.FileName) };
        try
        {
            await new DevSession(options.BaseUrl, port, watched, env.Out).RunAsync(Build, cancellation);
        }
        catch (IOException e) when (PortTaken(e))
        {
            env.Error.WriteLine($"sitegen serve: error SG6004: Port {port} on 127.0.0.1 is already in use (another server is running there). Fix: Stop that server, or pass another port, e.g. --port {(port < 65535 ? port + 1 : port - 1)}.");
            return (int)ExitCode.IoError;
        }
        catch (IOException e)
        {
            env.Error.WriteLine($"sitegen serve: error SG6004: Cannot listen on 127.0.0.1:{port} ({IoProblem.Cause(e.InnerException ?? e)}). Fix: Pass another port with --port, e.g. --port 8080.");
            return (int)ExitCode.IoError;
        }
        return (int)ExitCode.Success;
    }
}
