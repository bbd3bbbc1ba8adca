using SiteGen.Temporal;

namespace SiteGen.Rendering.Models;

/// <summary>An entry with the date it is ordered and grouped by (null when undated).</summary>
public sealed record DatedEntry(string? Value, TimexMod Mod, EntryModel Entry);
