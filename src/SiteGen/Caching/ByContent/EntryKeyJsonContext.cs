using System.Text.Json.Serialization;
using SiteGen.Rendering.Models;

namespace SiteGen.Caching.ByContent;

/// <summary>An entry serialized in full, for its digest (<see cref="EntryDigestConverter"/>).</summary>
[JsonSerializable(typeof(EntryModel))]
internal sealed partial class EntryKeyJsonContext : JsonSerializerContext;
