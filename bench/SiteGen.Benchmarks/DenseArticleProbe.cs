using System.Diagnostics;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Articles;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Benchmarks;

/// <summary>
/// One dense article of 1, 2 and 4 MB (the seed sentences shuffled, about one expression per 450 bytes, in paragraphs and
/// on one line), loaded (cleaning, tagging), then put through the timeline (event extraction, merging, items), one
/// thread. Prints CPU seconds per MB for each stage: a stage that is linear in the article keeps the same figure as
/// the article doubles (issue 16: tagging and extraction were quadratic, a 500 KB line took 37 s to extract).
/// </summary>
public static class DenseArticleProbe
{
    public static void Run(TextWriter output, IReadOnlyList<double> megabytes)
    {
        var tagger = TemporalTagger.Create("nl", compiled: false);
        var loader = new ArticleLoader(tagger) { MaxFileBytes = 64 * 1024 * 1024 };
        Measure(loader, tagger, Build(20_000, "\n\n")); // JIT and rule compilation out of the figures
        output.WriteLine("shape       MB   load s/MB   timeline s/MB   matches   events");
        foreach (var shape in new[] { ("paragraphs", "\n\n"), ("one line", " ") })
            foreach (var mb in megabytes)
            {
                var (load, timeline, matches, events) = Measure(loader, tagger, Build((int)(mb * 1_000_000), shape.Item2));
                output.WriteLine($"{shape.Item1,-10} {mb,4:0.#} {load / mb,10:F2} {timeline / mb,14:F2} {matches,9} {events,8}");
            }
    }

    private static (double Load, double Timeline, int Matches, int Events) Measure(ArticleLoader loader, TemporalTagger tagger, string text)
    {
        var cpu = Cpu();
        var article = loader.LoadText(text, "dense.txt", new DiagnosticBag()) ?? throw new InvalidOperationException("not loaded");
        var load = Cpu() - cpu;
        cpu = Cpu();
        var result = new TimelineBuilder(tagger, parallelism: 1).Build([article]);
        var timeline = Cpu() - cpu;
        return (load, timeline, article.Temporal.Matches.Count, result.Timeline.Items.Count);
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    // every 6th sentence ends a paragraph (or, on one line, just a sentence)
    private static string Build(int chars, string paragraphBreak)
    {
        var sb = new StringBuilder(" date 2022-02 ", chars + 1000);
        foreach (var article in CorpusBuilder.Build(chars))
            sb.Append(article.Replace(" date 2022-02 ", "").Replace("\n\n", paragraphBreak)).Append(paragraphBreak);
        return sb.ToString(0, Math.Min(sb.Length, chars));
    }
}
