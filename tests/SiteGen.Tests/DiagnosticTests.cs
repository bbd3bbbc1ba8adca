using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests;

public class DiagnosticTests
{
    [Fact]
    public void Prints_in_msbuild_form_with_fix()
    {
        var d = new Diagnostic(Severity.Warning, "SG0101", "seeds/a.md", 3, 7, "Unknown date 'gisteren'.", "Write date: 2022-02-04.");
        Assert.Equal("seeds/a.md(3,7): warning SG0101: Unknown date 'gisteren'. Fix: Write date: 2022-02-04.", d.ToString());
    }

    [Fact]
    public void Without_line_names_only_the_file()
    {
        var d = new Diagnostic(Severity.Error, "SG0001", "seeds/a.md", 0, 0, "Cannot read.");
        Assert.Equal("seeds/a.md: error SG0001: Cannot read.", d.ToString());
    }

    [Fact]
    public void A_bag_under_a_folder_names_files_as_the_maintainer_typed_the_folder()
    {
        var bag = new DiagnosticBag();
        var seeds = bag.Under("seeds");
        seeds.Warning("SG0101", "a.md", 3, 7, "Unknown date.");
        seeds.Under("sub").Error("SG0001", "b.txt", 0, 0, "Cannot read.");
        bag.Under(".").Warning("SG0101", "c.md", 0, 0, "Here.");
        seeds.Error("SG0100", "/abs/path", 0, 0, "Rooted paths stay.");

        Assert.Equal(["/abs/path", "c.md", "seeds/a.md", "seeds/sub/b.txt"], bag.Sorted.Select(d => d.File));
        Assert.Equal(2, seeds.ErrorCount);
        Assert.Equal(2, bag.WarningCount);
    }

    [Theory]
    [InlineData("a\n::error file=b.md::vals.md", "a\\n::error file=b.md::vals.md")]
    [InlineData("\u001b[2Jwis.md", "\\x1B[2Jwis.md")]
    [InlineData("om\u202Egnik.md", "om\\u{202E}gnik.md")]
    [InlineData("::error::x.md", "./::error::x.md")]
    [InlineData("tab\tcr\r.md", "tab\\tcr\\r.md")]
    [InlineData("emoji 📰 en accénten.md", "emoji 📰 en accénten.md")]
    public void Control_characters_in_names_and_values_are_shown_escaped(string name, string shown)
    {
        var d = new Diagnostic(Severity.Warning, "SG0114", name, 2, 1, $"Unknown field '{name}'.", $"Rename '{name}'.");

        var line = d.ToString();

        Assert.StartsWith(shown + "(2,1): warning SG0114: ", line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\u202E', line);
        Assert.Contains(shown.TrimStart('.', '/'), line[(shown.Length + 1)..]);
    }

    [Fact]
    public void A_lone_surrogate_is_shown_by_its_code()
    {
        var d = new Diagnostic(Severity.Warning, "SG0114", "kapot" + '\uD800' + ".md", 0, 0, "Lone.");
        Assert.Equal(@"kapot\u{D800}.md: warning SG0114: Lone.", d.ToString());
    }
}
