using System.Text;
using SiteGen.Cli;
using SiteGen.Output;
using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Output;

/// <summary>
/// A disk that fills up or turns read-only during a rebuild: exit 74 with SG6001 naming the output, the file being
/// written and the real cause; the published site exactly as it was; nothing left beside it.
/// </summary>
public class WriteFailureTests
{
    private const string Article = "Kop van het artikel\n\nOp 4 maart 2022 sprak de minister in Den Haag over stikstof.\n";

    private static FixtureSite SiteOnDisk(out Tmpfs disk)
    {
        var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "artikel.txt"), Article);
        disk = new Tmpfs(Path.Combine(site.Root, "schijf"), 8 * 1024);
        return site;
    }

    private static (int Code, string Output) Build(FixtureSite site) =>
        site.Run(["build", "--input", "input", "--output", "schijf/_site"]);

    [MountFact]
    public void A_full_disk_fails_the_rebuild_with_the_cause_and_keeps_the_old_site()
    {
        using var site = SiteOnDisk(out var disk);
        using (disk)
        {
            Assert.Equal((int)ExitCode.Success, Build(site).Code);
            var output = Path.Combine(disk.Folder, "_site");
            var before = FailedBuildTests.Snapshot(output);
            // Room for the site and a little more: not for the page of an article of 400 KB (without dates: cheap to build).
            disk.Remount($"size={disk.UsedKilobytes + 128}k");
            var sentence = "De minister sprak in Den Haag uitgebreid over de stikstofregels. ";
            File.WriteAllText(Path.Combine(site.Input, "lang.txt"), "Een heel lang artikel\n\n" + new StringBuilder().Insert(0, sentence, 400 * 1024 / sentence.Length));

            var (code, printed) = Build(site);

            Assert.True(code == (int)ExitCode.IoError, printed);
            Assert.Matches(@"(?m)^schijf/_site: error SG6001: The site cannot be written \(no space left on the device while writing [^)]+\); the previous site is left as it was\. Fix: Free space on that disk", printed);
            Assert.DoesNotContain("internal error", printed);
            Assert.Equal(before, FailedBuildTests.Snapshot(output));
            Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(disk.Folder).Select(Path.GetFileName));

            // Room again: the next build publishes.
            File.Delete(Path.Combine(site.Input, "lang.txt"));
            File.AppendAllText(Path.Combine(site.Input, "artikel.txt"), "\nOp 6 maart 2022 kwam er een akkoord.\n");
            Assert.Equal((int)ExitCode.Success, Build(site).Code);
        }
    }

    [MountFact]
    public void A_read_only_disk_fails_the_rebuild_with_the_cause_and_keeps_the_old_site()
    {
        using var site = SiteOnDisk(out var disk);
        using (disk)
        {
            Assert.Equal((int)ExitCode.Success, Build(site).Code);
            var output = Path.Combine(disk.Folder, "_site");
            var before = FailedBuildTests.Snapshot(output);
            disk.Remount("ro");
            File.AppendAllText(Path.Combine(site.Input, "artikel.txt"), "\nOp 6 maart 2022 kwam er een akkoord.\n");

            var (code, printed) = Build(site);

            Assert.Equal((int)ExitCode.IoError, code);
            Assert.Matches(@"(?m)^schijf/_site: error SG6001: .*\(the file system is read-only\).* Fix: Pass an --output folder on a writable file system\.", printed);
            Assert.DoesNotContain("internal error", printed);
            Assert.Equal(before, FailedBuildTests.Snapshot(output));
            disk.Remount("rw");
            Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(disk.Folder).Select(Path.GetFileName));
        }
    }
}
