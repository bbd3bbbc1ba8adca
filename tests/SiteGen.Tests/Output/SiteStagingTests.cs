using SiteGen.Output;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Output;

public class SiteStagingTests
{
    [Fact]
    public void A_staged_file_keeps_its_path_and_hash_and_reads_its_bytes_back_from_the_folder()
    {
        using var temp = new TempFolder();
        var staging = SiteStaging.Begin(Path.Combine(temp.Path, "_site"));
        var page = OutputFile.Text("a/index.html", "<p>één</p>");

        var staged = staging.Stage(page);

        Assert.Equal((page.Path, page.Hash, staging.Folder), (staged.Path, staged.Hash, staged.StagedIn));
        Assert.Equal(page.Content, File.ReadAllBytes(Path.Combine(staging.Folder, "a", "index.html")));
        Assert.Equal(page.Content, staged.Content);
        Assert.Same(staged, staging.Stage(staged));
    }

    [Fact]
    public void A_streamed_file_is_written_to_the_folder_as_it_is_made_and_hashed_from_what_was_written()
    {
        using var temp = new TempFolder();
        var staging = SiteStaging.Begin(Path.Combine(temp.Path, "_site"));
        var writes = 0;
        var file = OutputFile.Streamed("events.json", stream =>
        {
            writes++;
            for (var i = 0; i < 1000; i++) stream.Write(System.Text.Encoding.UTF8.GetBytes($"{{\"id\":{i}}},"));
        });

        var staged = staging.Stage(file);

        Assert.Equal(1, writes);
        var written = File.ReadAllBytes(Path.Combine(staging.Folder, "events.json"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(written)), staged.Hash);
        Assert.Equal(file.Content, written);
        Assert.Equal(file.Hash, staged.Hash);
    }

    [Fact]
    public void Two_files_at_one_path_are_a_bug_reported_at_once_not_a_page_silently_overwritten()
    {
        using var temp = new TempFolder();
        var staging = SiteStaging.Begin(Path.Combine(temp.Path, "_site"));
        staging.Stage(OutputFile.Text("tijdlijn/2012/10/index.html", "<p>oktober</p>"));

        var error = Assert.Throws<InvalidOperationException>(() => staging.Stage(OutputFile.Text("tijdlijn/2012/10/index.html", "<p>deel 10</p>")));

        Assert.Contains("tijdlijn/2012/10/index.html", error.Message);
        Assert.Equal("<p>oktober</p>", File.ReadAllText(Path.Combine(staging.Folder, "tijdlijn", "2012", "10", "index.html")));
        staging.Discard();
        Assert.False(Directory.Exists(staging.Folder));
    }
}
