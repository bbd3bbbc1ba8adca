using System.Security.Cryptography;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.BySession;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// Rebuilds that redo only what a change touched must give exactly the bytes of a clean build: a `serve` session
/// reusing articles, events, bodies and pages from its previous build, and a `build` that writes only changed files
/// into the output the last build left.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
{
    private readonly GeneratedCorpus _corpus = new(40);

    public IncrementalRebuildTests()
    {
        // A copy of the templates, so a test can edit them.
        foreach (var file in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_corpus.Root, "templates", Path.GetRelativePath(Repo.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private SiteOptions Options => SiteRun.Options(_corpus.Root, "input") with { BaseUrl = "/repo/" };

    private string[] Articles => [.. Directory.GetFiles(_corpus.Input, "*.md").Order(StringComparer.Ordinal)];

    // Every kind of change a maintainer makes between two builds, in the order the tests apply them.
    private (string What, Action Edit)[] Edits =>
    [
        ("a sentence added", () => File.AppendAllText(Articles[3], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n")),
        ("a title changed", () => File.WriteAllText(Articles[5], File.ReadAllText(Articles[5]).Replace("\ntitle: \"", "\ntitle: \"Herzien: ", StringComparison.Ordinal))),
        ("an article deleted", () => File.Delete(Articles[7])),
        ("an article added", () => File.Copy(Articles[0], Path.Combine(_corpus.Input, "zz-kopie.md"))),
        ("a UI string changed", () => Replace(Path.Combine(_corpus.Root, "templates", "i18n", "nl.yml"), "Zonder datum", "Datum onbekend")),
        ("a template changed", () => File.AppendAllText(Path.Combine(_corpus.Root, "templates", "article.sbn"), "\n<!-- herzien -->\n")),
    ];

    [Fact]
    public void A_serve_session_rebuild_gives_the_bytes_of_a_clean_build_after_every_kind_of_change()
    {
        var memory = new SessionMemory();
        Assert.Equal(Clean(), Session(memory));
        Assert.Equal(0, memory.Pages.LastCounts.Reused);

        foreach (var (what, edit) in Edits)
        {
            edit();
            var rebuilt = Session(memory);
            var clean = Clean();
            Assert.True(clean.SequenceEqual(rebuilt), $"after {what}: {string.Join(", ", clean.Keys.Where(k => !rebuilt.TryGetValue(k, out var v) || v != clean[k]).Take(5))}");
            if (what.StartsWith("a sentence", StringComparison.Ordinal))
                Assert.True(memory.Pages.LastCounts.Reused > memory.Pages.LastCounts.Rendered * 5,
                    $"one edited article re-renders a few pages, not the site: {memory.Pages.LastCounts}");
            if (what.StartsWith("a template", StringComparison.Ordinal) || what.StartsWith("a UI string", StringComparison.Ordinal))
                Assert.Equal(0, memory.Pages.LastCounts.Reused);
        }
    }

    [Fact]
    public void A_serve_session_rebuild_drafts_again_only_the_items_and_entries_an_edit_touched()
    {
        var memory = new SessionMemory();
        Session(memory);
        var (reused, drafted) = memory.Items.LastCounts;
        Assert.Equal(0, reused);
        Assert.True(drafted > 100, $"items of the first build: {drafted}");

        Assert.Equal((0, drafted), memory.Entries.LastCounts);

        // The items of articles dated from the dossier are drafted again every build, like those of refined articles
        // (refinement is made again every build, see the test below): exactly the items such an article reports in,
        // the same in every unchanged build, and no others.
        Session(memory);
        var (same, redated) = memory.Items.LastCounts;
        Assert.Equal(drafted, same + redated);
        Assert.Equal(ItemsOfRedatedArticles(), redated);
        Assert.InRange(redated, 0, drafted / 8);
        Assert.Equal((same, redated), memory.Entries.LastCounts);
        Session(memory);
        Assert.Equal((same, redated), memory.Items.LastCounts);
        // Every article page but those of the articles dated again is kept by its inputs alone, without its model
        // being made or keyed.
        var articlePages = Directory.GetFiles(_corpus.Input).Length;
        var samePages = memory.Pages.LastSame;
        Assert.InRange(samePages, articlePages - 10, articlePages);

        File.AppendAllText(Articles[3], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");
        Session(memory);
        var (kept, again) = memory.Items.LastCounts;
        Assert.InRange(again, redated + 1, redated + 40);
        Assert.True(kept > drafted - redated - 40, $"items reused after one edit: {kept} of {drafted}");
        Assert.InRange(memory.Pages.LastSame, samePages - 10, samePages - 1);
        // Entries citing the edited article are made again (its sentence anchors may have moved); the rest are reused.
        var (entriesKept, entriesMade) = memory.Entries.LastCounts;
        Assert.InRange(entriesMade, again, redated + 80);
        Assert.Equal(kept + again, entriesKept + entriesMade);
    }

    [Fact]
    public void An_article_renamed_for_a_clashing_slug_stays_one_object_through_a_session_and_only_refined_articles_are_drafted_again()
    {
        // The seeds hold an article whose month date is refined to a day by another article's report. Refinement is
        // made again every build (remembering it cost more than it saved, see the memories probe), so the items of
        // that article are drafted again; every other item, and the renamed article's, is kept.
        using var site = new TempFolder();
        var input = Path.Combine(site.Path, "input");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Repo.Seeds)) File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        // The same article under a second file name: same title, so its slug clashes and gets a suffix.
        var first = Directory.GetFiles(input).Order(StringComparer.Ordinal).First();
        File.Copy(first, Path.Combine(input, "zz-" + Path.GetFileName(first)));
        var options = SiteRun.Options(site.Path, "input") with { Templates = Repo.Templates, Wwwroot = Repo.Wwwroot };
        var memory = new SessionMemory();
        ComposedSite Compose() => new SiteBuilder(options) { Memory = memory }.Compose(new DiagnosticBag());

        Assert.Equal(BuildOutcome.Success, Compose().Outcome);
        var before = memory.Items.LastCounts.Drafted;
        var builder = new SiteBuilder(options) { Memory = memory };
        var diagnostics = new DiagnosticBag();
        Assert.Equal(BuildOutcome.Success, builder.Compose(diagnostics).Outcome);
        Assert.Contains(diagnostics.Sorted, d => d.Code == "SG0120");

        var (kept, again) = memory.Items.LastCounts;
        Assert.Equal(before, kept + again);
        Assert.InRange(again, 1, before / 3);
        Assert.Equal((kept, again), memory.Entries.LastCounts);
    }

    [Fact]
    public void A_build_keeps_the_pages_of_the_last_build_whose_key_is_unchanged_and_matches_a_clean_build_after_every_kind_of_change()
    {
        var first = SiteRun.Build(Options).Report;
        Assert.Equal(BuildOutcome.Success, first.Outcome);
        Assert.Equal(0, first.Pages!.Value.Unchanged);

        foreach (var (what, edit) in Edits)
        {
            edit();
            var report = SiteRun.Build(Options).Report;
            Assert.Equal(BuildOutcome.Success, report.Outcome);
            Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));
            var (rendered, unchanged) = report.Pages!.Value;
            if (what.StartsWith("a sentence", StringComparison.Ordinal))
                Assert.True(unchanged > rendered * 5, $"after {what}: one edited article re-renders a few pages, not the site: {report.Pages}");
            if (what.StartsWith("a template", StringComparison.Ordinal) || what.StartsWith("a UI string", StringComparison.Ordinal))
                Assert.Equal(0, unchanged);
        }
    }

    [Fact]
    public void A_page_kept_from_the_last_build_is_read_back_when_its_verdict_is_gone_and_a_hand_edited_output_keeps_nothing()
    {
        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
        // Everything cached but the record of the last build: kept pages must be verified from the bytes on disk.
        var version = Directory.GetDirectories(Path.Combine(_corpus.Root, CacheStore.FolderName)).Single();
        foreach (var entry in Directory.EnumerateFileSystemEntries(version).Where(e => Path.GetFileName(e) != LastBuild.FileName))
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true); else File.Delete(entry);
        File.AppendAllText(Articles[2], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");

        var kept = SiteRun.Build(Options).Report;
        Assert.Equal(BuildOutcome.Success, kept.Outcome);
        Assert.True(kept.Pages!.Value.Unchanged > 0, $"pages kept: {kept.Pages}");
        Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));

        // A page changed by hand: the output is no longer what the last build wrote, so no page of it is trusted.
        var page = Directory.EnumerateFiles(Path.Combine(Options.Output, "artikelen"), "index.html", SearchOption.AllDirectories).First();
        File.AppendAllText(page, "<!-- hand edit -->");
        File.AppendAllText(Articles[6], "\nDe provincie meldde op 4 april 2023 een tegenvaller.\n");
        var afterHandEdit = SiteRun.Build(Options).Report;
        Assert.Equal(BuildOutcome.Success, afterHandEdit.Outcome);
        Assert.Equal(0, afterHandEdit.Pages!.Value.Unchanged);
        Assert.Equal(CleanTree(), SiteRun.Tree(Options.Output));
    }

    [Fact]
    public void A_rebuild_writes_only_changed_files_in_place_and_matches_a_clean_build()
    {
        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
        var untouched = Path.Combine(Options.Output, "404.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        Thread.Sleep(20); // a rewritten file would get a later write time
        File.AppendAllText(Articles[2], "\nDe gemeenteraad besloot op 3 maart 2023 tot een nieuw onderzoek.\n");
        var built = SiteRun.Build(Options);

        Assert.Equal(BuildOutcome.Success, built.Report.Outcome);
        Assert.Equal(before, File.GetLastWriteTimeUtc(untouched));
        var cleanOptions = Options with { Output = Path.Combine(_corpus.Root, "_clean") };
        var clean = new SiteBuilder(cleanOptions) { UseCache = false }.Build(new DiagnosticBag());
        Assert.Equal(BuildOutcome.Success, clean.Outcome);
        Assert.Equal(SiteRun.Tree(cleanOptions.Output), SiteRun.Tree(Options.Output));
        Assert.Empty(Directory.EnumerateFiles(Options.Output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_rebuild_deletes_the_pages_of_a_removed_article_and_their_folders()
    {
        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);
        var folders = Directory.GetDirectories(Path.Combine(Options.Output, "artikelen")).Length;
        File.Delete(Articles[4]);

        Assert.Equal(BuildOutcome.Success, SiteRun.Build(Options).Report.Outcome);

        Assert.Equal(folders - 1, Directory.GetDirectories(Path.Combine(Options.Output, "artikelen")).Length);
        Assert.DoesNotContain(Directory.EnumerateDirectories(Options.Output, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        var cleanOptions = Options with { Output = Path.Combine(_corpus.Root, "_clean") };
        new SiteBuilder(cleanOptions) { UseCache = false }.Build(new DiagnosticBag());
        Assert.Equal(SiteRun.Tree(cleanOptions.Output), SiteRun.Tree(Options.Output));
    }

    public void Dispose() => _corpus.Dispose();

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private SortedDictionary<string, string> CleanTree()
    {
        var cleanOptions = Options with { Output = Path.Combine(_corpus.Root, "_clean") };
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(cleanOptions) { UseCache = false }.Build(new DiagnosticBag()).Outcome);
        return SiteRun.Tree(cleanOptions.Output);
    }

    // The timeline items with a report from an article whose date another article gave (refined or dossier-dated).
    private int ItemsOfRedatedArticles()
    {
        var tagger = SiteGen.Temporal.TemporalTagger.Create("nl");
        var articles = new SiteGen.Articles.ArticleLoader(tagger).LoadFolder(_corpus.Input, new DiagnosticBag());
        var result = new SiteGen.Timeline.TimelineBuilder(tagger).Build(articles);
        var redated = result.Articles.Where(a => a.Date?.From is not null).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(redated);
        return result.Timeline.Items.Count(i => i.Sources.Any(s => redated.Contains(s.ArticleId)));
    }

    private SortedDictionary<string, string> Session(SessionMemory memory) =>
        Hashes(new SiteBuilder(Options) { Parallelism = 2, Memory = memory }.Compose(new DiagnosticBag()));

    private SortedDictionary<string, string> Clean() =>
        Hashes(new SiteBuilder(Options) { Parallelism = 1, UseCache = false }.Compose(new DiagnosticBag()));

    private static SortedDictionary<string, string> Hashes(ComposedSite site)
    {
        Assert.NotEmpty(site.Files);
        return new(site.Files.ToDictionary(f => f.Path, f => Convert.ToHexString(SHA256.HashData(f.Content))), StringComparer.Ordinal);
    }
}
