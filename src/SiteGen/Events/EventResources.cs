namespace SiteGen.Events;

/// <summary>
/// Reads the event language data embedded as <c>SiteGen.Resources/&lt;lang&gt;/&lt;path&gt;</c>. Lines starting with
/// '#' and blank lines are skipped; other lines are kept verbatim (leading and trailing spaces can matter).
/// </summary>
internal static class EventResources
{
    public static IReadOnlyList<string> Lines(string language, string relativePath)
    {
        var name = $"SiteGen.Resources/{language}/{relativePath}";
        using var stream = typeof(EventResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Tab-separated rows; every row must have at least <paramref name="minFields"/> fields (a broken file is a bug).</summary>
    public static IReadOnlyList<string[]> Rows(string language, string relativePath, int minFields) =>
        [.. Lines(language, relativePath).Select(line =>
        {
            var fields = line.Split('\t');
            return fields.Length >= minFields
                ? fields
                : throw new InvalidOperationException($"{relativePath}: expected {minFields} tab-separated fields in '{line}'.");
        })];
}
