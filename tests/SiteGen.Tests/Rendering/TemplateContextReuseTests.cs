using System.Text;
using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;
using SiteGen.Theming;
using Xunit;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// <see cref="TemplateSet"/> keeps one Scriban context per thread from render to render (issue 22): nothing one page
/// sets may show on the next, and a render that fails must not leave anything behind for the page after it.
/// </summary>
public sealed class TemplateContextReuseTests
{
    private static ThemeFile Template(string name, string text) => new(name, "templates/" + name, null, Encoding.UTF8.GetBytes(text));

    private static TemplateSet Set(params ThemeFile[] extra)
    {
        var files = new List<ThemeFile>
        {
            Template("layout.sbn", "{{ content }}"),
            Template("index.sbn", "{{ leftover = model.value }}<p>{{ leftover }}</p>{{ include 'partials/item.sbn' }}\n"),
            Template("article.sbn", "{{ model.value }}|{{ leftover }}"),
            Template("actor.sbn", "{{ model.value | string.upcase }}"),
            Template("404.sbn", "begin {{ onbekend }}"),
            Template("partials/item.sbn", "  <i>{{ model.value }}</i>\n"),
        };
        files.AddRange(extra);
        return TemplateSet.Load(files, new DiagnosticBag())!;
    }

    private static ScriptObject Model(string value) => new() { ["model"] = new ScriptObject { ["value"] = value } };

    [Fact]
    public void A_page_renders_the_same_alone_and_after_other_pages()
    {
        var alone = Set().Render("index.sbn", Model("één & <twee>"), new DiagnosticBag());
        var set = Set();
        for (var i = 0; i < 3; i++) set.Render("index.sbn", Model("pagina " + i), new DiagnosticBag());
        Assert.Equal(alone, set.Render("index.sbn", Model("één & <twee>"), new DiagnosticBag()));
        Assert.Equal("<p>één &amp; &lt;twee&gt;</p>  <i>één &amp; &lt;twee&gt;</i>\n\n", alone);
    }

    [Fact]
    public void What_one_page_assigns_is_gone_on_the_next()
    {
        var set = Set();
        set.Render("index.sbn", Model("eerste"), new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        Assert.Null(set.Render("article.sbn", Model("tweede"), diagnostics));
        Assert.Contains(diagnostics.Sorted, d => d.Code == "SG3002" && d.Message.Contains("leftover", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_render_is_reported_and_the_next_page_is_whole()
    {
        var set = Set();
        var diagnostics = new DiagnosticBag();
        set.Render("index.sbn", Model("voor"), diagnostics);
        Assert.Null(set.Render("404.sbn", Model("fout"), diagnostics));
        Assert.Contains(diagnostics.Sorted, d => d.Code == "SG3002");
        Assert.Equal("NA", set.Render("actor.sbn", Model("na"), new DiagnosticBag()));
    }

    [Fact]
    public void Pages_rendered_on_many_threads_match_pages_rendered_one_by_one()
    {
        var set = Set();
        var expected = Enumerable.Range(0, 200).Select(i => Set().Render("index.sbn", Model("p" + i), new DiagnosticBag())).ToArray();
        var actual = new string?[200];
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = set.Render("index.sbn", Model("p" + i), new DiagnosticBag()));
        Assert.Equal(expected, actual);
    }
}
