namespace SiteGen.Caching.BySession;

/// <summary>
/// The memories a `serve` session can keep (<see cref="SessionMemory"/>); each saves a measured share of a rebuild
/// (bench/README.md, `memories` probe). Loaded articles are always kept: they are what every other memory
/// recognises its inputs by.
/// </summary>
[Flags]
public enum SessionMemories
{
    None = 0,
    Renames = 1,
    Extractions = 2,
    Items = 8,
    Tags = 16,
    Bodies = 32,
    Entries = 64,
    Pages = 128,
    PagesByInputs = 256,
    All = Renames | Extractions | Items | Tags | Bodies | Entries | Pages | PagesByInputs,
}
