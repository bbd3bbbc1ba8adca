using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Builds a folder of articles in-process with the repository's templates and wwwroot, under the /repo/ sub-path,
/// and reads what the pages must show from the build's own data (events.json, the article folders), not from the pages.
/// </summary>
public static class SiteBuild
{
    public const string BasePath = "/repo/";

    public static BuiltSite Run(string input, string output)
    {
        var options = SiteOptions.ForRoot(Repo.Root) with { Input = input, Output = output, BaseUrl = BasePath };
        var diagnostics = new DiagnosticBag();
        var report = new SiteBuilder(options).Build(diagnostics);
        if (!report.Published)
            throw new InvalidOperationException($"Building {input} failed ({report.Outcome}):\n{string.Join("\n", diagnostics.Sorted)}");

        var articles = Directory.GetDirectories(Path.Combine(output, "artikelen")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var actors = Directory.Exists(Path.Combine(output, "actoren"))
            ? Directory.GetDirectories(Path.Combine(output, "actoren")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        return new BuiltSite(output, BasePath, EventIds(output, articles!), $"artikelen/{articles[0]}/",
            actors.Count > 0 ? $"actoren/{actors[0]}/" : null) { KeyIds = KeyIds(output) };
    }

    /// <summary>The items events.json marks as key events.</summary>
    private static IReadOnlyList<string> KeyIds(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "events.json")));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("key").GetBoolean()).Select(i => i.GetProperty("id").GetString()!)];
    }

    /// <summary>The timeline's items; a build without events shows one entry per article instead (a-&lt;slug&gt;).</summary>
    private static IReadOnlyList<string> EventIds(string output, IReadOnlyList<string> articleSlugs)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "events.json")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        return items.Count > 0 ? items : articleSlugs.Select(s => "a-" + s).ToList();
    }
}
