using System.Text.Json.Serialization;
using SiteGen.Caching;

namespace SiteGen.Tests.Performance;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<CachedArticle>))]
internal sealed partial class ListContext : JsonSerializerContext;
