using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Output;

/// <summary>
/// A rebuild stages into the tree the last build swapped out (<see cref="SpareTree"/>) instead of an empty folder:
/// it must publish the bytes of a clean build, keep the site it replaces as the next spare, and never write through a
/// hard link the spare shares with the published site.
/// </summary>
public sealed class SpareTreeTests : IDisposable
{
    private readonly GeneratedCorpus _corpus = new(30);

    private SiteOptions Options => SiteRun.Options(_corpus.Root, "input") with { BaseUrl = "/repo/" };

    private string[] Articles => [.. Directory.GetFiles(_corpus.Input, "*.md").Order(StringComparer.Ordinal)];

    private string SpareFolder => Path.Combine(Directory.GetDirectories(Path.Combine(_corpus.Root, CacheStore.FolderName)).Single(), "spare");

    [Fact]
    public void A_rebuild_keeps_the_site_it_replaces_as_the_spare_and_the_next_rebuild_publishes_a_clean_build_from_it()
    {
        Assert.True(SiteRun.Build(Options).Report.Published);
        File.AppendAllText(Articles[2], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");
        var first = SiteRun.Tree(Options.Output);

        Assert.True(SiteRun.Build(Options).Report.Published);
        Assert.Equal(first, SiteRun.Tree(SpareFolder));
        var second = SiteRun.Tree(Options.Output);

        // Staged into the spare: an article gone (its page and folder must go), another edited.
        File.Delete(Articles[4]);
        File.AppendAllText(Articles[6], "\nDe provincie meldde op 4 april 2023 een tegenvaller.\n");
        Assert.True(SiteRun.Build(Options).Report.Published);

        Assert.Equal(second, SiteRun.Tree(SpareFolder));
        Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Options.Output, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        Assert.Equal([Options.Output], Directory.GetDirectories(_corpus.Root, "_site*"));
    }

    [Fact]
    public void A_spare_changed_since_it_was_recorded_is_dropped_and_the_rebuild_starts_from_an_empty_folder()
    {
        Assert.True(SiteRun.Build(Options).Report.Published);
        File.AppendAllText(Articles[2], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");
        Assert.True(SiteRun.Build(Options).Report.Published);
        // A stray file in the spare would be published if the spare were trusted.
        File.WriteAllText(Path.Combine(SpareFolder, "vreemd.html"), "<p>niet van SiteGen</p>");
        File.AppendAllText(Articles[6], "\nDe provincie meldde op 4 april 2023 een tegenvaller.\n");

        Assert.True(SiteRun.Build(Options).Report.Published);

        Assert.False(File.Exists(Path.Combine(Options.Output, "vreemd.html")));
        Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));
    }

    [Fact]
    public void Staging_into_a_spare_replaces_a_linked_file_and_never_writes_through_the_link_to_the_published_site()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "_site");
        var spare = Path.Combine(temp.Path, "spare");
        Directory.CreateDirectory(Path.Combine(output, "a"));
        Directory.CreateDirectory(Path.Combine(spare, "a"));
        var published = OutputFile.Text("a/index.html", "<p>gepubliceerd</p>");
        File.WriteAllBytes(Path.Combine(output, "a", "index.html"), published.Content);
        Assert.True(SiteGen.Platform.LibC.TryHardLink(Path.Combine(output, "a", "index.html"), Path.Combine(spare, "a", "index.html")));

        var staging = SiteStaging.Begin(output, new SpareTree(spare, new Dictionary<string, string> { ["a/index.html"] = published.Hash }));
        staging.Stage(OutputFile.Text("a/index.html", "<p>nieuw</p>"));

        Assert.Equal("<p>gepubliceerd</p>", File.ReadAllText(Path.Combine(output, "a", "index.html")));
        Assert.Equal("<p>nieuw</p>", File.ReadAllText(Path.Combine(staging.Folder, "a", "index.html")));
        Assert.False(Directory.Exists(spare));
    }

    [Fact]
    public void Writing_where_a_file_already_lies_fails_instead_of_writing_through_it()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "index.html");
        File.WriteAllText(target, "<p>gepubliceerd</p>");

        Assert.Throws<IOException>(() => SiteStaging.WriteNew(target, "<p>nieuw</p>"u8.ToArray()));
        Assert.Equal("<p>gepubliceerd</p>", File.ReadAllText(target));
    }

    public void Dispose() => _corpus.Dispose();

    private SortedDictionary<string, string> CleanTree()
    {
        var cleanOptions = Options with { Output = Path.Combine(_corpus.Root, "_clean") };
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(cleanOptions) { UseCache = false }.Build(new DiagnosticBag()).Outcome);
        return SiteRun.Tree(cleanOptions.Output);
    }
}
