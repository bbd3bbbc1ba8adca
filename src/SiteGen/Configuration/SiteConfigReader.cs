using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads <c>sitegen.yml</c>: a flat mapping of known keys to strings. Unknown keys are warnings (a typo should not
/// pass silently); malformed YAML and non-text values are errors naming line and column.
/// </summary>
public static class SiteConfigReader
{
    public const string FileName = "sitegen.yml";

    private static readonly string[] Keys =
        ["title", "description", "intro", "image", "language", "base_url", "url", "input", "output", "templates", "wwwroot"];

    public static SiteConfig Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error("SG4001", displayPath, (int)e.Start.Line, (int)e.Start.Column,
                $"The configuration is not valid YAML: {e.InnerException?.Message ?? e.Message}",
                "Write one 'key: value' per line, e.g. 'title: Mijn tijdlijn'.");
            return SiteConfig.Empty;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return SiteConfig.Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error("SG4001", displayPath, (int)node.Start.Line, (int)node.Start.Column,
                "The configuration must be a mapping of settings.", "Write one 'key: value' per line, e.g. 'title: Mijn tijdlijn'.");
            return SiteConfig.Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                diagnostics.Warning("SG4002", displayPath, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"Unknown setting '{key}'; it is ignored.", $"Use one of: {string.Join(", ", Keys)}.");
                continue;
            }
            if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Error("SG4003", displayPath, (int)valueNode.Start.Line, (int)valueNode.Start.Column,
                    $"The setting '{key}' must be a single text value.", $"Write it as '{key}: value'.");
                continue;
            }
            values[key] = scalar.Value ?? "";
        }

        if (values.TryGetValue("url", out var url) && !BaseUrl.IsValidSiteUrl(url))
        {
            diagnostics.Error("SG4004", displayPath, 0, 0, $"The setting 'url' is not an absolute http(s) address: '{url}'.",
                "Write the public address of the site, e.g. 'url: https://user.github.io/repo/'.");
            values.Remove("url");
        }

        string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        return new SiteConfig(Get("title"), Get("description"), Get("language"), Get("base_url"), Get("url"),
            Get("input"), Get("output"), Get("templates"), Get("wwwroot")) { Intro = Get("intro"), Image = Get("image") };
    }
}
