using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.BySession;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Progress;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// Whole builds through the packed cache: a damaged pack costs time, never bytes; after every kind of change the
/// packs hold exactly what the last build used (so they never grow with history), a `serve` session keeps them
/// whole though it reads almost nothing from them, and the site is the one a build without cache makes.
/// </summary>
public sealed class CachedBuildTests : IDisposable
{
    private readonly GeneratedCorpus _corpus = new(12);

    [Theory]
    [InlineData("articles", "half")]
    [InlineData("events", "flipped")]
    [InlineData("pages", "garbage")]
    [InlineData("events", "empty")]
    [InlineData("bodies", "flipped")]
    public void A_damaged_pack_gives_the_bytes_of_a_build_without_cache(string kind, string damage)
    {
        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
        var path = Store.PathOf(kind);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "half" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes.Select((b, i) => i > bytes.Length / 2 && i % 97 == 0 ? (byte)~b : b)],
            "garbage" => [.. bytes.Select((_, i) => (byte)(i * 31 % 253))],
            _ => [],
        });
        File.AppendAllText(Articles[3], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");

        var (report, diagnostics) = SiteRun.Build(Options);

        Assert.Equal(BuildOutcome.Success, report.Outcome);
        Assert.Equal(0, diagnostics.ErrorCount + diagnostics.WarningCount);
        Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));
        Assert.Equal(Expected(), Counts()); // the damaged pack is whole again
    }

    [Fact]
    public void After_every_kind_of_change_the_packs_hold_what_the_build_used_and_the_site_is_a_clean_one()
    {
        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
        var sizes = new List<long>();
        (string What, Action Edit)[] edits =
        [
            ("a sentence added", () => File.AppendAllText(Articles[3], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n")),
            ("the same article again", () => File.AppendAllText(Articles[3], "\nOp 4 april 2023 volgde een tweede besluit.\n")),
            ("a date changed", () => File.WriteAllText(Articles[5], File.ReadAllText(Articles[5]).Replace("20", "19", StringComparison.Ordinal))),
            ("an article deleted", () => File.Delete(Articles[7])),
            ("an article added", () => File.Copy(Articles[0], Path.Combine(_corpus.Input, "zz-kopie.md"))),
            ("an edit undone", () => File.Delete(Path.Combine(_corpus.Input, "zz-kopie.md"))),
        ];
        foreach (var (what, edit) in edits)
        {
            edit();
            Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
            Assert.True(CleanTree().SequenceEqual(SiteRun.Tree(Options.Output)), $"after {what}: the site differs from a build without cache");
            Assert.Equal(Expected(), Counts());
            sizes.Add(new[] { "articles", "events", "bodies", "pages" }.Sum(k => new FileInfo(Store.PathOf(k)).Length));
        }
        Assert.True(sizes.Max() < sizes.Min() * 1.2, $"pack sizes: {string.Join(", ", sizes)}");
    }

    [Fact]
    public void A_serve_session_keeps_the_packs_whole_though_it_reads_only_what_changed()
    {
        var memory = new SessionMemory();
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(Options) { Memory = memory }.Compose(new DiagnosticBag()).Outcome);
        var (articles, events, bodies, _) = Expected();
        Assert.Equal((articles, events, bodies), (Store.CountOnDisk("articles"), Store.CountOnDisk("events"), Store.CountOnDisk("bodies")));

        File.AppendAllText(Articles[2], "\nDe provincie meldde op 4 april 2023 een tegenvaller.\n");
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(Options) { Memory = memory }.Compose(new DiagnosticBag()).Outcome);

        Assert.Equal((articles, events, bodies), (Store.CountOnDisk("articles"), Store.CountOnDisk("events"), Store.CountOnDisk("bodies")));
        var stored = new StoredArticles(Store, "nl");
        new ArticleLoader(new Lazy<TemporalTagger>(() => TemporalTagger.Create("nl", compiled: false)), "nl") { Parallelism = 2, Reuse = stored }
            .LoadFolder(Options.Input, new DiagnosticBag(), BuildProgress.Silent);
        Assert.Equal(articles, stored.Hits);
    }

    public void Dispose() => _corpus.Dispose();

    private SiteOptions Options => SiteRun.Options(_corpus.Root, "input") with { BaseUrl = "/repo/" };

    private string[] Articles => [.. Directory.GetFiles(_corpus.Input, "*.md").Order(StringComparer.Ordinal)];

    private CacheStore Store => new(_corpus.Root, ToolVersion.Current);

    // An entry per input file, per loaded article (the corpus has no skipped files): its events and its body; and per page.
    private (int Articles, int Events, int Bodies, int Pages) Expected()
    {
        var files = Directory.GetFiles(_corpus.Input, "*", SearchOption.AllDirectories).Length;
        var pages = Directory.Exists(Options.Output) ? Directory.GetFiles(Options.Output, "*.html", SearchOption.AllDirectories).Length : 0;
        return (files, files, files, pages);
    }

    private (int Articles, int Events, int Bodies, int Pages) Counts() =>
        (Store.CountOnDisk("articles"), Store.CountOnDisk("events"), Store.CountOnDisk("bodies"), Store.CountOnDisk("pages"));

    private SortedDictionary<string, string> CleanTree()
    {
        var cleanOptions = Options with { Output = Path.Combine(_corpus.Root, "_clean") };
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(cleanOptions) { UseCache = false }.Build(new DiagnosticBag()).Outcome);
        return SiteRun.Tree(cleanOptions.Output);
    }
}
