using System.Diagnostics;
using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// MB tagged per CPU-second of this (single-threaded) loop: on a machine shared with other work, wall-clock time
/// measures the neighbours too; processor time measures what one core does for the tagger.
/// </summary>
public static class ThroughputProbe
{
    /// <summary>Over the benchmark corpus, or over the files of <paramref name="directory"/> (a generated corpus) when given.</summary>
    public static void Run(TextWriter output, string? directory = null, int megabytes = 4, int rounds = 10)
    {
        var tagger = TemporalTagger.Create("nl");
        var articles = directory is null ? CorpusBuilder.Build(megabytes * 1_000_000)
            : Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
        foreach (var a in articles.Take(200)) tagger.Analyze(a, null); // JIT and tiering
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var matches = 0;
            foreach (var article in articles) matches += tagger.Analyze(article, null).Matches.Count;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            output.WriteLine($"round {round}: {bytes / 1e6:F1} MB, {matches} matches, {bytes / 1e6 / cpuSeconds:F1} MB per CPU-second, {bytes / 1e6 / wall.Elapsed.TotalSeconds:F1} MB/s wall");
        }
    }
}
