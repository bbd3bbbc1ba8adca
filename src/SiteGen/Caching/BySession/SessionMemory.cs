using SiteGen.Caching.ByContent;

namespace SiteGen.Caching.BySession;

/// <summary>
/// What one `sitegen serve` session keeps between its builds, so a rebuild redoes only the work a change touched.
/// An article whose file did not change is the same object in the next build (<see cref="Articles"/>), and so is
/// everything made from it while what it was made from stays the same object: its events, the items its reports
/// form, its body, the timeline entries and its page. (An article whose document date another article refines is a
/// new object on every build and is made again whole: keeping it cost more code than it saved, bench/README.md.) Each memory is measured in
/// bench/README.md (what a 10,000-article rebuild costs without it).
/// </summary>
public sealed class SessionMemory(SessionMemories keep = SessionMemories.All)
{
    /// <summary>The memories this session keeps (all but for measuring what each saves).</summary>
    public SessionMemories Kept { get; } = keep;

    public bool Keeps(SessionMemories memory) => (Kept & memory) == memory;

    public RememberedArticles Articles { get; } = new();

    public RememberedRenames Renames { get; } = new();

    public RememberedExtractions Extractions { get; } = new();

    public RememberedItems Items { get; } = new();

    public RememberedRemaps Remaps { get; } = new();

    public RememberedTags Tags { get; } = new();

    public RememberedBodies Bodies { get; } = new();

    public RememberedEntries Entries { get; } = new();

    public PageMemo Pages { get; } = new() { ByInputs = (keep & SessionMemories.PagesByInputs) != 0 };
}
