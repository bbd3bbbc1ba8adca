namespace SiteGen.Rendering.Models;

/// <summary>
/// Items within one month, or within one coarse period of the year (<c>begin 2022</c>, <c>eerste kwartaal 2022</c>,
/// <c>ergens in 2022</c>); <see cref="Anchor"/> is its heading's id, <see cref="Month"/> its month (<c>2022-03</c>)
/// or null for a coarse period.
/// </summary>
public sealed record MonthGroupModel(string Label, string Anchor, IReadOnlyList<EntryModel> Entries)
{
    public string? Month { get; init; }

    /// <summary>Whether a key event is among the entries (the group shows in the key events view).</summary>
    public bool HasKey => Entries.Any(e => e.Key);
}
