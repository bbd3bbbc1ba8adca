using FsCheck.Xunit;
using SiteGen.Cli;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Arbitrary text as articles (plain and Markdown, with and without front matter) through a whole build: it always
/// publishes, verification passes, and nothing in the output is injected. Builds are costly, so fewer cases run here
/// than in <see cref="LoaderProperties"/>.
/// </summary>
[Properties(Arbitrary = [typeof(HostileInputs)], MaxTest = 12)]
public class BuildProperties
{
    [Property]
    public bool A_build_of_any_text_publishes_and_verifies(string text, string yaml)
    {
        using var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "platte.txt"), text, FixtureSite.Utf8);
        File.WriteAllText(Path.Combine(site.Input, "markdown.md"), text, FixtureSite.Utf8);
        File.WriteAllText(Path.Combine(site.Input, "voorwerk.md"), $"---\n{yaml}\n---\n{text}", FixtureSite.Utf8);

        var (code, output) = site.Build();

        return code == (int)ExitCode.Success
            && !output.Contains(": error ")
            && InjectionScan.Problems(site.Output, Path.Combine(site.Root, "wwwroot")).Count == 0;
    }

    /// <summary>The case FsCheck found: a lead that reads like a script URL becomes the page description, which is text.</summary>
    [Fact]
    public void An_article_whose_text_reads_like_a_script_url_publishes()
    {
        Assert.True(A_build_of_any_text_publishes_and_verifies("javascript:alert(1)xE$4", "\"R"));
    }

    /// <summary>
    /// The case FsCheck found: a Markdown article starting with a backslash. The date marker inserted after it was
    /// escaped (`\<span` came out as text, its `</span>` did not) and verification failed on the page.
    /// </summary>
    [Theory]
    [InlineData("\\dit voorjaar}\u001c")]
    [InlineData("Het besluit van 2024\\ volgt.")]
    [InlineData("\\\\dit voorjaar en \\*vorig jaar\\*")]
    public void A_markdown_article_with_a_backslash_before_a_date_publishes(string text) =>
        Assert.True(A_build_of_any_text_publishes_and_verifies(text, "x"));
}
