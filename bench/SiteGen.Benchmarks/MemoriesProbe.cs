using System.Diagnostics;
using SiteGen.Caching.BySession;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Benchmarks;

/// <summary>
/// What each memory of a `serve` session saves: a session over the articles of DIR (a copy, with the site's cache
/// in the copy's root) rebuilds after each of several one-sentence edits, once with every memory, once without each
/// memory in turn (or each of those named), and once with none but the loaded articles. Prints, per variant, the median rebuild time and
/// what a rebuild allocates. All variants run in one process, one after the other, so the figures compare.
/// </summary>
public static class MemoriesProbe
{
    public static void Run(TextWriter output, string corpus, int edits, string repository, IReadOnlyList<SessionMemories>? only = null)
    {
        var root = Directory.CreateTempSubdirectory("sitegen-memories-").FullName;
        try
        {
            var input = Path.Combine(root, "input");
            Directory.CreateDirectory(input);
            foreach (var file in Directory.GetFiles(corpus)) File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
            var options = SiteOptions.ForRoot(root) with
            {
                Input = input,
                Templates = Path.Combine(repository, "templates"),
                Wwwroot = Path.Combine(repository, "wwwroot"),
                BaseUrl = "/repo/",
            };
            var files = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToArray();
            var variants = new List<(string Name, SessionMemories Keep)> { ("every memory", SessionMemories.All) };
            foreach (var memory in only ?? Enum.GetValues<SessionMemories>().Where(m => m is not (SessionMemories.None or SessionMemories.All)))
                variants.Add(("without " + memory, SessionMemories.All & ~memory));
            if (only is null) variants.Add(("loaded articles only", SessionMemories.None));
            output.WriteLine($"{files.Length} articles, {edits} edits; per variant the median CPU time and allocation of a rebuild after a one-sentence edit");
            // Every variant's session is kept, and each edit is rebuilt by every variant in turn: a load that comes and
            // goes on this shared machine falls on all variants alike.
            var sessions = variants.Select(v => new SessionMemory(v.Keep)).ToList();
            foreach (var session in sessions)
            {
                Compose(options, session);
                Compose(options, session);
            }
            var cpu = variants.Select(_ => new List<double>()).ToList();
            var allocated = variants.Select(_ => new List<double>()).ToList();
            var process = Process.GetCurrentProcess();
            for (var e = 0; e < edits; e++)
            {
                var file = files[(e * 7919 + 13) % files.Length];
                var original = File.ReadAllText(file);
                for (var v = 0; v < variants.Count; v++)
                {
                    File.AppendAllText(file, $"\nDe gemeenteraad besloot op {e % 27 + 1} maart 2023 tot een nieuw onderzoek.\n");
                    GC.Collect();
                    process.Refresh();
                    var (time, bytes) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
                    Compose(options, sessions[v]);
                    process.Refresh();
                    cpu[v].Add((process.TotalProcessorTime - time).TotalMilliseconds);
                    allocated[v].Add((GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1e6);
                    File.WriteAllText(file, original);
                    Compose(options, sessions[v]);
                }
            }
            for (var v = 0; v < variants.Count; v++)
                output.WriteLine($"{variants[v].Name,-26} {Median(cpu[v]),8:F0} CPU-ms {Median(allocated[v]),8:F0} MB");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Compose(SiteOptions options, SessionMemory session)
    {
        var diagnostics = new DiagnosticBag();
        var site = new SiteBuilder(options) { Memory = session }.Compose(diagnostics);
        if (site.Outcome != BuildOutcome.Success) throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted.Take(5)));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
