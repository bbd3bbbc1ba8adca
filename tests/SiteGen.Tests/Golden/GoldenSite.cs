using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Golden-file comparison of a built site. Pages are normalised (parsed with AngleSharp, written back with
/// <see cref="PrettyMarkupFormatter"/>) so the files diff line by line; CSS/JS (copied verbatim) are named, not stored,
/// and their content hashes read <c>HASH</c> so a CSS edit does not churn every page (AssetPipelineTests cover hashing).
/// On a mismatch the built tree is written to <c>Golden/&lt;case&gt;/received/</c>; with <c>SITEGEN_ACCEPT=1</c>
/// (never when <c>CI=true</c>) it replaces <c>expected/</c> instead.
/// </summary>
internal static class GoldenSite
{
    public static string CaseFolder(string name) => Path.Combine(Repo.TestProject, "Golden", name);

    /// <summary>Returns the differences (empty when the site matches the expected tree).</summary>
    public static IReadOnlyList<string> Compare(string name, string builtSite)
    {
        var actual = Normalise(builtSite);
        var expectedFolder = Path.Combine(CaseFolder(name), "expected");
        var expected = Directory.Exists(expectedFolder) ? Read(expectedFolder) : new SortedDictionary<string, string>(StringComparer.Ordinal);
        var differences = actual.Keys.Union(expected.Keys).Order(StringComparer.Ordinal)
            .Where(k => !actual.TryGetValue(k, out var a) || !expected.TryGetValue(k, out var e) || a != e)
            .Select(k => !expected.ContainsKey(k) ? $"new file {k}" : !actual.ContainsKey(k) ? $"missing file {k}" : $"changed {k}")
            .ToList();
        if (differences.Count == 0) return differences;

        var accept = Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var target = Path.Combine(CaseFolder(name), accept ? "expected" : "received");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var (path, text) in actual)
        {
            var file = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return accept ? [] : differences;
    }

    private static SortedDictionary<string, string> Normalise(string site)
    {
        var parser = new HtmlParser();
        var formatter = new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" };
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assets = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(site, file).Replace('\\', '/');
            var extension = Path.GetExtension(path);
            if (extension == ".html")
                result[path] = WithoutHashes(parser.ParseDocument(File.ReadAllText(file)).ToHtml(formatter).Trim() + "\n");
            else if (extension is ".xml" or ".txt" or ".json")
                result[path] = File.ReadAllText(file);
            else
                assets.Add(WithoutHashes(path));
        }
        result["assets.list"] = string.Join("\n", assets.Order(StringComparer.Ordinal)) + "\n";
        return result;
    }

    private static string WithoutHashes(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\.[0-9a-f]{8}\.(css|js)\b", ".HASH.$1");

    private static SortedDictionary<string, string> Read(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
}
