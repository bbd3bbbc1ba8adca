using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Temporal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Loading;

/// <summary>
/// Turns a parsed front-matter mapping into <see cref="FrontMatter"/>, one check per field. A field with a wrong
/// type or value is reported at its own line and column and dropped; the other fields are kept.
/// Unknown keys are reported as info (nothing the writer typed disappears without a word) and ignored.
/// </summary>
internal sealed partial class FrontMatterFields(string file, int firstYamlLine, DiagnosticBag diagnostics)
{
    private const string KnownFields = "title, date, source (or publisher), url, author, tags, lang";

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    public FrontMatterBlock Read(YamlMappingNode root, int bodyStart)
    {
        var meta = FrontMatter.Empty;
        string? dateValue = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            switch (key)
            {
                case "title": meta = meta with { Title = Text(key, value) }; break;
                case "source": meta = meta with { Source = Text(key, value) }; break;
                // Another name for the outlet; 'source' wins when both are given.
                case "publisher": meta = meta with { Source = meta.Source ?? Text(key, value) }; break;
                case "author": meta = meta with { Author = Text(key, value) }; break;
                case "url": meta = meta with { Url = Url(value) }; break;
                case "lang": meta = meta with { Lang = Language(value) }; break;
                case "tags": meta = meta with { Tags = Tags(value) }; break;
                case "date":
                    var raw = Text(key, value);
                    meta = meta with { Date = raw };
                    dateValue = raw is null ? null : Date(raw, value);
                    break;
                default:
                    Report(Severity.Info, "SG0114", keyNode, $"Unknown front-matter field '{Shorten(key)}' is ignored.", $"Known fields: {KnownFields}.");
                    break;
            }
        }
        return new FrontMatterBlock(meta, bodyStart, dateValue);
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        Report(Severity.Warning, "SG0112", node, $"Field '{key}' must be a single text value, not a {Kind(node)}; it is ignored.",
            $"Write it on one line, e.g. '{key}: {Example(key)}'.");
        return null;
    }

    private string? Date(string raw, YamlNode node)
    {
        // The temporal library owns what a valid document date is (SiteGen.Temporal.DocumentDateParser).
        if (DocumentDateParser.TryParse(raw, out var date, out var error)) return date!.Value;
        Report(Severity.Warning, "SG0113", node, $"Field 'date': {error.TrimEnd('.')}; the date is taken from the text instead.",
            "Write the publication date as 2022-02-04, 2022-02-04 15:36, 2022-02-04T15:36:00+01:00 or 2022-02 for a month.");
        return null;
    }

    private string? Url(YamlNode node)
    {
        var text = Text("url", node);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return text;
        Report(Severity.Warning, "SG0116", node, $"Field 'url' '{Shorten(text)}' is not an http(s) address; it is ignored.",
            "Write the full address of the original article, e.g. 'url: https://nos.nl/artikel/2520000'.");
        return null;
    }

    private string? Language(YamlNode node)
    {
        var text = Text("lang", node);
        if (text is null || LanguageTag().IsMatch(text)) return text;
        Report(Severity.Warning, "SG0117", node, $"Field 'lang' '{Shorten(text)}' is not a language code; it is ignored.",
            "Write a code such as 'lang: nl' or 'lang: en-GB'.");
        return null;
    }

    private IReadOnlyList<string>? Tags(YamlNode node)
    {
        const string fix = "Write 'tags: [china, rusland]' or 'tags: china, rusland'.";
        switch (node)
        {
            case YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is { } v && (double.TryParse(v, out _) || v is "true" or "false"):
                Report(Severity.Warning, "SG0112", node, $"Field 'tags' must be a list of words, not the value {v}; it is ignored.", fix);
                return null;
            case YamlScalarNode s:
                return Split(s.Value ?? "");
            case YamlSequenceNode seq:
                var tags = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } tag } && !string.IsNullOrWhiteSpace(tag)) tags.Add(tag.Trim());
                    else if (item is not YamlScalarNode)
                        Report(Severity.Warning, "SG0112", item, $"A tag must be a word, not a {Kind(item)}; it is ignored.", fix);
                }
                return tags.Distinct(StringComparer.Ordinal).ToList();
            default:
                Report(Severity.Warning, "SG0112", node, $"Field 'tags' must be a list of words, not a {Kind(node)}; it is ignored.", fix);
                return null;
        }
    }

    private static List<string> Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private void Report(Severity severity, string code, YamlNode node, string message, string fix) =>
        diagnostics.Add(new Diagnostic(severity, code, file, firstYamlLine + (int)node.Start.Line - 1, (int)node.Start.Column, message, fix));

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of fields",
        _ => "value",
    };

    private static string Example(string key) => key switch
    {
        "title" => "Poetin bezoekt China",
        "date" => "2024-05-16",
        "source" => "NOS",
        "author" => "Jan Jansen",
        _ => "…",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
