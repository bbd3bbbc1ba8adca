using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;
using SiteGen.Verification;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.Tests.Output;

/// <summary>
/// Kills the real tool (<c>kill -9</c>) at random moments of an incremental rebuild's write stage, again and again, and
/// checks after each kill that the published folder is exactly the old site or exactly the new one (every file's
/// bytes, and <c>sitegen verify</c> against its manifest), then that the next build repairs what the kill left.
/// SITEGEN_KILLS sets how many kills (default 6, to keep the suite short; the closing note gives the figures of a longer run).
/// </summary>
public class KillTests(ITestOutputHelper log)
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "SiteGen.dll");

    [Fact]
    public async Task A_rebuild_killed_at_any_point_of_its_write_leaves_the_old_site_or_the_new_one_whole()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_KILLS"), out var n) ? n : 6;
        using var corpus = new GeneratedCorpus(60);
        using var temp = new TempFolder();
        var root = temp.CopySite(input: "old");
        FixtureSite.CopyTree(corpus.Input, Path.Combine(root, "old"));
        // The new input: a third of the articles edited, one removed, one added.
        var fresh = Path.Combine(root, "new");
        FixtureSite.CopyTree(corpus.Input, fresh);
        var articles = Directory.GetFiles(fresh, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in articles.Where((_, i) => i % 3 == 0)) File.AppendAllText(file, "\n\nOp 9 maart 2023 kwam daar een vervolg op.\n");
        File.Delete(articles[^1]);
        File.WriteAllText(Path.Combine(fresh, "nieuw-artikel.txt"), "Een nieuw artikel\n\nOp 10 maart 2023 sprak de minister in Den Haag.\n");

        var oldSite = Published(root, "old");
        var newSite = Published(root, "new");
        Assert.NotEqual(oldSite, newSite);

        // How long an unkilled write takes, from the line that starts it to the end of the process.
        Published(root, "old");
        var write = (await Spawn(root, "new", killAfter: null)).Write;
        log.WriteLine($"write stage of an unkilled rebuild: {write.TotalMilliseconds:0} ms");

        var random = new Random(20261207);
        var (asOld, asNew) = (0, 0);
        for (var i = 0; i < kills; i++)
        {
            Published(root, "old");
            // Spread over the write and a little past it (the swap, removing the old tree, the record).
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * write.TotalMilliseconds * 1.3);
            await Spawn(root, "new", delay);
            var now = FailedBuildTests.Snapshot(Path.Combine(root, "_site"));
            if (now.SequenceEqual(oldSite)) asOld++;
            else if (now.SequenceEqual(newSite)) asNew++;
            else Assert.Fail($"kill {i + 1} at {delay.TotalMilliseconds:0} ms left neither the old site nor the new one ({now.Count} files)");
            var diagnostics = new DiagnosticBag();
            Assert.Equal(0, SiteVerifier.Default.Verify(Path.Combine(root, "_site"), "/", "_site", diagnostics));
        }
        log.WriteLine($"{kills} kills: {asOld} left the old site, {asNew} the new one, 0 anything else");

        // The next build repairs: the new site published, nothing left beside it.
        Assert.Equal(newSite, Published(root, "new"));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(root, "_site*").Select(Path.GetFileName).ToList());
    }

    private static IReadOnlyList<string> Published(string root, string input)
    {
        var (exit, _, error) = SiteRun.Cli(root, "build", "--input", input, "--quiet");
        Assert.True(exit == (int)ExitCode.Success, error);
        return FailedBuildTests.Snapshot(Path.Combine(root, "_site"));
    }

    /// <summary>Runs the tool; kills it <paramref name="killAfter"/> after its write stage began (null: lets it finish).</summary>
    private static async Task<(TimeSpan Write, bool Killed)> Spawn(string root, string input, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet", [Tool, "build", "--input", input])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var writing = new TaskCompletionSource<Stopwatch>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("write: ", StringComparison.Ordinal) == true && !e.Data.Contains("done")) writing.TrySetResult(Stopwatch.StartNew());
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var began = await Task.WhenAny(writing.Task, process.WaitForExitAsync());
        Assert.Same(writing.Task, began);
        var clock = await writing.Task;
        if (killAfter is { } delay)
        {
            while (clock.Elapsed < delay && !process.HasExited) await Task.Yield();
            if (!process.HasExited) process.Kill(); // SIGKILL on Unix
        }
        await process.WaitForExitAsync();
        return (clock.Elapsed, killAfter is not null);
    }
}
