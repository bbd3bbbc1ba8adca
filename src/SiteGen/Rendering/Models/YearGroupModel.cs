namespace SiteGen.Rendering.Models;

/// <summary>A year (or decade, century) of the timeline, with its months; <see cref="Anchor"/> is linked from the year index.</summary>
public sealed record YearGroupModel(string Label, string Anchor, IReadOnlyList<MonthGroupModel> Months);
