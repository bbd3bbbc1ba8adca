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
        foreach (var actor in timeline.Actors) WriteActor(w, actor);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The bytes <see cref="WriteLines"/> writes, in memory (`serve` makes them when a browser asks).</summary>
    public static byte[] ToUtf8Lines(SiteTimeline timeline, int parallelism)
    {
        using var stream = new MemoryStream();
        WriteLines(timeline, stream, parallelism);
        return stream.ToArray();
    }

    /// <summary>
    /// The bytes <see cref="Write"/> gives, followed by a newline, made on <paramref name="parallelism"/> threads and
    /// written to <paramref name="stream"/> as they are made: the items are written in chunks of
    /// <paramref name="itemsPerChunk"/> side by side (compact JSON has no whitespace, so the chunks only need commas
    /// between them), a few chunks per thread at a time, so memory holds those chunks, never the file (69 MB at
    /// 10,000 articles, 704 MB at 100,000). A chunk of 128 items (about 60 KB) stays below the large object heap,
    /// which only a full collection clears; chunks of 2,048 items (1 MB, made in a buffer that doubles) put some
    /// 200 MB on it at 10,000 articles while the whole site model was still alive.
    /// </summary>
    public static void WriteLines(SiteTimeline timeline, Stream stream, int parallelism, int itemsPerChunk = 128)
    {
        var items = timeline.Items;
        var threads = Math.Max(1, parallelism);
        stream.Write(System.Text.Encoding.UTF8.GetBytes("""{"version":""" + SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ""","items":["""));
        var chunkCount = (items.Count + itemsPerChunk - 1) / itemsPerChunk;
        var batch = new byte[4 * threads][];
        for (var first = 0; first < chunkCount; first += batch.Length)
        {
            var count = Math.Min(batch.Length, chunkCount - first);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
            {
                var c = first + b;
                var buffer = new System.Buffers.ArrayBufferWriter<byte>();
                using var w = new Utf8JsonWriter(buffer, Options with { SkipValidation = true });
                var (from, to) = (c * itemsPerChunk, Math.Min(items.Count, (c + 1) * itemsPerChunk));
                for (var i = from; i < to; i++)
                {
                    if (i > from)
                    {
                        w.Flush();
                        System.Buffers.BuffersExtensions.Write(buffer, ","u8);
                        w.Reset(buffer);
                    }
                    WriteItem(w, items[i]);
                }
                w.Flush();
                batch[b] = buffer.WrittenSpan.ToArray();
            });
            for (var b = 0; b < count; b++)
            {
                if (first + b > 0) stream.Write(","u8);
                stream.Write(batch[b]);
                batch[b] = [];
            }
        }
        stream.Write("""],"actors":"""u8);
        using (var w = new Utf8JsonWriter(stream, Options with { SkipValidation = true }))
        {
            w.WriteStartArray();
            foreach (var actor in timeline.Actors) WriteActor(w, actor);
            w.WriteEndArray();
        }
        stream.Write("}\n"u8);
    }

    public static string ToJson(SiteTimeline timeline)
    {
        using var stream = new MemoryStream();
        Write(timeline, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteActor(Utf8JsonWriter w, Events.Actor actor)
    {
        w.WriteStartObject();
        w.WriteString("id", actor.Id);
        w.WriteString("name", actor.Name);
        w.WriteString("kind", actor.Kind.ToString().ToLowerInvariant());
        w.WriteNumber("articles", actor.Mentions);
        w.WriteStartArray("roles");
        foreach (var role in actor.Roles) w.WriteStringValue(role);
        w.WriteEndArray();
        // Each other name the texts use, with why it was folded into this actor.
        w.WriteStartArray("aliases");
        foreach (var alias in actor.Aliases) WriteAlias(w, alias);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAlias(Utf8JsonWriter w, Events.ActorAlias alias)
    {
        w.WriteStartObject();
        w.WriteString("name", alias.Name);
        w.WriteString("because", alias.Because);
        w.WriteEndObject();
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
        w.WriteNumber("weight", item.Weight);
        w.WriteBoolean("key", item.Key);
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
            w.WriteString("predicate", m.Predicate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
