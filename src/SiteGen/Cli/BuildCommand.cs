using System.CommandLine;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Progress;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: reads the options, runs <see cref="SiteBuilder"/>, prints diagnostics and a summary.</summary>
public static class BuildCommand
{
    public static Command Create(CliEnvironment env)
    {
        var input = new Option<string?>("--input", "-i") { Description = "Folder of articles (.txt, .md, .markdown). Default: seeds/ in the site root.", HelpName = "DIR" };
        var output = new Option<string?>("--output", "-o") { Description = "Folder the site is written to, replaced only after a successful build. Default: _site/.", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Sub-path the site is served under, e.g. /repo/ for GitHub Pages project sites. Default: /.", HelpName = "PATH" };
        var siteUrl = new Option<string?>("--url") { Description = "Public address of the site, e.g. https://user.github.io/repo/: canonical, Open Graph, sitemap and feed links become absolute. Default: 'url' in sitegen.yml.", HelpName = "URL" };
        var config = new Option<string?>("--config", "-c") { Description = "A sitegen.yml; its folder becomes the site root. Default: ./sitegen.yml when present.", HelpName = "FILE" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: nothing is published when there is any warning (use in CI)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary line." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every diagnostic, including informational ones, and the time of each stage." };
        var parallelism = new Option<int>("--parallelism", "-j") { Description = "Threads for per-article and per-page work. Default: one per core; 1 builds sequentially (same bytes either way).", HelpName = "N" };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not read or write the per-article cache in .sitegen-cache/ (the output is the same)." };

        var command = new Command("build", "Build the static site: load articles, find dates and events, render, verify, publish atomically.")
        {
            input, output, baseUrl, siteUrl, config, strict, quiet, verbose, parallelism, noCache,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(quiet) && parse.GetValue(verbose))
            {
                env.Error.WriteLine("sitegen build: --quiet and --verbose cannot be used together.");
                return (int)ExitCode.BadUsage;
            }
            var diagnostics = new DiagnosticBag();
            var options = OptionsResolver.Resolve(env, parse.GetValue(config), diagnostics);
            if (options is null || diagnostics.ErrorCount > 0)
            {
                DiagnosticPrinter.Print(diagnostics, env, Verbosity.Normal);
                return (int)ExitCode.BadUsage;
            }
            options = options with
            {
                Input = parse.GetValue(input) is { } i ? env.FullPath(i) : options.Input,
                Output = parse.GetValue(output) is { } o ? env.FullPath(o) : options.Output,
                BaseUrl = parse.GetValue(baseUrl) is { } b ? BaseUrl.Normalize(b) : options.BaseUrl,
                Strict = parse.GetValue(strict),
                Verbosity = parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal,
            };
            if (parse.GetValue(siteUrl) is { } url)
            {
                if (!BaseUrl.IsValidSiteUrl(url.Trim()))
                {
                    env.Error.WriteLine($"sitegen build: --url must be an absolute http(s) address, not '{url}'.");
                    return (int)ExitCode.BadUsage;
                }
                options = options with { SiteUrl = BaseUrl.NormalizeSiteUrl(url) };
            }
            if (parse.GetValue(parallelism) < 0)
            {
                env.Error.WriteLine("sitegen build: --parallelism must be 0 (one per core) or more.");
                return (int)ExitCode.BadUsage;
            }
            if (options.Verbosity == Verbosity.Verbose) PrintTheme(options, env);
            var mode = BuildProgress.ModeFor(options.Verbosity == Verbosity.Quiet,
                env.Out != Console.Out || Console.IsOutputRedirected, Environment.GetEnvironmentVariable("CI"));
            var report = BuildProgress.Run(mode, env.Out, progress =>
                new SiteBuilder(options) { Progress = progress, Parallelism = parse.GetValue(parallelism), UseCache = !parse.GetValue(noCache) }
                    .Build(diagnostics));
            DiagnosticPrinter.Print(diagnostics, env, options.Verbosity);
            DiagnosticPrinter.Summary(report, diagnostics, env, options.Relative(options.Output), options.Verbosity);
            return (int)ExitCodes.Of(report.Outcome);
        });
        return command;
    }

    // Which file of the theme each template and asset comes from: each of the site's own by name when the theme is
    // mixed (the overrides a maintainer wants to see), the rest counted; one line when all come from one place.
    private static void PrintTheme(SiteOptions options, CliEnvironment env)
    {
        var theme = Theming.SiteTheme.Resolve(options, new DiagnosticBag());
        var files = theme.Templates.Concat(theme.Wwwroot).ToList();
        var defaults = files.Count(f => f.IsDefault);
        if (defaults == 0 || defaults == files.Count)
        {
            env.Out.WriteLine($"theme: all {files.Count} files from the {(defaults == 0 ? "site" : "default theme")}");
            return;
        }
        foreach (var file in files.Where(f => !f.IsDefault))
            env.Out.WriteLine($"theme: {ControlText.EscapePath(file.Display)} (site)");
        env.Out.WriteLine($"theme: {defaults} other files from the default theme (sitegen:templates/…, sitegen:wwwroot/…)");
    }
}
