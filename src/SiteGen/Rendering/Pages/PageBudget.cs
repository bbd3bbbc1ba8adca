using SiteGen.Rendering.Models;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// What a timeline page may hold so that no page grows past 250 KB of HTML or 4,000 elements (a phone parses and
/// lays out such a page in well under a second): the entries of one page may take <see cref="Bytes"/> and
/// <see cref="Elements"/>, estimated per entry from what the entry template writes for it, which leaves room for
/// the page around them (head, navigation, controls, filter chips, footer, structured data).
/// </summary>
public static class PageBudget
{
    public const int Bytes = 180_000;

    public const int Elements = 3_000;

    /// <summary>The most key events the home page of a split timeline shows: an overview, not an archive.</summary>
    public const int HomeEntries = 150;

    /// <summary>
    /// What an entry costs on the page, measured against <c>partials/timeline-entry.sbn</c>: its fixed markup, its id
    /// twice (anchor and permalink), text and date label, one link per source and per actor, and its filter keys.
    /// </summary>
    public static (int Bytes, int Elements) Of(EntryModel entry)
    {
        var bytes = 360 + 2 * entry.Id.Length + entry.Text.Length * 11 / 10 + 2 * entry.DateLabel.Length + entry.Url.Length;
        foreach (var link in entry.Publishers) bytes += 24 + link.Url.Length + link.Text.Length;
        foreach (var link in entry.Actors) bytes += 24 + link.Url.Length + link.Text.Length;
        foreach (var key in entry.ActorKeys) bytes += 1 + key.Id.Length;
        foreach (var key in entry.SourceKeys) bytes += 1 + key.Id.Length;
        var folded = entry.Publishers.Count > 3 || entry.Actors.Count > 3 ? 3 : 0; // details, summary and a line for the rest
        return (bytes + 60 * Math.Sign(folded), 8 + entry.Publishers.Count + entry.Actors.Count + (entry.Planned ? 1 : 0) + folded);
    }

    public static bool Fits(IEnumerable<EntryModel> entries)
    {
        var (bytes, elements) = (0, 0);
        foreach (var entry in entries)
        {
            var (b, e) = Of(entry);
            bytes += b;
            elements += e;
            if (bytes > Bytes || elements > Elements) return false;
        }
        return true;
    }
}
