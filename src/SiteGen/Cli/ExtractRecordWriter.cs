using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Dates;

namespace SiteGen.Cli;

/// <summary>
/// One JSON line per article for <c>sitegen extract --format jsonl</c> (the format score.py reads):
/// <c>{"id","dct":{"value","estimated","source"},"title","timex":[{"start","end","text","type","value","mod"}],"headline":{"date","text"},"events":[…]}</c>.
/// Offsets are UTF-16 offsets into the decoded file text, end exclusive.
/// </summary>
public static class ExtractRecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Article article, IReadOnlyList<ArticleEvent> events)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteStartObject("dct");
            json.WriteString("value", article.Date?.Value);
            json.WriteBoolean("estimated", article.Date?.Estimated ?? false);
            json.WriteString("source", article.Date?.Source);
            json.WriteEndObject();
            json.WriteString("title", article.Title);
            json.WriteStartArray("timex");
            foreach (var m in article.Temporal.Matches)
            {
                json.WriteStartObject();
                json.WriteNumber("start", m.Start);
                json.WriteNumber("end", m.End);
                json.WriteString("text", m.Text);
                json.WriteString("type", TimexNames.Type(m.Type));
                json.WriteString("value", m.Value);
                json.WriteString("mod", TimexNames.Mod(m.Mod));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var headline = events.FirstOrDefault(e => e.IsHeadline);
            json.WriteStartObject("headline");
            json.WriteString("date", headline?.Date ?? article.Date?.Value);
            json.WriteString("text", headline?.Text ?? article.Title);
            json.WriteEndObject();
            json.WriteStartArray("events");
            foreach (var e in events.Where(e => !e.IsHeadline)) WriteEvent(json, e);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvent(Utf8JsonWriter json, ArticleEvent e)
    {
        json.WriteStartObject();
        json.WriteString("date", e.Date);
        json.WriteString("precision", e.Precision.ToString().ToLowerInvariant());
        json.WriteString("mod", TimexNames.Mod(e.Mod));
        json.WriteBoolean("estimated", e.Estimated);
        json.WriteBoolean("planned", e.Planned);
        json.WriteString("text", e.Text);
        json.WriteNumber("sentence_start", e.SentenceStart);
        json.WriteNumber("sentence_end", e.SentenceEnd);
        json.WriteNumber("timex_start", e.TimexStart);
        json.WriteNumber("timex_end", e.TimexEnd);
        json.WriteStartArray("actors");
        foreach (var actor in e.ActorIds) json.WriteStringValue(actor);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
