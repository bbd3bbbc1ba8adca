using Scriban.Runtime;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The interface text of one language, read from <c>templates/i18n/&lt;lang&gt;.yml</c>: scalars are strings,
/// sequences are lists, mappings are lookups (seasons, date modifiers). Templates see it as <c>t</c>;
/// <see cref="DateLabeler"/> takes its date words from it. Switching a site's language means adding a file.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, object> _values;

    private UiStrings(Dictionary<string, object> values) => _values = values;

    public static UiStrings? Load(string templatesFolder, string language, DiagnosticBag diagnostics)
    {
        var display = $"{TemplateSet.DisplayRoot}/i18n/{language}.yml";
        var path = Path.Combine(templatesFolder, "i18n", language + ".yml");
        if (!File.Exists(path))
        {
            diagnostics.Error("SG3004", display, 0, 0, $"There are no interface texts for language '{language}'.",
                $"Add {display} (copy i18n/nl.yml and translate it) or set 'language' in sitegen.yml to one that exists.");
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            diagnostics.Error("SG3004", display, (int)e.Start.Line, (int)e.Start.Column, $"Not valid YAML: {e.Message}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error("SG3004", display, 0, 0, "The interface texts must be a mapping of keys to texts.");
            return null;
        }
        return new UiStrings(root.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => Convert(p.Value), StringComparer.Ordinal));
    }

    private static object Convert(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToArray(),
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => (p.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal),
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => "",
    };

    /// <summary>A text by key; a missing key shows as <c>[key]</c> rather than failing, so a gap is visible on the page.</summary>
    public string Text(string key) => _values.TryGetValue(key, out var v) && v is string s ? s : $"[{key}]";

    public string Item(string key, int index) =>
        _values.TryGetValue(key, out var v) && v is string[] list && index >= 0 && index < list.Length ? list[index] : $"[{key}.{index}]";

    public string Lookup(string key, string name) =>
        _values.TryGetValue(key, out var v) && v is Dictionary<string, string> map && map.TryGetValue(name, out var s) ? s : $"[{key}.{name}]";

    public bool HasLookup(string key, string name) =>
        _values.TryGetValue(key, out var v) && v is Dictionary<string, string> map && map.ContainsKey(name);

    private ScriptObject? _script;

    /// <summary>
    /// The texts as a Scriban object (<c>t.read_more</c>, <c>t.months[1]</c>), made once and shared by every page
    /// rendered: read-only all the way down, so a template cannot change a text for the pages rendered after it
    /// (or beside it, on another thread); trying to is a render error.
    /// </summary>
    public ScriptObject ToScriptObject() => LazyInitializer.EnsureInitialized(ref _script, () =>
    {
        var so = new ScriptObject();
        foreach (var (key, value) in _values.OrderBy(p => p.Key, StringComparer.Ordinal))
            so[key] = value switch
            {
                Dictionary<string, string> map => ReadOnly(ScriptObject.From(map)),
                string[] list => Array.AsReadOnly(list),
                _ => value,
            };
        return ReadOnly(so);
    });

    private static T ReadOnly<T>(T value) where T : IScriptObject
    {
        value.IsReadOnly = true;
        return value;
    }
}
