using System.Text;
using BenchmarkDotNet.Attributes;
using SiteGen.CorpusGenerator;
using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// Tags a few MB of Dutch news-like text: the seed articles (found next to SiteGen.sln) cut into sentences and
/// shuffled with a fixed seed, so the text is varied but every run sees the same input; and the generated corpus
/// of <c>SiteGen.CorpusGenerator</c> (denser in dates: nearly every sentence has one) as the loader hands it over.
/// Divide the text size
/// (printed in the setup) by the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmark
{
    private TemporalTagger _tagger = null!;

    /// <summary>Regexes compiled to IL (fastest per article) or interpreted (what the site build uses: no start-up cost).</summary>
    [Params(true, false)]
    public bool Compiled { get; set; }
    private List<string> _articles = [];

    [Params(4)]
    public int Megabytes { get; set; }

    private List<LoadedArticle> _generated = [];

    [GlobalSetup]
    public void Setup()
    {
        _tagger = TemporalTagger.Create("nl", Compiled);
        _articles = CorpusBuilder.Build(Megabytes * 1_000_000);
        Console.WriteLine($"// seed corpus: {_articles.Count} articles, {Encoding.UTF8.GetByteCount(string.Concat(_articles))} UTF-8 bytes");
        var options = new GeneratorOptions(Megabytes * 250, "unused");
        var composer = new ArticleComposer(options);
        var files = Enumerable.Range(0, options.Count)
            .Select(i => ArticleFormatter.Format(composer.Compose(i), DeterministicRandom.For(options.Seed, 3, i)).Text).ToList();
        _generated = files.Select(LoadedArticle.Of).ToList();
        Console.WriteLine($"// generated corpus: {_generated.Count} articles ({_generated.Count(a => a.Date is not null)} with a front-matter date), "
            + $"{Encoding.UTF8.GetByteCount(string.Concat(files))} UTF-8 bytes");
        // the JIT tiers the tagger up over its first few thousand articles, longer than BenchmarkDotNet's warm-up
        // rounds: the benchmarks should measure the steady state, as a build of many articles sees it
        for (var round = 0; round < 6; round++) { TagArticles(); TagGeneratedArticles(); }
    }

    [Benchmark]
    public int TagArticles()
    {
        var n = 0;
        foreach (var article in _articles) n += _tagger.Analyze(article, null).Matches.Count;
        return n;
    }

    /// <summary>As the site build tags them: front matter blanked, its date given.</summary>
    [Benchmark]
    public int TagGeneratedArticles()
    {
        var n = 0;
        foreach (var article in _generated) n += _tagger.Analyze(article.Text, article.Date).Matches.Count;
        return n;
    }
}
