using System.Diagnostics;
using System.Text;
using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// Tags one long single-line text (the seed sentences joined by spaces, no line breaks) with and without a
/// document date and prints CPU seconds: tagging time must grow linearly with the length of a line.
/// </summary>
public static class OneLineProbe
{
    public static void Run(TextWriter output, double megabytes = 2, string? unit = null)
    {
        var tagger = TemporalTagger.Create("nl");
        var text = unit is null ? Build((int)(megabytes * 1_000_000)) : new StringBuilder().Insert(0, unit, (int)(megabytes * 1_000_000) / unit.Length).ToString();
        tagger.Analyze(text[..Math.Min(text.Length, 20_000)], null); // JIT
        var process = Process.GetCurrentProcess();
        foreach (var known in new[] { null, new DocumentDate("2022-02-10", false, "probe") })
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var analysis = tagger.Analyze(text, known);
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            output.WriteLine($"{text.Length / 1e6:F2} M chars on one line, dct {known?.Value ?? "none"}: {analysis.Matches.Count} matches, "
                + $"{analysis.Sentences.Count} sentences, {cpuSeconds:F2} CPU-s, {wall.Elapsed.TotalSeconds:F2} s wall");
        }
    }

    private static string Build(int chars)
    {
        var articles = CorpusBuilder.Build(chars);
        var sb = new StringBuilder(chars + 4000);
        foreach (var a in articles) sb.Append(a.Replace('\n', ' ')).Append(' ');
        return sb.ToString();
    }
}
