using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// Which types the event extraction allocates, from the runtime's allocation ticks (one event per ~100 KB allocated,
/// naming the type of the object that crossed the mark): the articles of a folder are loaded, then extracted on one
/// thread while the ticks are counted. Prints the types by share of the ticks and the bytes per article.
/// </summary>
public static class AllocationProbe
{
    public static void Run(TextWriter output, string folder, int count)
    {
        var tagger = TemporalTagger.Create("nl");
        var articles = new ArticleLoader(tagger).LoadFolder(folder, new DiagnosticBag())
            .OrderBy(a => a.Id, StringComparer.Ordinal).Take(count).ToList();
        var extractor = EventExtractor.Create("nl");
        foreach (var a in articles.Take(20)) extractor.Extract(a);
        using var listener = new AllocationTicks();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var a in articles) extractor.Extract(a);
        var seconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{articles.Count} articles, {bytes / articles.Count / 1024.0:F0} KB allocated and {seconds * 1000 / articles.Count:F2} CPU-ms per article");
        listener.Print(output, 30);
    }
}
