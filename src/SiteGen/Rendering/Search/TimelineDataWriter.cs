using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Output;

namespace SiteGen.Rendering.Search;

/// <summary>
/// What the pages of a split timeline share, so no page carries it and a rebuild does not touch every page when one
/// count changes: <c>tijdlijn/as.json</c>, the time axis of the whole timeline and where each month lives; and
/// <c>tijdlijn/ids/&lt;key&gt;.json</c>, where each event lives (a link to <c>#e-2019-03-…</c> on a page that no
/// longer holds it finds its page there, by the date in its id: <see cref="KeyOf"/>).
/// </summary>
public static partial class TimelineDataWriter
{
    [GeneratedRegex(@"^e-(\d{4})(-\d{2})?")]
    private static partial Regex DatedId();

    /// <summary>
    /// The file an event id is listed in: <c>2019-03</c> for <c>e-2019-03-…</c>, <c>2019</c> for <c>e-2019-…</c>, else
    /// <c>e</c> or <c>a</c> (an article's own entry) or <c>x</c>. <c>wwwroot/js/timeline.js</c> computes the same.
    /// </summary>
    public static string KeyOf(string id)
    {
        var m = DatedId().Match(id);
        if (m.Success) return m.Groups[1].Value + m.Groups[2].Value;
        return id.StartsWith("e-", StringComparison.Ordinal) ? "e" : id.StartsWith("a-", StringComparison.Ordinal) ? "a" : "x";
    }

    public static IEnumerable<OutputFile> Write(string? axis, IReadOnlyList<(int Month, string Path)> monthPages, IEnumerable<(string Id, string Url)> entryPages, string baseUrl)
    {
        yield return new OutputFile("tijdlijn/as.json", JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("axis", axis ?? "");
            w.WriteStartArray("pages");
            foreach (var (month, path) in monthPages)
            {
                w.WriteStartArray();
                w.WriteNumberValue(month);
                w.WriteStringValue(path);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }));
        foreach (var group in entryPages.GroupBy(e => KeyOf(e.Id)).OrderBy(g => g.Key, StringComparer.Ordinal))
            yield return OutputFile.Deferred($"tijdlijn/ids/{group.Key}.json", () => JsonFile.Write(w =>
            {
                w.WriteStartObject();
                foreach (var (id, url) in group.OrderBy(e => e.Id, StringComparer.Ordinal))
                    w.WriteString(id, url.StartsWith(baseUrl, StringComparison.Ordinal) ? url[baseUrl.Length..] : url);
                w.WriteEndObject();
            }));
    }
}
