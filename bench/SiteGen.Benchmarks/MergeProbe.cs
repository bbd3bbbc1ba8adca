using System.Diagnostics;
using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Benchmarks;

/// <summary>
/// The merge stage alone on growing prefixes of one folder: every article is loaded and extracted once (in parallel),
/// then the reports of the first N articles (by file name) are merged for each N asked for, one thread, and the CPU
/// seconds per 1,000 articles printed. A merge that is linear in the archive keeps that figure as N grows (issue 22:
/// at 10,000 peer articles the merge took 113.7 s, 3.6 s at 1,000).
/// </summary>
public static class MergeProbe
{
    public static void Run(TextWriter output, string folder, IReadOnlyList<int> sizes)
    {
        var tagger = TemporalTagger.Create("nl");
        var loader = new ArticleLoader(tagger);
        var diagnostics = new DiagnosticBag();
        var articles = loader.LoadFolder(folder, diagnostics).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var extractor = EventExtractor.Create("nl");
        var extracted = new ArticleExtraction[articles.Count];
        Parallel.For(0, articles.Count, i => extracted[i] = extractor.Extract(articles[i]));
        new IndexedEventMerger().Merge(extracted.Take(50).SelectMany(x => x.Events)); // JIT out of the figures
        output.WriteLine("articles   reports   clusters   merge CPU s   CPU s per 1,000 articles");
        foreach (var n in sizes.Where(n => n <= articles.Count).DefaultIfEmpty(articles.Count))
        {
            var reports = extracted.Take(n).SelectMany(x => x.Events).ToList();
            var cpu = Cpu();
            var clusters = new IndexedEventMerger().Merge(reports);
            var seconds = Cpu() - cpu;
            output.WriteLine($"{n,8} {reports.Count,9} {clusters.Count,10} {seconds,13:F2} {seconds * 1000 / n,26:F3}");
        }
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
