using System.Security.Cryptography;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Bench;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public void The_same_count_and_seed_give_byte_identical_files()
    {
        using var first = new GeneratedCorpus(40);
        using var second = new GeneratedCorpus(40);
        Assert.Equal(Fingerprint(first.Input), Fingerprint(second.Input));
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        using var first = new GeneratedCorpus(10);
        using var other = new GeneratedCorpus(10, seed: 7);
        Assert.NotEqual(Fingerprint(first.Input), Fingerprint(other.Input));
    }

    [Fact]
    public void The_corpus_mixes_markdown_and_scraped_text_with_relative_dates()
    {
        using var corpus = new GeneratedCorpus(60);
        var files = Directory.GetFiles(corpus.Input);
        Assert.Equal(60, files.Length);
        Assert.Contains(files, f => f.EndsWith(".txt", StringComparison.Ordinal));
        var markdown = files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        Assert.All(markdown, text => Assert.StartsWith("---\ntitle: \"", text));
        var all = string.Join("\n", files.Select(File.ReadAllText));
        Assert.Contains("gisteren", all);
        Assert.Contains("vorige week", all);
        Assert.Matches(@"\bin (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d\b", all);
        Assert.DoesNotContain("\r", all);
    }

    private static string Fingerprint(string folder) => string.Join("\n",
        Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
}
