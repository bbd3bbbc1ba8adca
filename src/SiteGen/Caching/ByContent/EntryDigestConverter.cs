using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Rendering.Models;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Writes a timeline entry into a <see cref="PageKey"/> as the SHA-256 of its own full serialization, worked out once
/// per entry object: an entry is immutable, and a `serve` rebuild passes the same entry objects for unchanged items
/// (<see cref="Rendering.Pages.TimelineEntries"/>), so keying the timeline's and actors' thousand pages no longer
/// serializes all 143,000 entries of a 10,000-article archive again (issue 22: a fifth of a rebuild's samples). The
/// key still changes exactly when an entry's serialization does.
/// </summary>
internal sealed class EntryDigestConverter : JsonConverter<EntryModel>
{
    private static readonly ConditionalWeakTable<EntryModel, string> Digests = new();

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public override EntryModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Page keys are hashed, never read.");

    public override void Write(Utf8JsonWriter writer, EntryModel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Digests.GetValue(value, Digest));

    private static string Digest(EntryModel entry)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            JsonSerializer.Serialize(writer, entry, EntryKeyJsonContext.Default.EntryModel);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
