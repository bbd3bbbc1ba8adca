using SiteGen.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Configuration;

/// <summary>
/// The GitHub Pages workflow the README describes: tests first, then a strict build under the repository's
/// sub-path, with the build cache and the last site restored before the build and the site published after it.
/// </summary>
public sealed class PagesWorkflowTests
{
    private static readonly YamlSequenceNode Steps = LoadSteps();

    private static YamlSequenceNode LoadSteps()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Root, ".github", "workflows", "pages.yml"))) stream.Load(reader);
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];
        return (YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"];
    }

    private static int IndexOf(Func<YamlMappingNode, bool> match) =>
        Steps.Children.Cast<YamlMappingNode>().ToList().FindIndex(s => match(s));

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    [Fact]
    public void The_build_is_strict_under_the_repository_name_and_runs_after_the_tests_with_the_cache_restored()
    {
        var test = IndexOf(s => Value(s, "run") == "dotnet test");
        var build = IndexOf(s => Value(s, "run") is { } run && run.Contains(" build ", StringComparison.Ordinal));
        var cache = IndexOf(s => Value(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var upload = IndexOf(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.True(test >= 0 && build > test && cache >= 0 && cache < build && upload > build, $"test {test}, cache {cache}, build {build}, upload {upload}");

        var run = Value((YamlMappingNode)Steps[build], "run")!;
        Assert.Contains("--base-url /${{ github.event.repository.name }}/", run);
        Assert.Contains("--strict", run);
        // The address GitHub serves the site at makes links absolute (and a strict build without one fails with SG4009).
        var pages = IndexOf(s => Value(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        Assert.InRange(pages, 0, build - 1);
        Assert.Equal("pages", Value((YamlMappingNode)Steps[pages], "id"));
        Assert.Contains("--url ${{ steps.pages.outputs.base_url }}/", run);

        var with = (YamlMappingNode)((YamlMappingNode)Steps[cache])["with"];
        var paths = ((YamlScalarNode)with["path"]).Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([SiteGen.Caching.Store.CacheStore.FolderName, "_site"], paths);
        Assert.Equal("_site", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)Steps[upload])["with"])["path"]).Value);
    }
}
