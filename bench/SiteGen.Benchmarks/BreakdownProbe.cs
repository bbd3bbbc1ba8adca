using System.Diagnostics;
using SiteGen.Temporal;
using SiteGen.Temporal.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Where tagging time goes, stage by stage, in CPU seconds over the benchmark corpus: rule matching alone, sentence
/// splitting alone, the tense of every sentence, and the whole analysis. A stopwatch view for when no profiler is at hand.
/// </summary>
public static class BreakdownProbe
{
    public static void Run(TextWriter output, string? directory = null, int megabytes = 4, int rounds = 6)
    {
        var tagger = TemporalTagger.Create("nl");
        var language = tagger.Compiled;
        var articles = directory is null ? CorpusBuilder.Build(megabytes * 1_000_000)
            : Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
        var stages = new (string Name, Action<string> Work)[]
        {
            ("rules (FindAll)", a => language.FindAll(a)),
            ("sentences", a => SentenceSplitter.Split(a, language.Abbreviations)),
            ("tense of every sentence", a =>
            {
                var spans = SentenceSplitter.Split(a, language.Abbreviations);
                var map = new TenseMap(a, language, spans);
                for (var i = 0; i < spans.Count; i++) map.SentenceTense(i);
            }),
            ("whole analysis", a => tagger.Analyze(a, null)),
        };
        foreach (var (_, work) in stages) foreach (var a in articles.Take(200)) work(a); // JIT and tiering
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
            foreach (var (name, work) in stages)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                foreach (var a in articles) work(a);
                process.Refresh();
                var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
                output.WriteLine($"round {round} {name,-26} {seconds,6:F3} CPU-s  {bytes / 1e6 / seconds,7:F1} MB per CPU-second");
            }
    }
}
