using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// A digest of everything one page is rendered from: its template, its <see cref="PageMeta"/> and its model, which
/// are serialized in full (every public property, through a generated serializer, so a field added to a model is
/// covered without anyone remembering to) and hashed. Two renders with the same key and the same
/// <see cref="PageMemo.Salt"/> (templates, UI strings, options, asset names) give the same bytes, so a rebuild
/// renders only the pages whose key changed. Serializing a model costs a small fraction of rendering it through
/// Scriban. Generated markup (<see cref="RawHtml"/>, an article body) is written as its digest, so a body taken from
/// the cache need not be made to key its page, and a timeline entry as the digest of its own serialization
/// (<see cref="EntryDigestConverter"/>), made once per entry object. Models that are not records of this namespace (the 404 page's empty
/// object) have no key and always render.
/// </summary>
public static class PageKey
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    // The key is hashed, never read: no escaping of markup (bodies are HTML) and no validation, which are most of the cost.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static string? Of(string template, PageMeta meta, object model)
    {
        JsonTypeInfo? info = model switch
        {
            ArticlePageModel => PageKeyJsonContext.Default.ArticlePageModel,
            IndexModel => PageKeyJsonContext.Default.IndexModel,
            ActorPageModel => PageKeyJsonContext.Default.ActorPageModel,
            _ => null,
        };
        if (info is null) return null;
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(template);
            JsonSerializer.Serialize(writer, meta, PageKeyJsonContext.Default.PageMeta);
            JsonSerializer.Serialize(writer, model, info);
            writer.WriteEndArray();
        }
        var key = Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
        // A timeline page of a large archive serializes to megabytes; do not keep such a buffer per thread forever.
        if (buffer.Capacity > 4 * 1024 * 1024) _buffer = null;
        return key;
    }
}

/// <summary>Writes generated markup as its SHA-256: the key changes exactly when the markup does.</summary>
internal sealed class RawHtmlDigestConverter : JsonConverter<RawHtml>
{
    public override RawHtml Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Page keys are hashed, never read.");

    public override void Write(Utf8JsonWriter writer, RawHtml value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digest);
}

[JsonSourceGenerationOptions(Converters = [typeof(RawHtmlDigestConverter), typeof(EntryDigestConverter)])]
[JsonSerializable(typeof(ArticlePageModel))]
[JsonSerializable(typeof(IndexModel))]
[JsonSerializable(typeof(ActorPageModel))]
[JsonSerializable(typeof(PageMeta))]
internal sealed partial class PageKeyJsonContext : JsonSerializerContext;
