using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// A file name or a front-matter value holding a newline or a terminal escape cannot forge a diagnostic line, a CI
/// workflow command or clear the screen: every line the build prints is one of its own, with the characters escaped.
/// </summary>
public partial class ControlCharacterTests
{
    [Fact]
    public void Names_and_values_with_control_characters_are_printed_escaped()
    {
        using var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "boos\n::error file=README.md,line=1::vals.txt"), "");
        File.WriteAllText(Path.Combine(site.Input, "::warning::begin.txt"), "");
        File.WriteAllText(Path.Combine(site.Input, "artikel.md"),
            "---\n\"\\e[2J\\e[1;31m\\n::error::nep\": 1\n---\nOp 4 maart 2022 gebeurde iets in Den Haag.\n");

        // Through the command line as printed (FixtureSite.Build would turn the backslashes of the escapes into '/').
        var (code, stdout, stderr) = SiteRun.Cli(site.Root, "build", "--input", "input", "--verbose", "--no-cache");
        var output = stdout + stderr;

        Assert.Equal((int)ExitCode.Success, code);
        Assert.DoesNotContain('\u001b', output);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.True(OwnLine().IsMatch(line), $"not a line of the build: {line}");
        }
        Assert.Contains(@"input/boos\n::error file=README.md,line=1::vals.txt: warning SG0101:", output);
        Assert.Contains(@"input/artikel.md(2,1): info SG0114: Unknown front-matter field '\x1B[2j\x1B[1;31m\n::error::nep'", output);
    }

    // A diagnostic (file: or file(line,col): severity SGnnnn:), a progress line, the stage profile, a theme file (--verbose) or the summary.
    [GeneratedRegex(@"^(\S.*?(\(\d+,\d+\))?: (info|warning|error) SG\d{4}: |[a-z]+: (\d+ \.\.\.|done in)|stages: |theme: |\d+ articles built)")]
    private static partial Regex OwnLine();
}
