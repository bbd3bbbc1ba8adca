using System.Reflection;

namespace SiteGen.Temporal.Rules;

/// <summary>
/// The raw data of one language as shipped in <c>Resources/&lt;lang&gt;/</c>: named patterns
/// (<c>patterns/*.txt</c>, lines <c>name = regex</c>), normalization tables (<c>normalization/NAME.txt</c>,
/// lines <c>key = value</c> or <c>@include other</c>) and rules (<c>rules/*.txt</c>, taken in file-name order,
/// which is their priority).
/// </summary>
public sealed class LanguageResources
{
    private const string Prefix = "SiteGen.Temporal.Resources/";

    public required string Language { get; init; }

    public required IReadOnlyDictionary<string, string> Patterns { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables { get; init; }

    public required IReadOnlyList<RuleDefinition> Rules { get; init; }

    public static IReadOnlyList<string> AvailableLanguages()
    {
        var names = typeof(LanguageResources).Assembly.GetManifestResourceNames();
        return names.Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Split('/')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public static LanguageResources Load(string language)
    {
        var assembly = typeof(LanguageResources).Assembly;
        var root = $"{Prefix}{language}/";
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(root, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ArgumentException($"no temporal resources for language '{language}'", nameof(language));
        var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
        var rawTables = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<RuleDefinition>();
        foreach (var name in files)
        {
            var relative = name[root.Length..];
            var content = Read(assembly, name);
            if (relative.StartsWith("patterns/", StringComparison.Ordinal)) ReadPatterns(name, content, patterns);
            else if (relative.StartsWith("normalization/", StringComparison.Ordinal))
                rawTables[Path.GetFileNameWithoutExtension(relative)] = content;
            else if (relative.StartsWith("rules/", StringComparison.Ordinal)) rules.AddRange(RuleFileParser.Parse(name, content));
        }
        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var table in rawTables.Keys) tables[table] = ReadTable(table, rawTables, []);
        return new LanguageResources { Language = language, Patterns = patterns, Tables = tables, Rules = rules };
    }

    /// <summary>The lookup form of a table key or of matched text: lower case, single spaces, no trailing dot.</summary>
    public static string KeyOf(string text)
    {
        if (IsKey(text)) return text; // the common case: matched text already in lookup form, nothing to allocate
        var key = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return key.TrimEnd('.');
    }

    private static bool IsKey(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] is ' ' or '.') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' ')) return false;
            if (char.ToLowerInvariant(c) != c) return false;
        }
        return true;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void ReadPatterns(string file, string content, Dictionary<string, string> patterns)
    {
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) throw new ResourceException(file, i + 1, "pattern line needs 'name = regex'");
            var name = line[..eq].Trim();
            if (!patterns.TryAdd(name, line[(eq + 3)..].Trim()))
                throw new ResourceException(file, i + 1, $"pattern '{name}' defined twice");
        }
    }

    private static Dictionary<string, string> ReadTable(string table, Dictionary<string, string> raw, HashSet<string> seen)
    {
        if (!seen.Add(table)) throw new ResourceException(table, 0, "@include cycle");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = raw[table].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("@include ", StringComparison.Ordinal))
            {
                var other = line[9..].Trim();
                if (!raw.ContainsKey(other)) throw new ResourceException(table, i + 1, $"unknown table '{other}'");
                foreach (var (k, v) in ReadTable(other, raw, seen)) entries.TryAdd(k, v);
                continue;
            }
            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) throw new ResourceException(table, i + 1, "table line needs 'key = value'");
            entries[KeyOf(line[..eq])] = line[(eq + 3)..].Trim();
        }
        seen.Remove(table);
        return entries;
    }
}
