using System.Text;
using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Loading;

/// <summary>
/// Issue 6's bad inputs, one fixture file each (TestData/loading/bad), loaded as one folder. What the user sees —
/// every diagnostic and every article's title, slug and date — is compared with a golden file. On a mismatch the
/// output is written to tests/SiteGen.Tests/received/; set SITEGEN_ACCEPT=1 (ignored under CI) to accept it.
/// </summary>
public class BadInputGoldenTests
{
    private static readonly string TestData = Path.Combine(Seeds.RepositoryRoot, "tests", "SiteGen.Tests", "TestData", "loading");

    [Fact]
    public void Bad_inputs_give_the_expected_diagnostics_and_articles()
    {
        var bag = new DiagnosticBag();
        var articles = Seeds.Loader().LoadFolder(Path.Combine(TestData, "bad"), bag);
        var sb = new StringBuilder();
        foreach (var d in bag.Sorted) sb.Append(d).Append('\n');
        sb.Append('\n');
        foreach (var a in articles)
            sb.Append($"{a.Source.RelativePath} | {a.Title} | {a.Slug} | {a.Date?.Value ?? "undated"} {a.Date?.Source} | {a.Paragraphs.Count} blocks\n");

        var goldenPath = Path.Combine(TestData, "bad.golden.txt");
        var actual = sb.ToString();
        var expected = File.Exists(goldenPath) ? File.ReadAllText(goldenPath) : "";
        if (actual == expected) return;
        if (Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }
        var received = Path.Combine(Seeds.RepositoryRoot, "tests", "SiteGen.Tests", "received", "loading-bad.golden.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_input_file_is_either_an_article_or_named_in_a_diagnostic()
    {
        var folder = Path.Combine(TestData, "bad");
        var bag = new DiagnosticBag();
        var loaded = Seeds.Loader().LoadFolder(folder, bag).Select(a => a.Source.RelativePath).ToHashSet();
        var named = bag.Sorted.Select(d => d.File).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            Assert.True(loaded.Contains(relative) || named.Contains(relative) || named.Any(n => n.EndsWith('/') && relative.StartsWith(n, StringComparison.Ordinal)),
                $"{relative} is neither loaded nor named");
        }
    }
}
