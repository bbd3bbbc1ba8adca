using SiteGen.Cli;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// One Markdown article with raw HTML left open cannot take the rest of the article, or the site, with it: the element is
/// shown as text, the article is named at the tag (file(line,col)), its later sentences keep their anchors and dates,
/// and the site is published.
/// </summary>
public class UnclosedHtmlTests
{
    private static readonly string[] Elements = ["script", "style", "textarea", "title", "iframe", "select", "noembed", "noframes", "plaintext"];

    [Fact]
    public void An_unclosed_element_ends_with_its_article_and_is_reported_against_it()
    {
        using var site = FixtureSite.Empty();
        foreach (var name in Elements)
            File.WriteAllText(Path.Combine(site.Input, name + ".md"),
                $"---\ntitle: Artikel {name}\ndate: 2022-02-04\n---\nEerste alinea op 4 februari 2022.\n\n<{name}>kapot\n\nPoetin bezocht op 12 maart 2021 China, meldde het ministerie.\n");
        File.WriteAllText(Path.Combine(site.Input, "commentaar.md"),
            "---\ntitle: Artikel commentaar\n---\nEerste alinea op 4 februari 2022.\n\n<!-- kapot\n\nPoetin bezocht op 12 maart 2021 China.\n");
        File.WriteAllText(Path.Combine(site.Input, "goed.md"), "---\ntitle: Goed\n---\nOp 3 maart 2022 sprak <b>de minister</b>.\n\n<textarea>dicht</textarea> en verder.\n");

        var (code, output) = site.Build();

        Assert.Equal((int)ExitCode.Success, code);
        foreach (var name in Elements)
        {
            Assert.Contains($"input/{name}.md(7,1): warning SG0150: The raw HTML <{name}> opened here is never closed", output);
            var page = File.ReadAllText(Path.Combine(site.Output, "artikelen", "artikel-" + name, "index.html"));
            Assert.Contains($"&lt;{name}&gt;kapot", page);
            Assert.Contains("Poetin bezocht op <time class=\"tx\" datetime=\"2021-03-12\"", page);
        }
        Assert.Contains("input/commentaar.md(6,1): warning SG0150: The raw HTML <!-- opened here is never closed", output);
        Assert.DoesNotContain("goed.md", output.Split('\n').Where(l => l.Contains("SG0150")).FirstOrDefault() ?? "");
        Assert.DoesNotContain("SG5003", output);
        Assert.Contains("11 articles built", output);
    }
}
