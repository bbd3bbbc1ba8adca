namespace SiteGen.Rendering.Models;

/// <summary>Items within one month (or, for items known only to the year, the year itself); <see cref="Anchor"/> is its heading's id.</summary>
public sealed record MonthGroupModel(string Label, string Anchor, IReadOnlyList<EntryModel> Entries);
