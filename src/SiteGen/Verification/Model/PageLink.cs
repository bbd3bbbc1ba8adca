namespace SiteGen.Verification.Model;

/// <summary>One URL-bearing attribute of a page and where it is (1-based line and column; 0 when unknown).</summary>
public sealed record PageLink(string Url, int Line, int Column);
