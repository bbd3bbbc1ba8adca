namespace SiteGen.Verification.Model;

/// <summary>What whole-site checks need from a page once it is read: its ids and its links with their positions.</summary>
public sealed record PageFacts(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);
