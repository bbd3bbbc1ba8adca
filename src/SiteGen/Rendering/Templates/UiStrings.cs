using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Theming;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// The interface text of one language, read from <c>templates/i18n/&lt;lang&gt;.yml</c> (the site's, else the default theme's): scalars are strings,
/// sequences are lists, mappings are lookups (seasons, date modifiers). Templates see it as <c>t</c>;
/// <see cref="DateLabeler"/> takes its date words from it. Switching a site's language means adding a file.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, object> _values;

    private UiStrings(Dictionary<string, object> values) => _values = values;

    /// <summary>The texts of <paramref name="language"/> from <paramref name="templatesFolder"/> laid over the default theme.</summary>
    public static UiStrings? Load(string templatesFolder, string language, DiagnosticBag diagnostics) =>
        Load(SiteTheme.Layer(templatesFolder, DefaultTheme.TemplatesFolder, diagnostics.Under(TemplateSet.DisplayRoot)), language, diagnostics);

    /// <summary>The texts of <paramref name="language"/>: the theme's <c>i18n/&lt;language&gt;.yml</c>, the site's if it has one.</summary>
    public static UiStrings? Load(IReadOnlyList<ThemeFile> templates, string language, DiagnosticBag diagnostics)
    {
        var wanted = $"i18n/{language}.yml";
        var file = templates.FirstOrDefault(f => f.RelativePath == wanted);
        if (file is null)
        {
            var display = $"{TemplateSet.DisplayRoot}/{wanted}";
            var known = string.Join(", ", templates.Where(f => f.RelativePath.StartsWith("i18n/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".yml", StringComparison.Ordinal))
                .Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)));
            diagnostics.Error("SG3004", display, 0, 0, $"There are no interface texts for language '{language}' (there are: {known}).",
                $"Add {display} (`sitegen theme export` writes templates/i18n/nl.yml to translate) or set 'language' in sitegen.yml to one that exists.");
            return null;
        }
        var shown = file.Display;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.ReadText()));
        }
        catch (YamlException e)
        {
            diagnostics.Error("SG3004", shown, (int)e.Start.Line, (int)e.Start.Column, $"Not valid YAML: {e.Message}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error("SG3004", shown, 0, 0, "The interface texts must be a mapping of keys to texts.");
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

    /// <summary>A count as readers write it: digits in groups of three, split by <c>thousands_separator</c> (<c>14.791</c>).</summary>
    public string Number(int n)
    {
        var digits = Math.Abs(n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var separator = _values.TryGetValue("thousands_separator", out var v) && v is string s ? s : "";
        for (var i = digits.Length - 3; i > 0; i -= 3) digits = digits.Insert(i, separator);
        return n < 0 ? "-" + digits : digits;
    }

    private RawHtml? _scriptJson;

    /// <summary>
    /// The texts the timeline's script shows (every <c>tl_*</c> key without its prefix, and the month names), as a JSON
    /// object with HTML-sensitive characters escaped, for a <c>&lt;script type="application/json"&gt;</c> data block.
    /// </summary>
    public RawHtml ScriptJson() => LazyInitializer.EnsureInitialized(ref _scriptJson, () =>
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions
               { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            w.WriteStartObject();
            foreach (var (key, value) in _values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (value is string text && key.StartsWith("tl_", StringComparison.Ordinal)) w.WriteString(key[3..], text);
                else if (value is string[] list && key is "months" or "months_short")
                {
                    w.WriteStartArray(key);
                    foreach (var item in list) w.WriteStringValue(item);
                    w.WriteEndArray();
                }
            }
            w.WriteEndObject();
        }
        return new RawHtml(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    });

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
