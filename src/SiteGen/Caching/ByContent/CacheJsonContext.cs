using System.Text.Json.Serialization;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Source-generated serialiser for the record of the last build (one small file, read once per build). The
/// per-item entries use the packs' binary codecs instead (<see cref="ICacheCodec{T}"/>).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(LastBuild))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
