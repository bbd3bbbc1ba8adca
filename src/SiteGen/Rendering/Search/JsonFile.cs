using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Rendering.Search;

/// <summary>The bytes of a compact JSON file the timeline's scripts read: UTF-8, no escaping of non-ASCII, one final newline.</summary>
internal static class JsonFile
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) write(w);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
