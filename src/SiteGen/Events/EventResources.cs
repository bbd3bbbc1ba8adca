using SiteGen.Cleaning;

namespace SiteGen.Events;

/// <summary>
/// The event language data, read through <see cref="LanguageData"/> (lines trimmed, comments skipped). A field
/// written in brackets (<c>[, zo meldden]</c>) keeps its spaces. A missing or malformed file is a bug and throws.
/// </summary>
internal static class EventResources
{
    public static IReadOnlyList<string> Lines(string language, string relativePath)
    {
        var lines = LanguageData.Lines(language, relativePath);
        return lines.Count > 0
            ? [.. lines.Select(l => l.Text)]
            : throw new InvalidOperationException($"Missing or empty embedded resource '{language}/{relativePath}'.");
    }

    /// <summary>Tab-separated rows with at least <paramref name="minFields"/> fields; bracketed fields unwrapped.</summary>
    public static IReadOnlyList<string[]> Rows(string language, string relativePath, int minFields) =>
        [.. Lines(language, relativePath).Select(line =>
        {
            var fields = line.Split('\t').Select(Unwrap).ToArray();
            return fields.Length >= minFields
                ? fields
                : throw new InvalidOperationException($"{relativePath}: expected {minFields} tab-separated fields in '{line}'.");
        })];

    private static string Unwrap(string field) =>
        field.Length >= 2 && field[0] == '[' && field[^1] == ']' ? field[1..^1] : field;
}
