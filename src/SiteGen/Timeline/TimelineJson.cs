using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Writes the timeline as <c>events.json</c> (schema in docs/events-schema.md). Properties are written by hand in a
/// fixed order and enums as lowercase names, so the same timeline always gives the same bytes.
/// </summary>
public static class TimelineJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        // compact: at 10,000 articles indentation alone added 35 MB to the file
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SiteTimeline timeline, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("version", SchemaVersion);
        w.WriteStartArray("items");
        foreach (var item in timeline.Items) WriteItem(w, item);
        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var actor in timeline.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", actor.Id);
            w.WriteString("name", actor.Name);
            w.WriteString("kind", actor.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    public static string ToJson(SiteTimeline timeline)
    {
        using var stream = new MemoryStream();
        Write(timeline, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter w, TimelineItem item)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Id);
        w.WriteString("date", item.Date);
        w.WriteString("precision", item.Precision.ToString().ToLowerInvariant());
        if (item.Mod == TimexMod.None) w.WriteNull("mod");
        else w.WriteString("mod", item.Mod.ToString().ToLowerInvariant());
        w.WriteBoolean("estimated", item.Estimated);
        w.WriteBoolean("planned", item.Planned);
        w.WriteString("text", item.Text);
        w.WriteStartArray("actors");
        foreach (var id in item.ActorIds) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in item.Sources)
        {
            w.WriteStartObject();
            w.WriteString("article", s.ArticleId);
            w.WriteString("sentence", s.Sentence);
            w.WriteNumber("start", s.SentenceStart);
            w.WriteNumber("end", s.SentenceEnd);
            w.WriteBoolean("headline", s.IsHeadline);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("merged_because");
        foreach (var m in item.Merges)
        {
            w.WriteStartObject();
            w.WriteString("date", m.SharedDate);
            w.WriteStartArray("actors");
            foreach (var a in m.SharedActors) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteStartArray("words");
            foreach (var word in m.SharedWords) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteNumber("score", m.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
