using System.Text.Json.Serialization;
using SiteGen.Reuse;

namespace SiteGen.Tests.Support;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<CachedArticle>))]
internal sealed partial class ListContext : JsonSerializerContext;
