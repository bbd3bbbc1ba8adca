using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics in MSBuild form, in a deterministic order, errors to stderr, then one summary line.</summary>
public static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics, CliEnvironment env, Verbosity verbosity)
    {
        foreach (var d in diagnostics.Sorted)
        {
            if (verbosity == Verbosity.Quiet && d.Severity != Severity.Error) continue;
            if (verbosity != Verbosity.Verbose && d.Severity == Severity.Info) continue;
            (d.Severity == Severity.Error ? env.Error : env.Out).WriteLine(d.ToString());
        }
    }

    public static void Summary(BuildReport report, DiagnosticBag diagnostics, CliEnvironment env, string output, Verbosity verbosity)
    {
        if (verbosity == Verbosity.Verbose)
            env.Out.WriteLine("stages: " + string.Join(", ", report.Stages.Select(s => s.Brief))
                + (report.Pages is var (rendered, unchanged) ? $"; pages: {rendered} rendered, {unchanged} unchanged" : "")
                // Over the process, which is the build: on a small machine collecting garbage is a large part of it.
                + $"; GC paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms in {GC.CollectionCount(0)} collections"
                + $" ({GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} of generation 2)");
        output = ControlText.Escape(output);
        var outcome = report.UpToDate ? $"{output} is up to date (nothing changed since the last build)"
            : report.Published ? $"site written to {output}" : "nothing published, previous output left as it was";
        env.Out.WriteLine(
            $"{report.ArticlesBuilt} articles built, {report.ArticlesSkipped} skipped, {diagnostics.WarningCount} warnings, " +
            $"{diagnostics.ErrorCount} errors; {outcome} ({report.Elapsed.TotalSeconds:0.00} s).");
    }
}
