using System.Reflection;

namespace SiteGen.Cleaning;

/// <summary>Reads the language data files embedded as <c>SiteGen.Resources/&lt;lang&gt;/&lt;name&gt;</c>.</summary>
internal static class LanguageData
{
    /// <summary>The non-empty, non-comment lines of a data file; empty when the language has no such file.</summary>
    public static IReadOnlyList<(int Line, string Text)> Lines(string language, string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"SiteGen.Resources/{language}/{name}");
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && !line.StartsWith('#') && !string.IsNullOrWhiteSpace(line)) lines.Add((number, line.Trim()));
        }
        return lines;
    }
}
