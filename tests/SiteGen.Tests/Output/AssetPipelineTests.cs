using SiteGen.Rendering.Assets;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Output;

public class AssetPipelineTests
{
    [Fact]
    public void Css_and_js_get_a_content_hash_other_files_keep_their_name()
    {
        using var temp = new TempFolder();
        temp.Write("www/css/site.css", "body { color: black; }");
        temp.Write("www/js/app.js", "let a = 1;");
        temp.Write("www/img/logo.svg", "<svg/>");

        var assets = AssetPipeline.Collect(temp.Combine("www"));

        Assert.Matches(@"^css/site\.[0-9a-f]{8}\.css$", assets.Names["css/site.css"]);
        Assert.Matches(@"^js/app\.[0-9a-f]{8}\.js$", assets.Names["js/app.js"]);
        Assert.Equal("img/logo.svg", assets.Names["img/logo.svg"]);
        Assert.Equal("body{color:#000}\n"u8.ToArray(), assets.Files.Single(f => f.Path == assets.Names["css/site.css"]).Content);

        temp.Write("www/css/site.css", "body { color: navy; }");
        Assert.NotEqual(assets.Names["css/site.css"], AssetPipeline.Collect(temp.Combine("www")).Names["css/site.css"]);
    }

    [Fact]
    public void Css_and_js_are_minified_and_a_script_the_minifier_cannot_read_is_copied_as_it_is()
    {
        using var temp = new TempFolder();
        temp.Write("www/js/app.js", "/* uitleg */\nfunction optellen(eerste, tweede) {\n  return eerste + tweede;\n}\nwindow.som = optellen(1, 2);\n");
        temp.Write("www/js/kapot.js", "function ( {");

        var assets = AssetPipeline.Collect(temp.Combine("www"));

        var app = System.Text.Encoding.UTF8.GetString(assets.Files.Single(f => f.Path == assets.Names["js/app.js"]).Content);
        Assert.DoesNotContain("uitleg", app);
        Assert.Contains("window.som=", app);
        Assert.Equal("function ( {"u8.ToArray(), assets.Files.Single(f => f.Path == assets.Names["js/kapot.js"]).Content);
    }
}
