using System.Text.Json.Serialization;
using SiteGen.Articles;

namespace SiteGen.Tests.Support;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<LoadedArticle>))]
internal sealed partial class ListContext : JsonSerializerContext;
