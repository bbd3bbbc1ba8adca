using System.Diagnostics;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Tests.Robustness;
using Xunit;

namespace SiteGen.Tests.Loading;

/// <summary>
/// A build reads only regular files inside its input folder: a link leading out is named and not followed (nothing of
/// its target reaches the site or the cache), a loop of folder links ends at once, pipes, sockets and devices are named
/// and never opened, and an odd file is one warning, not an exit 74. Each build here must end within a minute (on a
/// build that opened the pipe or walked the loop it never ended).
/// </summary>
public class InputWalkingTests
{
    private const string Secret = "GEHEIM-7f3a9c";

    private static readonly string Article = "Kop van het artikel\n\nOp 4 maart 2022 sprak de minister in Den Haag over stikstof.\n";

    private static async Task<(int Code, string Output)> BuildWithin(FixtureSite site, params string[] extra)
    {
        var build = Task.Run(() => site.Run(["build", "--input", "input", "--output", "_site", .. extra]));
        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))));
        return await build;
    }

    private static async Task Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private static FixtureSite SiteWithSecretOutside()
    {
        var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "goed.txt"), Article);
        Directory.CreateDirectory(Path.Combine(site.Root, "buiten"));
        File.WriteAllText(Path.Combine(site.Root, "buiten", "geheim.txt"), $"{Secret}\n\nOp 5 maart 2022 lekte {Secret} uit.\n");
        return site;
    }

    private static void AssertNowhere(FixtureSite site, string text)
    {
        foreach (var folder in new[] { site.Output, Path.Combine(site.Root, ".sitegen-cache") }.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                Assert.False(File.ReadAllText(file).Contains(text, StringComparison.Ordinal), $"{file} holds what lies outside the input");
    }

    [Theory]
    [InlineData("geheim.txt", "buiten/geheim.txt")]
    [InlineData("buiten-map", "buiten")]
    [InlineData("wachtwoorden.txt", "/etc/passwd")]
    [InlineData("root", "/")]
    public async Task A_link_leading_out_of_the_input_is_named_and_not_followed(string link, string target)
    {
        using var site = SiteWithSecretOutside();
        File.CreateSymbolicLink(Path.Combine(site.Input, link), target.StartsWith('/') ? target : Path.Combine(site.Root, target));

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Matches($@"(?m)^input/{link}: warning SG0121: The link leads outside the folder \(to '.*'\); it is not followed\. Fix: ", output);
        Assert.Contains("1 articles built", output);
        AssertNowhere(site, Secret);
        AssertNowhere(site, "root:x:0:0");
    }

    [Fact]
    public async Task A_link_inside_the_input_is_followed()
    {
        using var site = FixtureSite.Empty();
        Directory.CreateDirectory(Path.Combine(site.Input, "echt"));
        File.WriteAllText(Path.Combine(site.Input, "echt", "artikel.txt"), Article);
        File.CreateSymbolicLink(Path.Combine(site.Input, "ook.txt"), Path.Combine("echt", "artikel.txt"));

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("2 articles built", output);
        Assert.DoesNotContain("SG0121", output);
    }

    [Fact]
    public async Task Folder_links_forming_loops_end_at_once()
    {
        using var site = FixtureSite.Empty();
        var a = Directory.CreateDirectory(Path.Combine(site.Input, "a")).FullName;
        File.WriteAllText(Path.Combine(a, "artikel.txt"), Article);
        File.CreateSymbolicLink(Path.Combine(a, "terug"), "..");
        File.CreateSymbolicLink(Path.Combine(site.Input, "x"), Path.Combine(site.Input, "y"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "y"), Path.Combine(site.Input, "x"));
        Directory.CreateDirectory(Path.Combine(site.Input, "p"));
        Directory.CreateDirectory(Path.Combine(site.Input, "q"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "p", "naar-q"), Path.Combine("..", "q"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "q", "naar-p"), Path.Combine("..", "p"));

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("input/a/terug/: warning SG0123: This folder link leads to a folder that is already read", output);
        Assert.Contains("input/x: warning SG0121: The link leads to nothing (its target does not exist, or links loop)", output);
        Assert.Contains("input/p/naar-q/: warning SG0123", output);
        Assert.Contains("input/q/naar-p/: warning SG0123", output);
        Assert.Contains("1 articles built", output);
    }

    [Fact]
    public async Task Pipes_and_sockets_are_named_and_never_opened()
    {
        using var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "goed.txt"), Article);
        var pipe = Path.Combine(site.Input, "pijp.md");
        await Run("mkfifo", pipe);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(site.Input, "sok.txt")));

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("input/pijp.md: warning SG0122: This is a named pipe (FIFO), not a regular file; it is skipped and never opened.", output);
        Assert.Contains("input/sok.txt: warning SG0122: This is a socket, not a regular file", output);

        // extract and verify meet the pipe too: named, not opened.
        var extract = Task.Run(() => site.Run(["extract", "input", "input/pijp.md"]));
        Assert.Same(extract, await Task.WhenAny(extract, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Contains("pijp.md: warning SG0122", (await extract).Output);
        File.Move(pipe, Path.Combine(site.Output, "pijp.html"));
        var verify = Task.Run(() => site.Run(["verify", "_site"]));
        Assert.Same(verify, await Task.WhenAny(verify, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Contains("_site/pijp.html: warning SG0122", (await verify).Output);
    }

    [Fact]
    public async Task A_huge_file_is_skipped_by_its_size_before_it_is_read()
    {
        using var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "goed.txt"), Article);
        // Sparse: 3 GB on paper, nothing on disk. Reading it whole failed the up-to-date check with exit 74.
        using (var huge = File.Create(Path.Combine(site.Input, "groot.txt"))) huge.SetLength(3L << 30);
        using (var video = File.Create(Path.Combine(site.Input, "film.mp4"))) video.SetLength(1536L << 20);

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("input/groot.txt: warning SG0105: The file is 3072.0 MB; articles larger than 1 MB are skipped.", output);
        Assert.Contains("1 articles built", output);
        // The up-to-date check covers the huge file by its size: unchanged, the next build has nothing to do.
        Assert.Contains("is up to date", (await BuildWithin(site)).Output);
    }

    [Fact]
    public async Task A_dangling_link_and_an_unusable_file_name_are_one_warning_each_not_an_io_failure()
    {
        using var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "goed.txt"), Article);
        File.CreateSymbolicLink(Path.Combine(site.Input, "weg.txt"), Path.Combine(site.Root, "bestaat-niet.txt"));
        await Run("python3", "-c", $"open(b'{site.Input}/caf\\xe9.txt','wb').write(b'Kop\\n\\nTekst.\\n')");

        var (code, output) = await BuildWithin(site);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains("input/weg.txt: warning SG0121: The link leads to nothing", output);
        Assert.Contains("input/caf\uFFFD.txt: warning SG0125: The name of this file is not valid UTF-8", output);
        Assert.DoesNotContain("SG6001", output);
    }
}
