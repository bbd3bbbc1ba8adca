using System.Text.Json.Serialization;

namespace SiteGen.Caching;

/// <summary>Source-generated serialisers for the cache: no reflection at run time, and the fastest reads System.Text.Json does.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(CachedArticle))]
[JsonSerializable(typeof(CachedExtraction))]
[JsonSerializable(typeof(LastBuild))]
[JsonSerializable(typeof(Verification.PageVerdict))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
