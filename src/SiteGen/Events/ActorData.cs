using SiteGen.Cleaning;

namespace SiteGen.Events;

/// <summary>
/// Reads the actor data files (Resources/&lt;lang&gt;/actors.*): their rows, and the `example:` lines each file keeps
/// above its rows (`example: SENTENCE => id, id` or `=> -`), which the tests run through the finder.
/// </summary>
internal static class ActorData
{
    private const string ExamplePrefix = "example:";

    /// <summary>The data files with examples, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "actors.tsv", "actors.netherlands.tsv", "actors.belgium.tsv", "actors.countries.tsv", "actors.roles.tsv", "actors.cues.txt",
        "actors.organisations.tsv", "actors.firstnames.tsv", "actors.particles.txt", "actors.stop.txt",
        "actors.prepositions.txt", "actors.relations.txt", "actors.departments.txt", "actors.agents.txt", "actors.generic.tsv", "actors.references.tsv",
    ];

    /// <summary>The lines of a file that are data (trimmed, comments and examples left out).</summary>
    public static IReadOnlyList<string> Lines(string language, string file)
    {
        var lines = LanguageData.Lines(language, file).Where(l => !l.Text.StartsWith(ExamplePrefix, StringComparison.Ordinal))
            .Select(l => l.Text).ToList();
        return lines.Count > 0 ? lines : throw new InvalidOperationException($"Missing or empty embedded resource '{language}/{file}'.");
    }

    /// <summary>Tab-separated rows with at least <paramref name="minFields"/> fields; `-` is an empty field.</summary>
    public static IReadOnlyList<string[]> Rows(string language, string file, int minFields) =>
        [.. Lines(language, file).Select(line =>
        {
            var fields = line.Split('\t').Select(f => f.Trim() is "-" ? "" : f.Trim()).ToArray();
            return fields.Length >= minFields
                ? fields
                : throw new InvalidOperationException($"{file}: expected {minFields} tab-separated fields in '{line}'.");
        })];

    public static IEnumerable<string> Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<ActorExample> Examples(string language) =>
        [.. Files.SelectMany(file => LanguageData.Lines(language, file)
            .Where(l => l.Text.StartsWith(ExamplePrefix, StringComparison.Ordinal))
            .Select(l =>
            {
                var body = l.Text[ExamplePrefix.Length..];
                var arrow = body.LastIndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) throw new InvalidOperationException($"{file}({l.Line}): an example needs `=> ids` or `=> -`.");
                var expected = body[(arrow + 2)..].Trim();
                return new ActorExample(file, l.Line, body[..arrow].Trim(),
                    expected == "-" ? [] : [.. expected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
            }))];
}
