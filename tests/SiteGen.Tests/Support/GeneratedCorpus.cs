using SiteGen.CorpusGenerator;

namespace SiteGen.Tests.Support;

/// <summary>
/// A temporary folder with a corpus from bench/SiteGen.CorpusGenerator: Markdown and scraped text, recurring
/// stories (so events merge), repeated headlines (so slugs clash) and every kind of date expression.
/// </summary>
internal sealed class GeneratedCorpus : IDisposable
{
    public GeneratedCorpus(int count, ulong seed = 20240204)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-perf-" + Guid.NewGuid().ToString("N")[..12]);
        Input = Path.Combine(Root, "input");
        new CorpusWriter(new GeneratorOptions(count, Input, seed)).Write();
    }

    public string Root { get; }

    public string Input { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
