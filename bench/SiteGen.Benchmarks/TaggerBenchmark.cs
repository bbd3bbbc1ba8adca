using System.Text;
using BenchmarkDotNet.Attributes;
using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// Tags a few MB of Dutch news-like text: the seed articles (found next to SiteGen.sln) cut into sentences and
/// shuffled with a fixed seed, so the text is varied but every run sees the same input. Divide the text size
/// (printed in the setup) by the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmark
{
    private readonly TemporalTagger _tagger = TemporalTagger.Create("nl");
    private List<string> _articles = [];

    [Params(4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = CorpusBuilder.Build(Megabytes * 1_000_000);
        var chars = _articles.Sum(a => a.Length);
        Console.WriteLine($"// corpus: {_articles.Count} articles, {chars} chars, {Encoding.UTF8.GetByteCount(string.Concat(_articles))} UTF-8 bytes");
    }

    [Benchmark]
    public int TagArticles()
    {
        var n = 0;
        foreach (var article in _articles) n += _tagger.Analyze(article, null).Matches.Count;
        return n;
    }
}
