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
}
